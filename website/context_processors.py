from wagtail.models import Site


def current_site(request):
    """The Wagtail Site serving this request, for headers and footers."""
    return {"current_site": Site.find_for_request(request)}
