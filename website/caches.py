"""Cache backends of our own."""

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.locmem import LocMemCache


class KeepFirstLocMemCache(LocMemCache):
    """An in-process cache whose ``set`` keeps an entry already there.

    Wagtail's Image.get_rendition stores the rendition it found in the
    "renditions" cache every time an image is shown, even when the rendition
    came from that cache or from a prefetch: with the in-process cache that
    is a pickle per image per request. A rendition never changes under its
    key (the key holds the filter and the focal point; Wagtail deletes the
    entry when it deletes the rendition), so the first copy is enough.
    """

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        checked = self.make_and_validate_key(key, version=version)
        with self._lock:
            if not self._has_expired(checked):
                return
        super().set(key, value, timeout, version)
