"""Every admin URL asks for a second factor; recovery codes work once."""

from datetime import timedelta

import pytest
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from django.test import Client
from django.urls import NoReverseMatch, URLPattern, URLResolver, get_resolver, reverse
from django.utils import timezone

from security.middleware import EXEMPT_URL_NAMES
from tests.board.helpers import denied
from tests.helpers import section

from .helpers import confirmed_device, current_code, logged_in_with_two_factor, post_login

pytestmark = pytest.mark.django_db

SETUP = "/admin/2fa/setup/"
VERIFY = "/admin/2fa/verify/"


@pytest.fixture
def no_throttle(settings):
    """django-otp pauses a device after each wrong code; tests that mean to
    enter a wrong code and then a right one lift the pause (its own test below)."""
    settings.OTP_TOTP_THROTTLE_FACTOR = 0
    settings.OTP_STATIC_THROTTLE_FACTOR = 0


def _names(patterns, namespace=()):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            inner = (*namespace, pattern.namespace) if pattern.namespace else namespace
            yield from _names(pattern.url_patterns, inner)
        elif isinstance(pattern, URLPattern) and pattern.name:
            yield ":".join((*namespace, pattern.name))


def admin_urls_without_arguments():
    """Every named admin URL that reverses without arguments (Wagtail's own,
    the board's, the snippets', this app's), minus the second-factor steps."""
    urls = {}
    for name in set(_names(get_resolver().url_patterns)):
        if name in EXEMPT_URL_NAMES:
            continue
        try:
            url = reverse(name)
        except NoReverseMatch:
            continue
        if url.startswith("/admin/"):
            urls[name] = url
    return urls


@pytest.fixture
def admin_urls(commune):
    from home.models import Banner  # a snippet

    banner = Banner.objects.create(
        site=commune, text="Chào mừng", valid_until=timezone.now() + timedelta(days=7)
    )
    urls = admin_urls_without_arguments()
    news = section(commune, "tin-tuc")
    urls["page edit"] = reverse("wagtailadmin_pages:edit", args=(news.pk,))
    urls["page explore"] = reverse("wagtailadmin_explore", args=(commune.root_page.pk,))
    urls["snippet edit"] = reverse(
        f"wagtailsnippets_{Banner._meta.app_label}_{Banner._meta.model_name}:edit",
        args=(banner.pk,),
    )
    return urls


def test_every_admin_url_sends_an_account_without_authenticator_to_set_one_up(board_a, admin_urls):
    assert len(admin_urls) > 100, "the list should hold Wagtail's and the project's screens"
    assert {"accounts:accounts", "board:emergency_list", "wagtailadmin_home"} <= set(admin_urls)
    client = Client()
    client.force_login(board_a["head"], verified=False)
    for name, url in admin_urls.items():
        response = client.get(url)
        assert response.status_code == 302, name
        assert response.url.startswith(SETUP), name
    # POSTs too: the gate is before any view.
    response = client.post(reverse("accounts:account_action", args=(board_a["editor"].pk, "lock")))
    assert response.url.startswith(SETUP)
    board_a["editor"].refresh_from_db()
    assert board_a["editor"].is_active


def test_every_admin_url_asks_an_unverified_session_for_the_code(board_a, admin_urls):
    head = board_a["head"]
    TOTPDevice.objects.create(user=head, name="phone", confirmed=True)
    client = Client()
    client.force_login(head, verified=False)
    for name, url in admin_urls.items():
        response = client.get(url)
        assert response.status_code == 302, name
        assert response.url.startswith(VERIFY), name


def test_a_verified_session_gets_through(board_a, admin_urls):
    client = logged_in_with_two_factor(Client(), board_a["head"])
    for name in (
        "wagtailadmin_home",
        "accounts:accounts",
        "page edit",
        "snippet edit",
        "wagtailadmin_pages:search",
        "security:recovery_codes",
    ):
        assert client.get(admin_urls[name]).status_code == 200, name


def test_setting_up_an_authenticator(board_a, no_throttle):
    editor = board_a["editor"]
    client = Client()
    response = post_login(client, editor.username)
    assert response.status_code == 302
    response = client.get(response.url, follow=True)
    assert response.redirect_chain[-1][0].startswith(SETUP)
    page = response.content.decode()
    assert "<svg" in page and "otpauth" not in page.split("<svg")[0]
    device = TOTPDevice.objects.get(user=editor, confirmed=False)
    assert response.context["secret"].replace(" ", "") in page.replace(" ", "")

    # A wrong code confirms nothing.
    response = client.post(reverse("security:two_factor_setup"), {"token": "000000"})
    assert "Mã này không đúng" in response.content.decode()
    assert client.get("/admin/").status_code == 302

    response = client.post(
        reverse("security:two_factor_setup"), {"token": current_code(device), "next": "/admin/"}
    )
    codes = response.context["codes"]
    assert len(codes) == 10
    assert all(code in response.content.decode() for code in codes)
    assert client.get("/admin/").status_code == 200
    device.refresh_from_db()
    assert device.confirmed


