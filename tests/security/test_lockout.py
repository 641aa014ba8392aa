"""Repeated failed logins lock the username and, separately, the address
(django-axes), and a right password is then refused too."""

import pytest

from django.conf import settings
from django.test import Client
from django.urls import reverse

from tests.board.helpers import denied

from .helpers import post_login

pytestmark = pytest.mark.django_db


def _fail(times, usernames, ip):
    for i in range(times):
        username = usernames[i % len(usernames)]
        response = post_login(Client(), username, "sai-mat-khau-1A", ip=ip)
        assert response.status_code in (200, 429)


def _logged_in(client):
    return "_auth_user_id" in client.session


def test_failures_lock_the_username_even_from_other_addresses(board_a):
    editor = board_a["editor"]
    limit = settings.AXES_FAILURE_LIMIT
    for i in range(limit):
        post_login(Client(), editor.username, "sai-mat-khau-1A", ip=f"198.51.100.{i + 1}")

    client = Client()
    response = post_login(client, editor.username, ip="192.0.2.99")
    assert response.status_code == 429
    page = response.content.decode()
    assert "Đăng nhập sai quá nhiều lần" in page
    assert "30 phút" in page
    assert not _logged_in(client)
    # Another account from that fresh address is not affected.
    other = Client()
    assert post_login(other, board_a["head"].username, ip="192.0.2.99").status_code == 302
    assert _logged_in(other)


def test_failures_lock_the_address_for_every_username(board_a):
    limit = settings.AXES_FAILURE_LIMIT
    guesses = [f"doan-{i}" for i in range(limit)]
    _fail(limit, guesses, ip="198.51.100.7")

    client = Client()
    assert post_login(client, board_a["head"].username, ip="198.51.100.7").status_code == 429
    assert not _logged_in(client)
    elsewhere = Client()
    assert post_login(elsewhere, board_a["head"].username, ip="192.0.2.1").status_code == 302


def test_below_the_limit_a_right_password_still_works(board_a):
    editor = board_a["editor"]
    _fail(settings.AXES_FAILURE_LIMIT - 1, [editor.username], ip="198.51.100.8")
    client = Client()
    assert post_login(client, editor.username, ip="198.51.100.8").status_code == 302
    assert _logged_in(client)


def test_district_admin_unlocks_a_locked_username(board_a, district_admin):
    editor = board_a["editor"]
    for i in range(settings.AXES_FAILURE_LIMIT):
        post_login(Client(), editor.username, "sai-mat-khau-1A", ip=f"198.51.100.{i + 1}")

    admin = Client()
    admin.force_login(district_admin)
    page = admin.get(reverse("security:login_protection")).content.decode()
    assert editor.username in page

    response = admin.post(
        reverse("security:lift_lockout"), {"kind": "username", "value": editor.username}
    )
    assert response.status_code == 302
    assert (
        f'value="{editor.username}"'
        not in admin.get(reverse("security:login_protection")).content.decode()
    )
    assert post_login(Client(), editor.username, ip="192.0.2.50").status_code == 302


def test_only_district_admins_see_or_lift_lockouts(board_a):
    head = Client()
    head.force_login(board_a["head"])
    assert denied(head.get(reverse("security:login_protection")))
    response = head.post(
        reverse("security:lift_lockout"), {"kind": "username", "value": board_a["editor"].username}
    )
    assert denied(response)


def test_unlocking_nothing_says_so(district_admin):
    admin = Client()
    admin.force_login(district_admin)
    response = admin.post(
        reverse("security:lift_lockout"), {"kind": "bogus", "value": "x"}, follow=True
    )
    assert response.status_code == 200
    assert "Không có gì để mở khóa" in response.content.decode()


def test_the_pause_ends_after_the_cool_off(board_a):
    from datetime import timedelta

    from axes.models import AccessAttempt

    editor = board_a["editor"]
    _fail(settings.AXES_FAILURE_LIMIT, [editor.username], ip="198.51.100.9")
    assert post_login(Client(), editor.username, ip="198.51.100.9").status_code == 429
    # The failures now lie 31 minutes back.
    for attempt in AccessAttempt.objects.all():
        attempt.attempt_time -= settings.AXES_COOLOFF_TIME + timedelta(minutes=1)
        attempt.save()
    client = Client()
    assert post_login(client, editor.username, ip="198.51.100.9").status_code == 302
    assert _logged_in(client)


def test_a_wrong_password_is_told_in_one_clear_vietnamese_sentence(client, django_user_model):
    django_user_model.objects.create_user("bientap.sai", password="Mot-mat-khau-dai-2026")
    response = client.post("/admin/login/", {"username": "bientap.sai", "password": "sai-mat-khau"})
    body = response.content.decode()
    assert "Tên đăng nhập hoặc mật khẩu không đúng. Vui lòng thử lại." in body
    assert "nhậpkhông" not in body and "Tên người dùng Tên" not in body
