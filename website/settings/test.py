"""Tests: fast hashing, in-memory email and cache, plain static storage."""

import os
import tempfile
from pathlib import Path

# Fixtures build large data sets in single statements (bench generator tests).
os.environ.setdefault("DB_STATEMENT_TIMEOUT", "0")

from website.settings.base import *  # noqa: E402, F403

DEBUG = False
SECRET_KEY = "test-only-key"  # noqa: S105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "test"},
    "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "pages"},
}
STORAGES["staticfiles"]["BACKEND"] = (  # noqa: F405
    "django.contrib.staticfiles.storage.StaticFilesStorage"
)
MEDIA_ROOT = BASE_DIR / "tmp" / "test-media"  # noqa: F405
WAGTAILADMIN_BASE_URL = "http://testserver"
LOGGING["root"]["level"] = "WARNING"  # noqa: F405
# Most tests read pages right after changing them without publishing; the
# page cache has its own tests (tests/website/test_page_cache.py).
PAGE_CACHE_ENABLED = False
# As the page cache: on only in the tests about it (tests/website/test_fragments.py).
FRAGMENT_CACHE_ENABLED = False
# One directory of page-cache generations per test process (xdist workers).
PAGE_CACHE_DIR = Path(tempfile.mkdtemp(prefix="ttdt-page-cache-"))
STATIC_ROOT = BASE_DIR / "tmp" / "static"  # noqa: F405
STATIC_ROOT.mkdir(parents=True, exist_ok=True)
WHITENOISE_AUTOREFRESH = True
