"""Allowed host names come from the Wagtail Sites, not from a settings list.

3,321 communes cannot be listed in ALLOWED_HOSTS by hand, and a new site must
answer as soon as the district creates it. Production therefore sets
ALLOWED_HOSTS = ["*"] and puts SiteHostsMiddleware first: it answers 400 to
any host that is neither a Site's hostname nor in ALLOWED_HOST_EXTRAS (the
environment's ALLOWED_HOSTS plus the admin's own host).

The set of hostnames lives in each process's memory, so a known host costs a
set lookup and no I/O. The shared ``.sites`` generation (core.page_cache,
the one core.wagtail_speedups follows too) says when another process saved or
deleted a Site; each process compares it at most every HOSTS_RECHECK_SECONDS,
and at once before refusing an unknown host, so a new site is served
immediately by every worker.
"""

import threading
import time
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.db.models.signals import post_delete, post_save
from django.http import HttpResponseBadRequest
from django.http.request import split_domain_port, validate_host
from django.utils.translation import gettext as _

from wagtail.models import Site

from core import page_cache

# A host miss re-reads the Sites from the database at most this often even when
# the shared generation did not move (a Site written by raw SQL or a process
# whose cache was down).
MISS_RELOAD_SECONDS = 60


class SiteHosts:
    """Per-process snapshot of the Sites' hostnames, checked in O(1)."""

    def __init__(self):
        self._lock = threading.Lock()
        self._hosts = None
        self._generation = None
        self._checked_at = 0.0
        self._loaded_at = 0.0

    @staticmethod
    def shared_generation():
        # None when the cache is lost: hosts then reload after MISS_RELOAD_SECONDS.
        return page_cache.read_generation(page_cache.SITES_GENERATION)

    def _load(self, generation):
        hosts = frozenset(name.lower() for name in Site.objects.values_list("hostname", flat=True))
        now = time.monotonic()
        with self._lock:
            self._hosts = hosts
            self._generation = generation
            self._loaded_at = self._checked_at = now
        return hosts

    def _current(self, force_check=False):
        now = time.monotonic()
        recheck = getattr(settings, "HOSTS_RECHECK_SECONDS", 10)
        if self._hosts is None:
            return self._load(self.shared_generation())
        if force_check or now - self._checked_at >= recheck:
            generation = self.shared_generation()
            self._checked_at = now
            if generation != self._generation:
                return self._load(generation)
        return self._hosts

    def contains(self, hostname):
        hostname = hostname.lower()
        if hostname in self._current():
            return True
        # Unknown here: maybe another worker just created the site.
        if hostname in self._current(force_check=True):
            return True
        if time.monotonic() - self._loaded_at >= MISS_RELOAD_SECONDS:
            return hostname in self._load(self.shared_generation())
        return False

    def forget(self):
        """Drop the snapshot (tests; a signal in this process)."""
        with self._lock:
            self._hosts = None


site_hosts = SiteHosts()


def bump_generation(**kwargs):
    """A Site changed: every process reloads its snapshot on its next check."""
    site_hosts.forget()
    page_cache.bump_generation(page_cache.SITES_GENERATION)


def connect():
    post_save.connect(bump_generation, sender=Site, dispatch_uid="core.hosts.save")
    post_delete.connect(bump_generation, sender=Site, dispatch_uid="core.hosts.delete")


def extra_hosts():
    """Names allowed besides the Sites: ALLOWED_HOST_EXTRAS and the admin's host."""
    extras = list(getattr(settings, "ALLOWED_HOST_EXTRAS", []))
    admin_host = urlsplit(getattr(settings, "WAGTAILADMIN_BASE_URL", "") or "").hostname
    if admin_host:
        extras.append(admin_host)
    return extras


def host_is_allowed(host):
    """True when ``host`` (as sent, maybe with a port) names a Site or an extra."""
    domain, _port = split_domain_port(host)
    if not domain:
        return False
    if validate_host(domain, extra_hosts()):
        return True
    return site_hosts.contains(domain)


class SiteHostsMiddleware:
    """First middleware in production: unknown hosts get 400 before any work."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            host = request.get_host()
        except DisallowedHost:
            host = ""
        if not host_is_allowed(host):
            return HttpResponseBadRequest(
                _("This address is not a site served here."),
                content_type="text/plain; charset=utf-8",
            )
        return self.get_response(request)
