"""The WSGI application gunicorn serves.

In production (WSGI_FRONT, on by default there) two answers come before
Django: collected static files (website.static_files) and anonymous cache
hits (core.page_cache.CachedPagesFirst). Neither needs a Django request, and
building one costs more than either answer.
"""

import os

from django.conf import settings
from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "website.settings.production")

application = get_wsgi_application()

if getattr(settings, "WSGI_FRONT", False):
    # Imported once the apps are loaded (get_wsgi_application sets Django up).
    from core.page_cache import CachedPagesFirst
    from website.static_files import StaticFilesFirst

    application = StaticFilesFirst(CachedPagesFirst(application))
