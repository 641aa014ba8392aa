"""Links are built from a per-process index of site root paths
(core.wagtail_speedups) and must be exactly the ones Wagtail builds, and follow
every change of sites at once."""

import pytest

from django.test import RequestFactory

from wagtail.models import Locale, Page, Site

from core import wagtail_speedups as site_paths
from home.factories import CommuneSiteFactory
from home.services.provisioning import create_site
from tests.home.helpers import add_news

pytestmark = pytest.mark.django_db


def _request(site):
    return RequestFactory(HTTP_HOST=site.hostname).get("/")


def test_index_finds_the_same_roots_as_wagtails_scan(commune, other_commune):
    paths = Site.get_site_root_paths()
    assert isinstance(paths, site_paths.SiteRootPaths)
    assert paths.site_count == len({p.site_id for p in paths})
    for page in Page.objects.all():
        scanned = tuple(p for p in paths if page.url_path.startswith(p.root_path))
        assert paths.relevant(page.url_path) == scanned, page.url_path


def test_links_are_local_on_their_site_and_absolute_across_sites(commune, other_commune):
    item = add_news(commune, 1)[0]
    assert item.get_url(_request(commune)) == f"/tin-tuc/{item.slug}/"
    assert item.get_url(_request(other_commune)) == (
        f"http://tancuong.example.gov.vn/tin-tuc/{item.slug}/"
    )
    section = Page.objects.get(pk=item.get_parent().pk)  # a plain Page, as menus hold
    assert section.get_url(_request(commune)) == "/tin-tuc/"
    assert section.relative_url(other_commune) == "http://tancuong.example.gov.vn/tin-tuc/"


def test_a_new_site_has_links_at_once(commune):
    Site.get_site_root_paths()  # this process now holds the list
    site = create_site(hostname="moi.example.gov.vn", name="Xã Mới")
    news = site.root_page.get_children().get(slug="tin-tuc")
    assert news.get_url(_request(site)) == "/tin-tuc/"
    assert news.get_url(_request(commune)) == "http://moi.example.gov.vn/tin-tuc/"


def test_a_changed_host_name_is_used_at_once(commune, other_commune):
    section = commune.root_page.get_children().get(slug="tin-tuc")
    assert section.get_url(_request(other_commune)).startswith("http://tancuong.")
    commune.hostname = "tancuong2.example.gov.vn"
    commune.save()
    fresh = Page.objects.get(pk=section.pk)
    assert fresh.get_url(_request(other_commune)) == "http://tancuong2.example.gov.vn/tin-tuc/"


def test_a_renamed_root_page_moves_its_links_at_once(commune, other_commune):
    home = commune.root_page.specific
    Site.get_site_root_paths()
    home.slug = "tan-cuong-moi"
    home.save()
    section = Page.objects.get(pk=home.get_children().get(slug="tin-tuc").pk)
    assert section.url_path == "/tan-cuong-moi/tin-tuc/"
    assert section.get_url(_request(commune)) == "/tin-tuc/"


def test_a_single_site_gets_local_links_without_a_request():
    site = CommuneSiteFactory(hostname="motxa.example.gov.vn", name="Xã Một")
    Site.objects.exclude(pk=site.pk).delete()
    section = site.root_page.get_children().get(slug="tin-tuc")
    assert section.get_url() == "/tin-tuc/"


def test_page_paths_are_reversed_as_django_does_in_each_language():
    """Wagtail's reverse() of page paths is remembered per process
    (core.wagtail_speedups.memoized_serve_reverse): same answers, language included."""
    from django.urls import reverse as django_reverse
    from django.utils import translation

    from wagtail.models import pages

    assert getattr(pages.reverse, "_memoized", False)
    for language in ("vi", "en", "vi"):
        with translation.override(language):
            for path in ("", "tin-tuc/", "tin-tuc/hoi-nghi-tong-ket/", "thủ-tục/"):
                expected = django_reverse("wagtail_serve", args=(path,))
                assert pages.reverse("wagtail_serve", args=(path,)) == expected


def test_each_caller_gets_its_own_locale_instance(commune, django_assert_num_queries):
    """The Locale row is kept per process, not the instance: what one request
    sets on its Locale (Wagtail caches on instances) never reaches another."""
    first = Locale.objects.get_for_language("vi")
    first.some_request_state = "request A"
    with django_assert_num_queries(0):
        second = Locale.objects.get_for_language("vi")
    assert second.pk == first.pk and second.language_code == "vi"
    assert second is not first and not hasattr(second, "some_request_state")
    assert second._state.adding is False
