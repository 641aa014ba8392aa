"""Settings shared by every environment.

Everything that differs between machines comes from the environment, and the
defaults here are the safe ones: dev, test and production only override.
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url

from django.utils.translation import gettext_lazy

from website.object_store import media_storage
from website.static_files import add_security_headers as add_static_security_headers

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")

INSTALLED_APPS = [
    "core",
    "deadlines",
    "home",
    "news",
    "documents",
    "questions",
    "consultations",
    "subscriptions",
    "board",
    "security",
    "outbox",
    "operations",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.typed_table_block",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "csp",
]

MIDDLEWARE = [
    # First (after host validation in production): a cache hit for an anonymous
    # visitor does no more work; the stored page carries the security headers.
    "core.page_cache.PageCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # CSP and Permissions-Policy (website.headers); cached pages store them too.
    "website.headers.SiteCSPMiddleware",
    "website.headers.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # A restarting database answers a friendly 503 with Retry-After (core.faults).
    "core.faults.DatabaseUnavailableMiddleware",
    # An object store that is down: a Vietnamese message, never a 500 (core.storage).
    "core.storage.StorageUnavailableMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Second factor on every admin URL (security app): user.is_verified(), then the gate.
    "django_otp.middleware.OTPMiddleware",
    "security.middleware.RequireTwoFactorMiddleware",
    # Forced password changes and district-only admin screens (board app).
    "security.middleware.PasswordResetMiddleware",
    "board.middleware.BoardAdminMiddleware",
    # Another commune's object named by any admin URL is a 404 (board.admin_walls).
    "board.admin_walls.AdminWallsMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Which page an address leads to, remembered per site generation (core.routing).
    "core.routing.RememberedRoutesMiddleware",
    # Last, as axes asks: turns a lockout during login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "website.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "website.context_processors.current_site",
            ],
        },
    },
]

WSGI_APPLICATION = "website.wsgi.application"

# SQLite by default (nothing to install); PostgreSQL for the scale-out path.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers and one writer work at once; busy timeout absorbs bursts.
    # Connections persist as on PostgreSQL (CONN_MAX_AGE): opening one per
    # request costs about 2 ms of PRAGMAs and Django's SQL functions; restore
    # (docs/operations.md) stops gunicorn before it replaces the file.
    DATABASES["default"]["OPTIONS"] = {
        "timeout": 20,
        "transaction_mode": "IMMEDIATE",
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }

# A PostgreSQL that hangs (a partition, a stuck server) must not hold a
# worker: connecting gives up after DB_CONNECT_TIMEOUT seconds and a statement
# after DB_STATEMENT_TIMEOUT, both below gunicorn's timeout (gunicorn.conf.py);
# keepalives notice a peer that vanished. Commands that need longer (backup,
# reports over every commune) set DB_STATEMENT_TIMEOUT=0 in their environment.
DB_CONNECT_TIMEOUT = int(os.environ.get("DB_CONNECT_TIMEOUT", "3"))
DB_STATEMENT_TIMEOUT = int(os.environ.get("DB_STATEMENT_TIMEOUT", "4"))


def postgresql_options(connect_timeout=DB_CONNECT_TIMEOUT, statement_timeout=DB_STATEMENT_TIMEOUT):
    return {
        "connect_timeout": connect_timeout,
        "options": f"-c statement_timeout={statement_timeout * 1000}",
        "keepalives": 1,
        "keepalives_idle": 10,
        "keepalives_interval": 2,
        "keepalives_count": 3,
        "tcp_user_timeout": connect_timeout * 1000 + 2000,
    }


if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    DATABASES["default"]["OPTIONS"] = {
        **postgresql_options(),
        **DATABASES["default"].get("OPTIONS", {}),
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# In-process cache by default, Redis when REDIS_URL is set.
REDIS_URL = os.environ.get("REDIS_URL", "")
# A Redis that is down or hangs costs one short timeout per process and
# REDIS_RETRY_SECONDS: after one failure every alias skips it (website.caches).
REDIS_SOCKET_TIMEOUT = float(os.environ.get("REDIS_SOCKET_TIMEOUT", "0.3"))
REDIS_RETRY_SECONDS = int(os.environ.get("REDIS_RETRY_SECONDS", "15"))
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "website.caches.GuardedRedisCache",
            "LOCATION": REDIS_URL,
            "TIMEOUT": 600,
            "OPTIONS": {
                # A lost Redis must not take the site down: errors are treated
                # as cache misses, and logged once per outage by the breaker.
                "IGNORE_EXCEPTIONS": True,
                "SOCKET_CONNECT_TIMEOUT": REDIS_SOCKET_TIMEOUT,
                "SOCKET_TIMEOUT": REDIS_SOCKET_TIMEOUT,
            },
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "ttdt"),
        }
    }
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = False
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "ttdt",
            "TIMEOUT": 600,
            "OPTIONS": {"MAX_ENTRIES": 20000},
        }
    }

# Wagtail's renditions cache: in process, the first copy is kept
# (website.caches); with Redis, Wagtail uses the shared default cache.
if not REDIS_URL:
    CACHES["renditions"] = {
        "BACKEND": "website.caches.KeepFirstLocMemCache",
        "LOCATION": "ttdt-renditions",
        "TIMEOUT": 600,  # as the default cache held them: a replaced image shows within 10 min
        "OPTIONS": {"MAX_ENTRIES": 20000},
    }

# The page cache (core.page_cache) has its own alias. On Redis its errors
# must reach it (it then skips the cache for a few seconds and logs once)
# rather than be swallowed on every request; in process it is bounded on its
# own, so pages cannot push the small entries out of the default cache.
if REDIS_URL:
    CACHES["pages"] = {
        **CACHES["default"],
        "OPTIONS": {**CACHES["default"]["OPTIONS"], "IGNORE_EXCEPTIONS": False},
    }
else:
    CACHES["pages"] = {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "ttdt-pages",
        "TIMEOUT": 600,
        "OPTIONS": {"MAX_ENTRIES": int(os.environ.get("PAGE_CACHE_MAX_ENTRIES", "2000"))},
    }

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
    {"NAME": "security.validators.CharacterClassValidator", "OPTIONS": {"min_classes": 3}},
]

# Vietnamese first: language, time zone and date formats.
LANGUAGE_CODE = "vi"
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True
# Lazy: the admin names the languages in the reader's language (Tiếng Anh, not English).
LANGUAGES = [("vi", gettext_lazy("Vietnamese")), ("en", gettext_lazy("English"))]
# The project's words first, then its translation of the libraries (operations.upstream_catalogue).
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale" / "upstream"]
FORMAT_MODULE_PATH = ["website.formats"]

WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [PROJECT_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# Media on an S3-compatible object store (core.storage), for more than one
# application server: MEDIA_STORAGE_URL=s3://bucket, with the store's address
# (MEDIA_S3_ENDPOINT_URL, none for Amazon S3), its region and the public
# address images are read from (MEDIA_PUBLIC_URL). Keys come from boto3's own
# variables (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY). Local disk otherwise.
MEDIA_STORAGE_URL = os.environ.get("MEDIA_STORAGE_URL", "")
MEDIA_STORAGE_TIMEOUT = float(os.environ.get("MEDIA_STORAGE_TIMEOUT", "5"))
MEDIA_PUBLIC_ORIGIN = ""
if MEDIA_STORAGE_URL:
    STORAGES["default"], MEDIA_PUBLIC_ORIGIN = media_storage(
        MEDIA_STORAGE_URL,
        endpoint=os.environ.get("MEDIA_S3_ENDPOINT_URL", ""),
        region=os.environ.get("MEDIA_S3_REGION", "us-east-1"),
        public_url=os.environ.get("MEDIA_PUBLIC_URL", ""),
    )

# Security headers on static files, computed once per file at start-up.
WHITENOISE_ADD_HEADERS_FUNCTION = add_static_security_headers

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

# Wagtail
WAGTAIL_SITE_NAME = os.environ.get("WAGTAIL_SITE_NAME", "Trang thông tin điện tử")
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://localhost:8000")
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAIL_MODERATION_ENABLED = True
WAGTAIL_WORKFLOW_ENABLED = True
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_EXTENSIONS = ["pdf", "doc", "docx", "xls", "xlsx", "odt", "ods", "csv", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
# Uploads are checked by their bytes, not their names (documents.validators).
WAGTAILDOCS_DOCUMENT_FORM_BASE = "documents.forms.CheckedDocumentForm"
WAGTAILIMAGES_IMAGE_FORM_BASE = "documents.forms.CheckedImageForm"
# Images are only rendered by templates ({% image %}); the URL-driven serve view
# (wagtail.images.views.serve) is not routed, so nobody can ask for arbitrary filters.
WAGTAILADMIN_RICH_TEXT_EDITORS = {
    "default": {
        "WIDGET": "wagtail.admin.rich_text.DraftailRichTextArea",
        "OPTIONS": {
            "features": [
                "h2",
                "h3",
                "h4",
                "bold",
                "italic",
                "ol",
                "ul",
                "link",
                "document-link",
                "image",
                "hr",
                "blockquote",
            ]
        },
    }
}
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "wagtail.search.backends.database",
        # Text is folded to ASCII before it is indexed (core.mixins.SearchTextMixin), so
        # PostgreSQL must neither stem it as English nor drop English stop words.
        "SEARCH_CONFIG": "simple",
    },
    # A commune's public search (core.search.search_site): the same index,
    # queried page by page on SQLite (core/search_backend.py).
    "commune": {
        "BACKEND": "core.search_backend",
        "SEARCH_CONFIG": "simple",
        "AUTO_UPDATE": False,
    },
}
WAGTAILSITEMAPS_CACHE_TIMEOUT = 600

# Content-Security-Policy (django-csp; website.headers picks the admin policy
# under /admin/). Public pages: no inline script or style, everything from self.
_MEDIA_ORIGINS = env_list("CSP_MEDIA_ORIGINS")  # e.g. a CDN in front of the bucket
if MEDIA_PUBLIC_ORIGIN:
    _MEDIA_ORIGINS.append(MEDIA_PUBLIC_ORIGIN)
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:", *_MEDIA_ORIGINS],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
CONTENT_SECURITY_POLICY_ADMIN = {
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        # Wagtail's admin templates carry inline <script> and style attributes.
        "script-src": ["'self'", "'unsafe-inline'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:", *_MEDIA_ORIGINS],
        "font-src": ["'self'", "data:"],
        # The preview panel frames the admin's own preview view.
        "frame-ancestors": ["'self'"],
    }
}
PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
    "microphone=(), payment=(), usb=()"
)
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
# Host names served besides the Sites' own (core.hosts): the environment's
# ALLOWED_HOSTS, e.g. the address a load balancer's health check uses.
ALLOWED_HOST_EXTRAS = env_list("ALLOWED_HOSTS")
HOSTS_RECHECK_SECONDS = 10

# Every email is queued in the database with the change that caused it and
# sent after the commit (outbox app); EMAIL_BACKEND in the environment names
# the transport the queue hands it to. Cron retries: manage.py send_queued_mail.
EMAIL_BACKEND = "outbox.backends.QueuedEmailBackend"
OUTBOX_DELIVERY_BACKEND = os.environ.get(
    "EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend"
)
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "20"))
# Sent (and given-up) mail is deleted after this many days: it holds addresses.
OUTBOX_KEEP_DAYS = int(os.environ.get("OUTBOX_KEEP_DAYS", "30"))
# A unit leader's approval link stops working after this many days.
UNIT_APPROVAL_LINK_DAYS = int(os.environ.get("UNIT_APPROVAL_LINK_DAYS", "7"))
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "no-reply@localhost")
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL

LOGIN_URL = "wagtailadmin_login"

# Logins (security app, docs/security.md): lockout, second factor, sessions, idle accounts.
AUTHENTICATION_BACKENDS = [
    # First, as axes asks: refuses a locked-out username or address before any password check.
    "security.backends.LockoutBackend",
    "security.backends.IdleLockBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("LOGIN_FAILURE_LIMIT", "5"))
# Per username and, separately, per address: guessing one account from many
# addresses and many accounts from one address are both stopped.
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("LOGIN_COOLOFF_MINUTES", "30")))
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "security.views.lockout_response"
AXES_CLIENT_IP_CALLABLE = "security.services.lockouts.client_ip"
AXES_VERBOSE = False
OTP_TOTP_ISSUER = WAGTAIL_SITE_NAME
# Development only (settings.dev): the demo pairs its accounts with an
# authenticator whose secret it prints (manage.py demo_otp). A system check
# refuses it without DEBUG.
DEMO_TWO_FACTOR = False
# Inactive sessions end: every request by a signed-in user pushes the expiry on;
# anonymous visitors have an empty session, which Django never stores nor sends.
SESSION_COOKIE_AGE = int(os.environ.get("SESSION_COOKIE_AGE", str(30 * 60)))
SESSION_SAVE_EVERY_REQUEST = True
ACCOUNT_IDLE_LOCK_DAYS = int(os.environ.get("ACCOUNT_IDLE_LOCK_DAYS", "45"))

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
        "json": {"()": "website.logs.JsonFormatter"},
    },
    # No citizen's email or phone number reaches a log line (website.logs).
    "filters": {"redact": {"()": "website.logs.RedactFilter"}},
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            # LOG_FORMAT=json: one JSON object per line, for a log collector.
            "formatter": "json" if os.environ.get("LOG_FORMAT") == "json" else "plain",
            "filters": ["redact"],
        }
    },
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    # Django's own loggers get handlers of their own from its default
    # configuration (runserver's request lines among them): here they lose
    # them and reach the root's redacting handler instead.
    "loggers": {
        "django": {"handlers": [], "level": "INFO", "propagate": True},
        "django.server": {"handlers": [], "level": "INFO", "propagate": True},
        "django.request": {"level": "ERROR"},
        "django_redis": {"level": "WARNING"},
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
    },
}

# Per-IP limits on the public forms and search (core.ratelimit,
# which holds the others' defaults). Offices whose citizens share one address
# behind NAT may need a higher search limit.
# Behind proxies: the header they append the client's address to, and how
# many of them (counted from the right of that header) are trusted.
QUESTIONS_CLIENT_IP_HEADER = os.environ.get("QUESTIONS_CLIENT_IP_HEADER", "").strip()
if QUESTIONS_CLIENT_IP_HEADER and not QUESTIONS_CLIENT_IP_HEADER.startswith("HTTP_"):
    # "X-Forwarded-For" as an operator writes it -> Django's META key.
    QUESTIONS_CLIENT_IP_HEADER = "HTTP_" + QUESTIONS_CLIENT_IP_HEADER.upper().replace("-", "_")
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "1"))
QUESTIONS_RATE_LIMITS = {
    "search": (int(os.environ.get("SEARCH_RATE_LIMIT_PER_MINUTE", "120")), 60),
}

# Whole-page cache for anonymous visitors (core.page_cache), per site.
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE_ENABLED", True)
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "600"))
PAGE_CACHE_ALIAS = "pages"
# In-process cache: the per-host generation files every worker of this machine
# reads (one stat per request); a local file system with ns timestamps.
PAGE_CACHE_DIR = Path(os.environ.get("PAGE_CACHE_DIR", BASE_DIR / "tmp" / "page-cache"))
# With Redis: pages each process keeps, checked against Redis by generation only.
PAGE_CACHE_RECENT_ENTRIES = int(os.environ.get("PAGE_CACHE_RECENT_ENTRIES", "500"))
# Rendered parts and routes each process keeps under the same generations
# (core.fragments, core.routing; docs/page-cache.md).
FRAGMENT_CACHE_ENABLED = env_bool("FRAGMENT_CACHE_ENABLED", True)
FRAGMENT_CACHE_SECONDS = int(os.environ.get("FRAGMENT_CACHE_SECONDS", "300"))
FRAGMENT_CACHE_ENTRIES = int(os.environ.get("FRAGMENT_CACHE_ENTRIES", "2000"))

# Public listings
NEWS_PER_PAGE = 10
DOCUMENTS_PER_PAGE = 20
SEARCH_RESULTS_PER_PAGE = 10

# Editorial workflow (board app): the workflow's final step publishes through
# the board so emergency publications outside it can be told apart; workflow
# emails go to the commune's own groups, not to every superuser.
WAGTAIL_FINISH_WORKFLOW_ACTION = "board.workflow_finish.publish_workflow_state"
WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = False
WAGTAILADMIN_NOTIFICATION_USE_HTML = False
