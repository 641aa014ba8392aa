"""/sitemap.xml and /robots.txt, per site."""

import xml.etree.ElementTree as ET  # noqa: S405 (our own responses, not untrusted input)
from urllib.parse import urlsplit

import pytest

from news.factories import NewsPageFactory
from tests.helpers import section

pytestmark = pytest.mark.django_db

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


@pytest.fixture
def sites(commune, other_commune):
    NewsPageFactory(parent=section(commune, "tin-tuc"), slug="tin-tan-cuong")
    NewsPageFactory(parent=section(other_commune, "tin-tuc"), slug="tin-phu-thanh")
    draft = NewsPageFactory(parent=section(commune, "tin-tuc"), slug="ban-nhap")
    draft.unpublish()
    return commune, other_commune


def _locations(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)  # noqa: S314
    assert root.tag == "{http://www.sitemaps.org/schemas/sitemap/0.9}urlset"
    return [loc.text for loc in root.findall("sm:url/sm:loc", NS)]


def test_sitemap_lists_this_sites_pages_with_absolute_addresses(sites, site_client):
    commune, other = sites
    locations = _locations(site_client(commune))
    assert locations, "the sitemap is empty"
    assert {urlsplit(loc).netloc for loc in locations} == {commune.hostname}
    paths = {urlsplit(loc).path for loc in locations}
    assert {"/", "/tin-tuc/", "/van-ban/", "/lien-he/", "/tin-tuc/tin-tan-cuong/"} <= paths
    assert "/tin-tuc/tin-phu-thanh/" not in paths
    assert "/tin-tuc/ban-nhap/" not in paths


def test_each_site_has_its_own_sitemap(sites, site_client):
    commune, other = sites
    locations = _locations(site_client(other))
    assert {urlsplit(loc).netloc for loc in locations} == {other.hostname}
    assert "/tin-tuc/tin-phu-thanh/" in {urlsplit(loc).path for loc in locations}


def test_robots_txt_points_to_this_sites_sitemap(sites, site_client):
    commune, _ = sites
    response = site_client(commune).get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert f"Sitemap: http://{commune.hostname}/sitemap.xml" in lines
    assert "Disallow: /admin/" in lines
