"""Shared fixtures: complete commune sites built by the provisioning service."""

import pytest

from django.test import Client

from home.factories import CommuneSiteFactory


@pytest.fixture(autouse=True)
def _media_and_cache(settings, tmp_path):
    from django.core.cache import cache

    settings.MEDIA_ROOT = tmp_path / "media"
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def commune(db):
    """A complete commune site: Xã Tân Cương at tancuong.example.gov.vn."""
    return CommuneSiteFactory(hostname="tancuong.example.gov.vn", name="Xã Tân Cương")


@pytest.fixture
def other_commune(db):
    return CommuneSiteFactory(hostname="phuthanh.example.gov.vn", name="Xã Phú Thạnh")


def section(site, slug):
    """The mandatory section ``slug`` of ``site``, as its specific page."""
    return site.root_page.get_children().get(slug=slug).specific


@pytest.fixture
def site_client():
    """A client whose requests go to a given site's host name."""

    def make(site):
        return Client(HTTP_HOST=site.hostname)

    return make
