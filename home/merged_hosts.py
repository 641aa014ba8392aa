"""Requests to a merged commune's host answer 301 to its successor.

A merged commune's home page lives on in its successor's tree as an archive
section (board.services.mergers), one level deeper than a site root. The
check costs nothing for other communes: only a site whose root page is not
at the top of the tree is looked at.
"""

from django.http import HttpResponsePermanentRedirect

from wagtail.models import Page, Site

from core.models import CommuneMerger

SITE_ROOT_DEPTH = 2


def _merger(request):
    site = Site.find_for_request(request)
    if site is None or site.root_page.depth <= SITE_ROOT_DEPTH:
        return None, None
    merger = CommuneMerger.objects.filter(site=site).select_related("successor__root_page").first()
    return site, merger


def _redirect(request, merger, relative, archived_path=None):
    """To the successor: the same path where its own sections hold the page
    (content moved there keeps its address), else the page's place in the
    successor's archive, else the successor's home."""
    successor = merger.successor
    base = successor.root_page.url_path
    if not relative:
        target = "/"  # the old home: the successor's home
    elif Page.objects.filter(url_path=base + relative).exists():
        target = "/" + relative
    elif archived_path is not None and archived_path.startswith(base):
        target = "/" + archived_path[len(base) :]
    else:
        target = "/"
    query = request.META.get("QUERY_STRING")
    return HttpResponsePermanentRedirect(
        successor.root_url + target + (f"?{query}" if query else "")
    )


def redirect_for(request, page):
    """The 301 for ``page`` served on a merged commune's host, or None when
    the host is not a merged commune's."""
    site, merger = _merger(request)
    if merger is None:
        return None
    relative = page.url_path[len(site.root_page.url_path) :]
    return _redirect(request, merger, relative, archived_path=page.url_path)


def redirect_for_missing(request):
    """The 301 for an address no page answers on a merged commune's host
    (its content moved into the successor's sections), or None."""
    site, merger = _merger(request)
    if merger is None:
        return None
    return _redirect(request, merger, request.path.lstrip("/"))
