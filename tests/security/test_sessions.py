"""Sessions end after inactivity and when the password changes; visitors get none."""

import datetime
from unittest import mock

import pytest

from django.conf import settings
from django.test import Client
from django.urls import reverse
from django.utils import timezone

pytestmark = pytest.mark.django_db


def _at(moment):
    """Run requests as if the clock showed ``moment`` (session expiry reads timezone.now)."""
    return mock.patch("django.utils.timezone.now", return_value=moment)


def _signed_in(client):
    response = client.get(reverse("wagtailadmin_home"))
    if response.status_code == 200:
        return True
    assert reverse("wagtailadmin_login") in response.url
    return False


def test_session_ends_after_inactivity_and_activity_keeps_it(board_a):
    assert settings.SESSION_COOKIE_AGE == 30 * 60
    start = timezone.now()
    client = Client()
    with _at(start):
        client.force_login(board_a["editor"])
        assert _signed_in(client)
    with _at(start + datetime.timedelta(minutes=20)):
        assert _signed_in(client)  # working: the 30 minutes start again
    with _at(start + datetime.timedelta(minutes=45)):
        assert _signed_in(client)
    with _at(start + datetime.timedelta(minutes=76)):
        assert not _signed_in(client)  # 31 minutes away from the desk


def test_an_untouched_session_ends_after_30_minutes(board_a):
    start = timezone.now()
    client = Client()
    with _at(start):
        client.force_login(board_a["editor"])
    with _at(start + datetime.timedelta(minutes=31)):
        assert not _signed_in(client)


def test_anonymous_visitors_get_no_session_cookie(commune, site_client):
    client = site_client(commune)
    for path in ("/", "/tin-tuc/", "/tim-kiem/?q=x"):
        response = client.get(path)
        assert response.status_code == 200, path
        assert settings.SESSION_COOKIE_NAME not in response.cookies, path


def test_password_change_ends_the_other_sessions(board_a):
    editor = board_a["editor"]
    here, elsewhere = Client(), Client()
    here.force_login(editor)
    elsewhere.force_login(editor)
    assert _signed_in(here) and _signed_in(elsewhere)

    response = here.post(
        reverse("accounts:change_password"),
        {"new_password1": "Doi-mat-khau-2026", "new_password2": "Doi-mat-khau-2026"},
    )
    assert response.status_code == 302
    assert _signed_in(here)
    assert not _signed_in(elsewhere)


def test_uniform_passwords_are_refused_in_vietnamese(board_a):
    client = Client()
    client.force_login(board_a["editor"])
    response = client.post(
        reverse("accounts:change_password"),
        {"new_password1": "matkhaumoixa2026", "new_password2": "matkhaumoixa2026"},
    )
    assert response.status_code == 200
    assert "Mật khẩu phải kết hợp ít nhất 3" in response.content.decode()
    board_a["editor"].refresh_from_db()
    assert board_a["editor"].check_password("mat-khau-thu-nghiem")
