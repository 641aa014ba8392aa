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
from whitenoise.string_utils import decode_path_info

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


class StaticFilesFirst:
    """WSGI middleware: a collected static file answered before Django.

    WhiteNoise's Django middleware is kept for what it reads from Django's
    settings (STATIC_ROOT, STATIC_URL, hashed names cached forever, the
    headers above) and the files it found; the answer is WhiteNoise's own
    WSGI one, as its ``WhiteNoise.__call__`` gives it.
    """

    def __init__(self, application):
        self.application = application
        self.static = WhiteNoiseMiddleware()

    def __call__(self, environ, start_response):
        path = decode_path_info(environ.get("PATH_INFO", ""))
        static = self.static
        found = static.find_file(path) if static.autorefresh else static.files.get(path)
        if found is None:
            return self.application(environ, start_response)
        return WhiteNoise.serve(found, environ, start_response)
