import sys

from django.conf import settings
from django.http import HttpResponse, HttpResponseServerError
from django.shortcuts import render
from django.template import loader
from django.utils.translation import gettext as _
from django.views import defaults
from django.views.decorators.http import require_GET

from wagtail.models import Site

from core import ratelimit
from core.faults import database_unavailable_response, is_database_error
from core.listings import paginate
from core.search import MAX_QUERY_LENGTH, query_notices, search_site
from home import merged_hosts


@require_GET
def search(request):
    """Search the current site. Any query string answers 200: hostile or
    over-long queries are reduced to plain words with a notice."""
    site = Site.find_for_request(request)
    raw_query = request.GET.get("q", "")
    if raw_query and not ratelimit.allow(request, "search"):
        # Per-IP limit shared by every worker (core.ratelimit).
        response = render(
            request,
            "home/search.html",
            {
                "search_query": raw_query[:MAX_QUERY_LENGTH],
                "search_notices": [
                    _("Too many searches from your connection. Please wait a minute.")
                ],
                "page_obj": None,
                "site": site,
            },
            status=429,
        )
        response["Retry-After"] = "60"
        return response
    results, query = search_site(site, raw_query)
    # search_site returns specific pages with StreamFields deferred, so a
    # results page costs the same number of queries however many match.
    page_obj = paginate(request, results, settings.SEARCH_RESULTS_PER_PAGE) if query else None
    return render(
        request,
        "home/search.html",
        {
            "search_query": raw_query[:MAX_QUERY_LENGTH],
            "search_notices": query_notices(raw_query),
            "page_obj": page_obj,
            "site": site,
        },
    )


@require_GET
def robots_txt(request):
    sitemap = request.build_absolute_uri("/sitemap.xml")
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /documents/",
        "Disallow: /tim-kiem/",
        "Disallow: /dang-ky-nhan-tin/",
        f"Sitemap: {sitemap}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


def page_not_found(request, exception):
    """Django's 404, except on a merged commune's host: the address may now
    live in the successor's sections (home.merged_hosts)."""
    response = merged_hosts.redirect_for_missing(request)
    if response is not None:
        return response
    return defaults.page_not_found(request, exception)


def server_error(request):
    """A friendly 500 page that needs no database or context processors;
    a database that is down or restarting gets the 503 page instead."""
    if is_database_error(sys.exc_info()[1]):
        return database_unavailable_response()
    return HttpResponseServerError(loader.get_template("500.html").render())
