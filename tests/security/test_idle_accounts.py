"""Accounts unused for 45 days are locked: at login and by the daily command."""

import datetime
from io import StringIO

import pytest

from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from security.models import AccountSecurity

from .helpers import post_login

pytestmark = pytest.mark.django_db


def _last_used(user, days):
    moment = timezone.now() - datetime.timedelta(days=days)
    type(user).objects.filter(pk=user.pk).update(
        last_login=moment, date_joined=moment - datetime.timedelta(days=300)
    )
    user.refresh_from_db()


def test_idle_46_days_is_locked_at_login(board_a):
    editor = board_a["editor"]
    _last_used(editor, 46)
    client = Client()
    response = post_login(client, editor.username)
    assert response.status_code == 200  # the login form again, saying why
    assert "bị khóa sau 45 ngày không sử dụng" in response.content.decode()
    assert "_auth_user_id" not in client.session
    editor.refresh_from_db()
    assert not editor.is_active
    security = AccountSecurity.objects.get(user=editor)
    assert security.locked_at is not None and "45" in security.reason


def test_idle_44_days_logs_in(board_a):
    editor = board_a["editor"]
    _last_used(editor, 44)
    assert post_login(Client(), editor.username).status_code == 302
    editor.refresh_from_db()
    assert editor.is_active


def test_a_wrong_password_does_not_reveal_or_lock_an_idle_account(board_a):
    editor = board_a["editor"]
    _last_used(editor, 46)
    post_login(Client(), editor.username, "sai-mat-khau-1A")
    editor.refresh_from_db()
    assert editor.is_active  # the daily command will lock it; no account state leaks


def test_daily_command_locks_only_the_idle(board_a):
    idle, recent, never = board_a["editor"], board_a["deputy"], board_a["contributor"]
    _last_used(idle, 46)
    _last_used(recent, 44)
    type(never).objects.filter(pk=never.pk).update(
        last_login=None, date_joined=timezone.now() - datetime.timedelta(days=50)
    )
    out = StringIO()
    call_command("lock_idle_accounts", stdout=out)
    for user in (idle, recent, never):
        user.refresh_from_db()
    assert not idle.is_active and not never.is_active
    assert recent.is_active
    assert idle.username in out.getvalue() and recent.username not in out.getvalue()


def test_dry_run_locks_nothing(board_a):
    idle = board_a["editor"]
    _last_used(idle, 46)
    out = StringIO()
    call_command("lock_idle_accounts", "--dry-run", stdout=out)
    idle.refresh_from_db()
    assert idle.is_active and idle.username in out.getvalue()


def test_unlocked_by_the_head_the_account_logs_in_again(board_a):
    editor, head = board_a["editor"], board_a["head"]
    _last_used(editor, 46)
    post_login(Client(), editor.username)
    editor.refresh_from_db()
    assert not editor.is_active

    head_client = Client()
    head_client.force_login(head)
    head_client.post(reverse("accounts:account_action", args=(editor.pk, "unlock")))
    editor.refresh_from_db()
    assert editor.is_active
    assert post_login(Client(), editor.username).status_code == 302
    call_command("lock_idle_accounts", stdout=StringIO())
    editor.refresh_from_db()
    assert editor.is_active


def test_operator_unlocks_from_the_shell(board_a):
    editor = board_a["editor"]
    _last_used(editor, 46)
    post_login(Client(), editor.username)
    call_command("unlock_account", editor.username, "--reset-two-factor", stdout=StringIO())
    editor.refresh_from_db()
    assert editor.is_active
    assert post_login(Client(), editor.username).status_code == 302


def test_unlocking_an_unknown_account_fails_clearly(db):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="nobody"):
        call_command("unlock_account", "nobody", stdout=StringIO())
