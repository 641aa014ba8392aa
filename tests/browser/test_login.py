"""Logging in as a person does, in a real browser: password, then pairing
an authenticator app from the setup page, then the admin."""

from base64 import b32decode

import pytest
from django_otp.oath import totp

from board.factories import UserFactory

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
