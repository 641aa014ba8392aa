"""A database that is restarting answers a friendly 503, not a 500.

When PostgreSQL restarts, requests in flight fail with OperationalError or
InterfaceError. DatabaseUnavailableMiddleware turns those into the static
503 page with Retry-After, so browsers and load balancers try again; the
next request reconnects by itself (CONN_HEALTH_CHECKS), no restart needed.
The page needs no database and no context processors.
"""

import logging

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template import loader

logger = logging.getLogger(__name__)

DATABASE_ERRORS = (OperationalError, InterfaceError)
RETRY_AFTER_SECONDS = 30


def unavailable_response(retry_after=RETRY_AFTER_SECONDS, **context):
    """The static 503 page (``context``: ``storage=True`` names the file store)."""
    response = HttpResponse(loader.get_template("503.html").render(context), status=503)
    response["Retry-After"] = str(retry_after)
    response["Cache-Control"] = "no-store"
    return response


def database_unavailable_response():
    return unavailable_response()


def is_database_error(error):
    return isinstance(error, DATABASE_ERRORS)


class DatabaseUnavailableMiddleware:
    """Catches the database errors a view raises (process_exception) and
    those raised by the middleware below it (__call__)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            return self.get_response(request)
        except DATABASE_ERRORS as error:
            return self._unavailable(request, error)

    def process_exception(self, request, exception):
        if is_database_error(exception):
            return self._unavailable(request, exception)
        return None

    def _unavailable(self, request, error):
        # The type only: driver messages may quote SQL parameters.
        logger.error("database unavailable for %s (%s)", request.path, type(error).__name__)
        return database_unavailable_response()
