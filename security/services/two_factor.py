"""Second factor: an authenticator app (TOTP) plus single-use recovery codes.

Plain functions on django-otp's devices, used by the admin views, the
district admins' reset and the tests alike.
"""

import hashlib
import time
from base64 import b32encode

import qrcode
import qrcode.image.svg
from django_otp import devices_for_user, user_has_device
from django_otp.oath import TOTP
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import transaction

from wagtail.log_actions import log

from security.services.accounts import end_sessions

RECOVERY_CODE_COUNT = 10
RESET_ACTION = "security.two_factor.reset"
DEMO_DEVICE_NAME = "demo"


def pending_totp_device(user):
    """The unconfirmed authenticator being set up: the same one on every
    reload of the setup page, so the QR code does not change under the user."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("pk").first()
    return device or TOTPDevice.objects.create(user=user, name="authenticator", confirmed=False)


def secret_base32(device):
    """The secret as authenticator apps take it when typed in, in groups of four."""
    secret = b32encode(device.bin_key).decode("ascii")
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


def qr_svg(device):
    """The otpauth:// URL as an inline SVG: no image service, no file."""
    image = qrcode.make(device.config_url, image_factory=qrcode.image.svg.SvgPathImage)
    return image.to_string(encoding="unicode")


def normalise(token):
    return "".join((token or "").split()).lower()


@transaction.atomic
def confirm_totp_device(device, token):
    """Confirm ``device`` if ``token`` is its current code; then it replaces
    any earlier authenticator, and fresh recovery codes are made. Returns the
    codes (shown once), or None for a wrong code."""
    if not device.verify_token(normalise(token)):
        return None
    user = device.user
    TOTPDevice.objects.filter(user=user).exclude(pk=device.pk).delete()
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    return new_recovery_codes(user)


@transaction.atomic
def new_recovery_codes(user):
    """Replace the recovery codes of ``user``; each works once."""
    StaticDevice.objects.filter(user=user).delete()
    device = StaticDevice.objects.create(user=user, name="recovery", confirmed=True)
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODE_COUNT)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes


def remaining_recovery_codes(user):
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()


@transaction.atomic
def verify(user, token):
    """The confirmed device that accepts ``token`` (a code from the app or a
    recovery code, which is then used up), or None. django-otp throttles each
    device after failures."""
    token = normalise(token)
    if not token:
        return None
    for device in devices_for_user(user, confirmed=True, for_verify=True):
        if device.verify_token(token):
            return device
    return None


@transaction.atomic
def reset_two_factor(user, actor):
    """A lost phone: remove every device of ``user`` and end their sessions,
    so their next login asks to set up a new authenticator."""
    for device in devices_for_user(user, confirmed=None):
        device.delete()
    end_sessions(user)
    log(instance=user, action=RESET_ACTION, user=actor)


def _demo_key(user):
    """The same key on every run of the demo for the same account and
    SECRET_KEY, so an app paired with the printed secret stays paired."""
    seed = f"demo-authenticator:{user.username}:{settings.SECRET_KEY}"
    return hashlib.sha256(seed.encode()).hexdigest()[:40]


@transaction.atomic
def pair_demo_authenticator(user):
    """Development only (DEMO_TWO_FACTOR): give a demo account a confirmed
    authenticator whose secret the demo prints, so that a newcomer enters the
    admin without a phone (``manage.py demo_otp``). An account that paired
    its own authenticator keeps it; returns the secret, or None then."""
    if not settings.DEMO_TWO_FACTOR:
        raise ImproperlyConfigured("Demo authenticators exist only with DEMO_TWO_FACTOR.")
    device = TOTPDevice.objects.filter(user=user, name=DEMO_DEVICE_NAME, confirmed=True).first()
    if device is None:
        if user_has_device(user, confirmed=True):
            return None
        device = TOTPDevice.objects.create(
            user=user, name=DEMO_DEVICE_NAME, key=_demo_key(user), confirmed=True
        )
    return secret_base32(device)


def demo_device(user):
    return TOTPDevice.objects.filter(user=user, name=DEMO_DEVICE_NAME, confirmed=True).first()


def current_code(device, at=None):
    """The code an authenticator app shows now for ``device``, and the
    seconds it stays valid."""
    now = time.time() if at is None else at
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = now
    remaining = device.step - int(now - device.t0) % device.step
    return f"{totp.token():0{device.digits}d}", remaining
