"""Friendly error pages: a Vietnamese 404 in the site's layout and a static
500 that needs neither the database nor the templates' context."""

import pytest

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from tests.home.helpers import vi

pytestmark = pytest.mark.django_db


def test_unknown_address_shows_the_friendly_404_page(commune, site_client):
    response = site_client(commune).get("/trang-khong-ton-tai/")
    assert response.status_code == 404
    html = response.content.decode()
    assert vi("Page not found") in html
    assert vi("The page you are looking for does not exist or has been moved.") in html
    assert vi("Back to the home page") in html  # a way forward
    assert commune.site_name in html  # in the commune's own layout


def test_unknown_document_in_the_register_is_a_404(commune, site_client):
    assert site_client(commune).get("/van-ban/khong-co/").status_code == 404


@pytest.mark.urls("tests.home.urls_500")
def test_server_error_shows_the_static_500_page(commune):
    client = Client(HTTP_HOST=commune.hostname, raise_request_exception=False)
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/loi-thu/")
    assert response.status_code == 500
    html = response.content.decode()
    assert '<html lang="vi">' in html
    assert "Hệ thống đang gặp sự cố" in html
    assert 'href="/"' in html
    assert len(queries) == 0  # works when the database is what failed
