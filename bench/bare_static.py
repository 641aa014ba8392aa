"""The bench's 100 %: a static file served by whitenoise alone.

A WSGI application with no Django in it, run by the same gunicorn as the
site (bench/run starts both), serving the same collected files. What the
site adds on top of this, for its own static file or a cached page, is what
the bench's "% static" column shows.
"""

import os

from whitenoise import WhiteNoise


def not_found(environ, start_response):
    start_response("404 Not Found", [("Content-Type", "text/plain")])
    return [b"not found"]


application = WhiteNoise(not_found, root=os.environ["STATIC_ROOT"], prefix="/static/")