def test_a_stolen_password_cannot_attach_another_phone(board_a):
    """The password alone reaches neither the setup page nor a new secret."""
    editor = board_a["editor"]
    TOTPDevice.objects.create(user=editor, name="phone", confirmed=True)
    client = Client()
    post_login(client, editor.username)
    response = client.get(reverse("security:two_factor_setup"))
    assert response.status_code == 302 and response.url.startswith(VERIFY)
    assert not TOTPDevice.objects.filter(user=editor, confirmed=False).exists()


def test_a_code_is_not_accepted_twice(board_a):
    """A code seen over someone's shoulder is already spent."""
    editor = board_a["editor"]
    logged_in_with_two_factor(Client(), editor)
    code = current_code(confirmed_device(editor))
    client = Client()
    post_login(client, editor.username)
    client.post(reverse("security:two_factor_verify"), {"token": code})
    assert client.get("/admin/").url.startswith(VERIFY)


def test_guessing_codes_is_throttled(board_a):
    editor = board_a["editor"]
    device = TOTPDevice.objects.create(user=editor, name="phone", confirmed=True)
    client = Client()
    post_login(client, editor.username)
    response = client.post(reverse("security:two_factor_verify"), {"token": "123456"})
    assert "Mã này không đúng" in response.content.decode()
    # Right after a wrong guess even the right code waits.
    client.post(reverse("security:two_factor_verify"), {"token": current_code(device)})
    assert client.get("/admin/").url.startswith(VERIFY)


def test_a_recovery_code_works_once(board_a, no_throttle):
    editor = board_a["editor"]
    client = Client()
    post_login(client, editor.username)
    device = TOTPDevice.objects.get_or_create(user=editor, confirmed=False)[0]
    codes = client.post(
        reverse("security:two_factor_setup"), {"token": current_code(device)}
    ).context["codes"]

    phone_lost = Client()
    post_login(phone_lost, editor.username)
    response = phone_lost.post(reverse("security:two_factor_verify"), {"token": codes[0].upper()})
    assert response.status_code == 302
    assert phone_lost.get("/admin/").status_code == 200
    assert StaticToken.objects.filter(device__user=editor).count() == 9

    again = Client()
    post_login(again, editor.username)
    response = again.post(reverse("security:two_factor_verify"), {"token": codes[0]})
    assert response.status_code == 200
    assert again.get("/admin/").url.startswith(VERIFY)
    response = again.post(reverse("security:two_factor_verify"), {"token": codes[1]})
    assert again.get("/admin/").status_code == 200


def test_new_recovery_codes_replace_the_old(board_a, no_throttle):
    editor = board_a["editor"]
    client = logged_in_with_two_factor(Client(), editor)
    old = [t.token for t in StaticToken.objects.filter(device__user=editor)]
    new = client.post(reverse("security:recovery_codes")).context["codes"]
    assert len(new) == 10
    assert not StaticToken.objects.filter(device__user=editor, token__in=old).exists()


def test_district_admin_resets_a_lost_phone(board_a, district_admin):
    editor = board_a["editor"]
    editor_session = logged_in_with_two_factor(Client(), editor)
    admin = Client()
    admin.force_login(district_admin)
    response = admin.post(
        reverse("security:reset_two_factor"), {"username": editor.username}, follow=True
    )
    assert response.status_code == 200
    assert not TOTPDevice.objects.filter(user=editor).exists()
    # Their open session ended; the next login asks for a new authenticator.
    assert reverse("wagtailadmin_login") in editor_session.get("/admin/").url
    client = Client()
    post_login(client, editor.username)
    assert client.get("/admin/").url.startswith(SETUP)


def test_a_head_cannot_reset_two_factor(board_a):
    TOTPDevice.objects.create(user=board_a["editor"], name="phone", confirmed=True)
    head = Client()
    head.force_login(board_a["head"])
    response = head.post(
        reverse("security:reset_two_factor"), {"username": board_a["editor"].username}
    )
    assert denied(response)
    assert TOTPDevice.objects.filter(user=board_a["editor"]).exists()


def test_the_public_site_is_not_gated(board_a, commune, site_client):
    client = site_client(commune)
    client.force_login(board_a["editor"], verified=False)
    assert client.get("/").status_code == 200


def test_the_next_address_cannot_leave_the_site(board_a):
    editor = board_a["editor"]
    device = TOTPDevice.objects.create(user=editor, name="phone", confirmed=True)
    client = Client()
    post_login(client, editor.username)
    response = client.post(
        reverse("security:two_factor_verify"),
        {"token": current_code(device), "next": "https://gia-mao.example.com/admin/"},
    )
    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_home")
