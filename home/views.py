from django.conf import settings
from django.http import HttpResponse, HttpResponseServerError
from django.shortcuts import render
from django.template import loader
from django.views.decorators.http import require_GET

from wagtail.models import Site

from .search import MAX_QUERY_LENGTH, query_notices, search_site
from .services.listings import paginate


@require_GET
def search(request):
    """Search the current site. Any query string answers 200: hostile or
    over-long queries are reduced to plain words with a notice."""
    site = Site.find_for_request(request)
    raw_query = request.GET.get("q", "")
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
        f"Sitemap: {sitemap}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


def server_error(request):
    """A friendly 500 page that needs no database or context processors."""
    return HttpResponseServerError(loader.get_template("500.html").render())
