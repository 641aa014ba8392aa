"""Production: secrets from the environment, HTTPS only, nothing debug.

The process refuses to start without SECRET_KEY or DATABASE_URL, so a
forgotten variable can never fall back to a guessable key or to an empty
SQLite file next to the code. `manage.py check --deploy` is clean with these
settings (tests/security/test_production_settings.py).
"""

import os
from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

from website.settings.base import *  # noqa: F403

DEBUG = False
if len(SECRET_KEY) < 50 or len(set(SECRET_KEY)) < 5:  # noqa: F405
    raise ImproperlyConfigured(
        "SECRET_KEY must be set in the environment in production (50 or more random characters)."
    )
if not os.environ.get("DATABASE_URL"):
    raise ImproperlyConfigured(
        "DATABASE_URL must be set in the environment in production "
        "(sqlite:////absolute/path is accepted for a single small server)."
    )
if not os.environ.get("WAGTAILADMIN_BASE_URL", "").startswith("https://"):
    raise ImproperlyConfigured(
        "WAGTAILADMIN_BASE_URL must be set in the environment in production, "
        "as the admin's https:// address (used in notification emails)."
    )

# Host names come from the Wagtail Sites (core.hosts.SiteHostsMiddleware,
# first in the chain answers 400 to any other host); the environment's
# ALLOWED_HOSTS adds extra names through ALLOWED_HOST_EXTRAS (base.py).
ALLOWED_HOSTS = ["*"]
MIDDLEWARE = ["core.hosts.SiteHostsMiddleware", *MIDDLEWARE]  # noqa: F405

# Static files and anonymous cache hits are answered in front of Django
# (website.wsgi); WhiteNoise's Django middleware would only repeat the first.
WSGI_FRONT = env_bool("WSGI_FRONT", True)  # noqa: F405
if WSGI_FRONT:
    MIDDLEWARE.remove("whitenoise.middleware.WhiteNoiseMiddleware")

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)  # noqa: F405
# The load balancer's health check speaks plain HTTP inside the network.
SECURE_REDIRECT_EXEMPT = [r"^healthz/$"]
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
LANGUAGE_COOKIE_SECURE = True
LANGUAGE_COOKIE_SAMESITE = "Lax"
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)  # noqa: F405
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)  # noqa: F405
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")  # noqa: F405
_admin_origin = urlsplit(WAGTAILADMIN_BASE_URL)  # noqa: F405
CSRF_TRUSTED_ORIGINS.append(f"{_admin_origin.scheme}://{_admin_origin.netloc}")
