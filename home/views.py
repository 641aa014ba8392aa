from django.conf import settings
from django.http import HttpResponse, HttpResponseServerError
from django.shortcuts import render
from django.template import loader
from django.views.decorators.http import require_GET

from wagtail.models import Site

from .search import search_site
from .services.listings import paginate


@require_GET
def search(request):
    site = Site.find_for_request(request)
    results, query = search_site(site, request.GET.get("q", ""))
    page_obj = paginate(request, results, settings.SEARCH_RESULTS_PER_PAGE) if query else None
    if page_obj is not None:
        # Specific pages for the current page only: a fixed number of queries.
        page_obj.object_list = [p.specific for p in page_obj.object_list]
    return render(
        request,
        "home/search.html",
        {
            "search_query": request.GET.get("q", "")[:200],
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
