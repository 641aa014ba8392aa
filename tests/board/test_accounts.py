"""Lock an account, or force a password reset, at once (S3 Điều 6)."""

import pytest

from django.contrib.auth import authenticate
from django.test import Client
from django.urls import reverse

from .helpers import client_for, denied

pytestmark = pytest.mark.django_db

PASSWORD = "mat-khau-thu-nghiem"


def _logged_in(username, password=PASSWORD):
    """The login form, then the second factor (tests/security/helpers.py)."""
    from django.contrib.auth import get_user_model

    from tests.security.helpers import logged_in_with_two_factor

    user = get_user_model().objects.get(username=username)
    return logged_in_with_two_factor(Client(), user, password)


def test_head_locks_a_member_who_is_logged_out_at_once(commune, board_a):
    editor, head = board_a["editor"], board_a["head"]
    session = _logged_in(editor.username)
    assert session.get(reverse("wagtailadmin_home")).status_code == 200

    response = client_for(head).post(
        reverse("accounts:account_action", args=(editor.pk, "lock")), {"reason": "Lộ mật khẩu"}
    )
    assert response.status_code == 302
    editor.refresh_from_db()
    assert not editor.is_active
    # The open session has ended and the password no longer logs in.
    response = session.get(reverse("wagtailadmin_home"))
    assert response.status_code == 302 and reverse("wagtailadmin_login") in response.url
    assert authenticate(username=editor.username, password=PASSWORD) is None

    client_for(head).post(reverse("accounts:account_action", args=(editor.pk, "unlock")))
    editor.refresh_from_db()
    assert editor.is_active


def test_forced_reset_makes_the_member_choose_a_new_password(commune, board_a):
    contributor, head = board_a["contributor"], board_a["head"]
    session = _logged_in(contributor.username)
    response = client_for(head).post(
        reverse("accounts:account_action", args=(contributor.pk, "reset"))
    )
    assert response.status_code == 200
    temporary = response.context["temporary"]
    # Old password and old session are gone.
    assert authenticate(username=contributor.username, password=PASSWORD) is None
    assert session.get(reverse("wagtailadmin_home")).status_code == 302

    # At the next login, every admin page leads to the password form.
    client = _logged_in(contributor.username, temporary)
    response = client.get(reverse("wagtailadmin_pages:search"))
    assert response.status_code == 302 and response.url == reverse("accounts:change_password")
    new = "Mat-khau-moi-2026!"
    client.post(reverse("accounts:change_password"), {"new_password1": new, "new_password2": new})
    assert client.get(reverse("wagtailadmin_home")).status_code == 200
    assert authenticate(username=contributor.username, password=new) is not None


def test_only_the_own_head_or_a_district_admin_may_lock(
    commune, other_commune, board_a, board_b, district_admin
):
    target = board_a["editor"]
    for outsider in (board_b["head"], board_a["deputy"], board_a["contributor"]):
        response = client_for(outsider).post(
            reverse("accounts:account_action", args=(target.pk, "lock"))
        )
        assert denied(response), outsider
    target.refresh_from_db()
    assert target.is_active
    # A head cannot lock a district admin either.
    assert denied(
        client_for(board_a["head"]).post(
            reverse("accounts:account_action", args=(district_admin.pk, "lock"))
        )
    )
    client_for(district_admin).post(reverse("accounts:account_action", args=(target.pk, "lock")))
    target.refresh_from_db()
    assert not target.is_active


def test_head_lists_only_their_board(commune, board_a, board_b):
    response = client_for(board_a["head"]).get(reverse("accounts:accounts"))
    body = response.content.decode()
    assert board_a["editor"].username in body
    assert board_b["editor"].username not in body
