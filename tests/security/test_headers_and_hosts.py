"""Security headers on public pages and the admin; hosts limited to the Sites."""

import pytest
from bs4 import BeautifulSoup

from django.test import Client

from wagtail.models import Site

from core import hosts, page_cache


def csp(response):
    return dict(
        (part.split()[0], part.split()[1:])
        for part in response["Content-Security-Policy"].split(";")
        if part.strip()
    )


def test_public_page_policy_allows_only_its_own_scripts(commune, site_client):
    response = site_client(commune).get("/")

    policy = csp(response)
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert "camera=()" in response["Permissions-Policy"]
    assert "geolocation=()" in response["Permissions-Policy"]


def test_public_page_has_nothing_the_strict_policy_would_block(commune, site_client):
    """The strict policy only works if our own pages need no inline code."""
    html = site_client(commune).get("/").content.decode()
    soup = BeautifulSoup(html, "html.parser")

    assert all(script.get("src") for script in soup.find_all("script"))
    assert soup.find_all("style") == []
    assert soup.select("[style]") == []
    assert [tag for tag in soup.find_all(True) if any(a.startswith("on") for a in tag.attrs)] == []


def test_admin_policy_allows_what_wagtail_needs_and_no_more(db):
    response = Client().get("/admin/login/")

    policy = csp(response)
    assert "'unsafe-inline'" in policy["script-src"]
    assert "'unsafe-eval'" not in policy["script-src"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]


# --- Hosts -------------------------------------------------------------------


@pytest.fixture
def host_check(settings):
    settings.MIDDLEWARE = ["core.hosts.SiteHostsMiddleware", *settings.MIDDLEWARE]
    settings.ALLOWED_HOST_EXTRAS = ["lb.internal"]
    settings.WAGTAILADMIN_BASE_URL = "https://quantri.example.gov.vn"
    hosts.site_hosts.forget()
    yield
    hosts.site_hosts.forget()


def test_unknown_host_gets_400_in_vietnamese(commune, host_check):
    response = Client(HTTP_HOST="evil.example.com").get("/")

    assert response.status_code == 400
    assert "không phải là một trang thông tin" in response.content.decode()


def test_site_hosts_and_extras_are_served(commune, host_check):
    assert Client(HTTP_HOST=commune.hostname).get("/").status_code == 200
    assert Client(HTTP_HOST=f"{commune.hostname}:443").get("/").status_code == 200
    assert Client(HTTP_HOST="lb.internal").get("/healthz/").status_code in (200, 503)
    assert hosts.host_is_allowed("quantri.example.gov.vn")


def test_new_site_is_served_at_once_and_deleted_site_refused(commune, host_check):
    Client(HTTP_HOST=commune.hostname).get("/")  # snapshot loaded

    site = Site.objects.create(hostname="moi.example.gov.vn", root_page=commune.root_page)
    assert Client(HTTP_HOST="moi.example.gov.vn").get("/").status_code == 200

    site.delete()
    assert Client(HTTP_HOST="moi.example.gov.vn").get("/").status_code == 400


def test_a_site_added_by_another_worker_is_seen_through_the_shared_cache(commune, host_check):
    assert hosts.host_is_allowed(commune.hostname)
    # Written by "another worker": no signal in this process.
    Site.objects.bulk_create([Site(hostname="khac.example.gov.vn", root_page=commune.root_page)])
    assert not hosts.host_is_allowed("khac.example.gov.vn")

    page_cache.bump_generation(page_cache.SITES_GENERATION)  # as the other worker does

    assert hosts.host_is_allowed("khac.example.gov.vn")


def test_known_host_costs_no_query(commune, host_check, django_assert_num_queries):
    assert hosts.host_is_allowed(commune.hostname)

    with django_assert_num_queries(0):
        for _ in range(100):
            assert hosts.host_is_allowed(commune.hostname)
