"""Logging in as a person does, in a real browser: password, then pairing
an authenticator app from the setup page, then the admin."""

import io
from base64 import b32decode

import pytest
from django_otp.oath import totp

from django.core.management import call_command

from board.factories import UserFactory, full_board
from security.services.two_factor import pair_demo_authenticator

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PASSWORD = "Mat-khau-thu-2026"


def app_code(secret_text):
    """What an authenticator app shows for the secret typed from the page."""
    key = b32decode(secret_text.replace(" ", ""))
    return f"{totp(key):06d}"


def test_first_login_pairs_an_authenticator_then_reaches_the_admin(browser_commune, new_page):
    UserFactory(username="tancuong.bientap", password=PASSWORD, is_superuser=True)
    page = new_page()
    page.goto(browser_commune["url"] + "/admin/login/")
    page.fill("input[name=username]", "tancuong.bientap")
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")

    page.wait_for_url("**/admin/2fa/setup/**")
    assert page.locator(".security-qr svg").count() == 1
    secret = page.locator("code[data-secret]").inner_text()
    page.fill("input[name=token]", app_code(secret))
    page.click("button[type=submit]")

    page.wait_for_selector(".security-recovery-codes code")
    codes = page.locator(".security-recovery-codes code").all_inner_texts()
    assert len(codes) == 10
    page.click("text=Tôi đã lưu lại, tiếp tục")
    page.wait_for_url("**/admin/")
    assert page.locator("#wagtail-sidebar, [data-side-panel], .sidebar").count() >= 1


def test_the_head_of_a_board_enters_the_demo_admin_without_a_phone(
    browser_commune, new_page, settings
):
    """README's way in: the password, then the code `manage.py demo_otp`
    prints for the demo account (development settings only)."""
    settings.DEMO_TWO_FACTOR = True
    head = full_board(browser_commune["site"], prefix="tancuong")["head"]
    pair_demo_authenticator(head)

    page = new_page()
    page.goto(browser_commune["url"] + "/admin/login/")
    page.fill("input[name=username]", head.username)
    page.fill("input[name=password]", "mat-khau-thu-nghiem")
    page.click("button[type=submit]")
    page.wait_for_url("**/admin/2fa/verify/**")
    out = io.StringIO()
    call_command("demo_otp", head.username, stdout=out, stderr=io.StringIO())
    page.fill("input[name=token]", out.getvalue().strip())
    page.click("button[type=submit]")
    page.wait_for_url("**/admin/")
    assert page.locator("h1").first.inner_text() == "Xã Tân Cương"
    assert page.get_by_role("link", name="Tài khoản").count() >= 1
