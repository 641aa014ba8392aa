"""Media (images, renditions, documents) on an S3-compatible object store.

Several application servers need one place for uploads: with
MEDIA_STORAGE_URL set (website.settings), django-storages' S3 backend holds
them in a bucket. Images and renditions are read by browsers from the
bucket's public address (MEDIA_PUBLIC_URL, allowed by the CSP); documents
stay private and are streamed by Wagtail's document view, which checks the
page privacy first (WAGTAILDOCS_SERVE_METHOD = "serve_view"), so the bucket
only has to make ``images/`` public.

The store is an outside service, so every call has a short timeout, and a
store that is down or hung raises StorageUnavailable, an OSError: Wagtail
already treats an OSError while opening an image as a missing file (the
page shows a broken image and answers), and StorageUnavailableMiddleware
turns it into a Vietnamese message everywhere else. An upload fails before
its row is written (the file is saved first), so nothing half-made stays.
"""

import functools
import logging

from botocore.config import Config
from botocore.exceptions import BotoCoreError, ClientError
from storages.backends.s3 import S3Storage

from django.conf import settings
from django.contrib import messages
from django.http import JsonResponse
from django.shortcuts import redirect
from django.utils.translation import gettext, gettext_lazy

from core.faults import unavailable_response

logger = logging.getLogger(__name__)

UNAVAILABLE_MESSAGE = gettext_lazy(
    "The file store is not answering, so the file was not saved. Nothing has been "
    "changed; please try again in a few minutes."
)
RETRY_AFTER_SECONDS = 60


class StorageUnavailable(OSError):
    """The object store did not answer, or answered with an error."""


def _guarded(method):
    @functools.wraps(method)
    def call(self, name, *args, **kwargs):
        try:
            return method(self, name, *args, **kwargs)
        except (BotoCoreError, ClientError) as error:
            # The name and the error's type only: no keys or URLs in the logs.
            logger.error("object store unavailable (%s) for %s", type(error).__name__, name)
            raise StorageUnavailable(str(UNAVAILABLE_MESSAGE)) from error

    return call


class MediaStorage(S3Storage):
    """django-storages' S3 backend with timeouts, and its errors as OSError."""

    def __init__(self, **options):
        timeout = getattr(settings, "MEDIA_STORAGE_TIMEOUT", 5)
        options.setdefault(
            "client_config",
            Config(
                connect_timeout=timeout,
                read_timeout=timeout,
                retries={"max_attempts": 2, "mode": "standard"},
            ),
        )
        super().__init__(**options)

    def _open(self, name, mode="rb"):
        file = self._open_guarded(name, mode)
        if "r" in mode:
            self._download(name, file)  # now, where a failure is still an OSError
        return file

    _open_guarded = _guarded(S3Storage._open)

    @_guarded
    def _download(self, name, file):
        return file.file

    _save = _guarded(S3Storage._save)
    delete = _guarded(S3Storage.delete)
    exists = _guarded(S3Storage.exists)
    size = _guarded(S3Storage.size)
    listdir = _guarded(S3Storage.listdir)
    get_modified_time = _guarded(S3Storage.get_modified_time)


def _admin_prefix():
    return getattr(settings, "ADMIN_URL_PREFIX", "/admin/")


class StorageUnavailableMiddleware:
    """A store that is down answers in Vietnamese, never with a 500: Wagtail's
    multiple upload gets its own JSON error, an admin form its message, a
    visitor the 503 page with Retry-After."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, StorageUnavailable):
            return None
        message = gettext(UNAVAILABLE_MESSAGE)
        in_admin = request.path.startswith(_admin_prefix())
        if in_admin and request.path.endswith("/multiple/add/"):
            return JsonResponse({"success": False, "error_message": message})
        if in_admin and request.method == "POST":
            if request.headers.get("X-Requested-With") == "XMLHttpRequest":
                return JsonResponse({"success": False, "error_message": message}, status=503)
            messages.error(request, message)
            return redirect(request.get_full_path())
        return unavailable_response(RETRY_AFTER_SECONDS, storage=True)
