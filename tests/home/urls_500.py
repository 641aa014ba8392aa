"""The site's URLs plus one view that fails, to see the 500 page."""

from django.urls import path

from website.urls import handler500  # noqa: F401
from website.urls import urlpatterns as site_urlpatterns


def broken_view(request):
    raise RuntimeError("simulated failure")


urlpatterns = [path("loi-thu/", broken_view)] + site_urlpatterns
