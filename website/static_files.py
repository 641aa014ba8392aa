"""Static files answered before Django, with the headers Django would add.

WhiteNoise as Django middleware still pays for Django's request: a
WSGIRequest, the request_started/finished signals (which check every
database connection), and each middleware's call on the way in and out:
half the speed of WhiteNoise alone. Collected static files are the same for
every host and hold nothing private, so in production the WSGI application
is wrapped (website.wsgi) and a static file never reaches Django at all;
the host check and the HTTPS redirect, which guard pages, are not needed
for them (the load balancer terminates TLS).

The security headers are fixed per file and computed once at start-up,
through WhiteNoise's own hook (WHITENOISE_ADD_HEADERS_FUNCTION).
"""

from whitenoise.base import WhiteNoise
from whitenoise.middleware import WhiteNoiseMiddleware

from django.conf import settings

# A static file is never a page: nothing in it may run or load anything but
# the site's own styles, fonts and images (an SVG opened on its own, say).
STATIC_CSP = "default-src 'none'; style-src 'self'; img-src 'self' data:; font-src 'self'"


def add_security_headers(headers, path, url):
    """The headers SecurityMiddleware and our CSP add to a Django response."""
    headers["X-Content-Type-Options"] = "nosniff"
    headers["Content-Security-Policy"] = STATIC_CSP
    referrer = getattr(settings, "SECURE_REFERRER_POLICY", None)
    if referrer:
        headers["Referrer-Policy"] = referrer
    hsts = getattr(settings, "SECURE_HSTS_SECONDS", 0)
    if hsts:
        # Browsers ignore it over plain HTTP, so it can be sent whatever the scheme.
        value = f"max-age={hsts}"
        if getattr(settings, "SECURE_HSTS_INCLUDE_SUBDOMAINS", False):
            value += "; includeSubDomains"
        if getattr(settings, "SECURE_HSTS_PRELOAD", False):
            value += "; preload"
        headers["Strict-Transport-Security"] = value


class StaticFilesFirst(WhiteNoiseMiddleware):
    """WhiteNoise configured from Django's settings (as the middleware is:
    STATIC_ROOT, hashed names cached forever), used as WSGI middleware."""

    def __init__(self, application):
        super().__init__()
        self.application = application

    # The WSGI entry points of WhiteNoise itself, not the Django middleware's.
    __call__ = WhiteNoise.__call__
    serve = staticmethod(WhiteNoise.serve)
