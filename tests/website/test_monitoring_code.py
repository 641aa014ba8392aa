"""The national monitoring system's script (EMC): on every public page when
the host settings name it, allowed by the CSP for exactly its origin; with
the setting empty nothing from another origin is referenced."""

import pytest

from django.core.exceptions import ValidationError
from django.test import Client
from django.utils import translation

from board.factories import UserFactory
from core.models import HostSettings

pytestmark = pytest.mark.django_db

SCRIPT = "https://emc.example.gov.vn/static/emc.js"


def _home(commune):
    response = Client(HTTP_HOST=commune.hostname).get("/")
    assert response.status_code == 200
    return response.content.decode(), response["Content-Security-Policy"]


def _directive(policy, name):
    for part in policy.split(";"):
        words = part.split()
        if words and words[0] == name:
            return words[1:]
    return None


def _set(url, key):
    host = HostSettings.load()
    host.monitoring_script_url, host.monitoring_site_key = url, key
    host.full_clean()
    host.save()


def test_without_the_setting_no_page_refers_to_another_origin(commune):
    html, policy = _home(commune)
    assert "data-site-key" not in html
    assert "emc" not in html
    assert _directive(policy, "script-src") == ["'self'"]


def test_with_the_setting_every_page_carries_the_script_and_the_csp_allows_its_origin(commune):
    _set(SCRIPT, "tinh-DB-2026")
    html, policy = _home(commune)
    assert f'<script src="{SCRIPT}" data-site-key="tinh-DB-2026" async></script>' in html
    assert _directive(policy, "script-src") == ["'self'", "https://emc.example.gov.vn"]
    assert "https://emc.example.gov.vn" in _directive(policy, "connect-src")
    section = Client(HTTP_HOST=commune.hostname).get("/tin-tuc/")
    assert SCRIPT in section.content.decode()


def test_the_page_cache_shows_and_drops_the_script_with_the_setting(commune, settings):
    settings.PAGE_CACHE_ENABLED = True
    html, _policy = _home(commune)
    assert SCRIPT not in html
    _set(SCRIPT, "tinh-DB-2026")
    html, policy = _home(commune)
    assert SCRIPT in html and "https://emc.example.gov.vn" in policy
    _set("", "")
    html, policy = _home(commune)
    assert SCRIPT not in html and "emc.example" not in policy


def test_the_admin_policy_does_not_change(commune):
    _set(SCRIPT, "tinh-DB-2026")
    client = Client()
    client.force_login(UserFactory(is_superuser=True))
    policy = client.get("/admin/")["Content-Security-Policy"]
    assert "emc.example" not in policy


@pytest.mark.parametrize(
    "url, key",
    [
        ("http://emc.example.gov.vn/emc.js", "abc"),
        ("https://user:pw@emc.example.gov.vn/emc.js", "abc"),
        ("javascript:alert(1)", "abc"),
        (SCRIPT, "khóa có dấu"),
        (SCRIPT, ""),
        ("", "abc"),
    ],
)
def test_a_bad_setting_is_refused_in_vietnamese_and_nothing_changes(url, key):
    host = HostSettings.load()
    host.monitoring_script_url, host.monitoring_site_key = url, key
    with translation.override("vi"), pytest.raises(ValidationError) as error:
        host.full_clean()
    assert all(any(ord(c) > 127 for c in message) for message in error.value.messages)
    assert HostSettings.load().monitoring_script_url == ""
