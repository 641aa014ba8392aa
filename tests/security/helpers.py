"""Logging in the way a person does: the login form, then the second step."""

from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from django.urls import reverse

PASSWORD = "mat-khau-thu-nghiem"  # board.factories.UserFactory's


def post_login(client, username, password=PASSWORD, ip="203.0.113.10"):
    return client.post(
        reverse("wagtailadmin_login"),
        {"username": username, "password": password},
        REMOTE_ADDR=ip,
    )


def current_code(device):
    """The code the user's authenticator app shows now (RFC 6238)."""
    return f"{totp(device.bin_key, device.step, device.t0, device.digits, device.drift):0{device.digits}d}"


def confirmed_device(user):
    return TOTPDevice.objects.get(user=user, confirmed=True)


def logged_in_with_two_factor(client, user, password=PASSWORD):
    """Password through the form, then a code from a (new) authenticator."""
    response = post_login(client, user.get_username(), password)
    assert response.status_code == 302, "password refused"
    # A new device each time: a code, once used, is refused for the rest of its 30 s.
    device = TOTPDevice.objects.create(user=user, name="phone", confirmed=True)
    response = client.post(reverse("security:two_factor_verify"), {"token": current_code(device)})
    assert response.status_code == 302, "second factor refused"
    return client
