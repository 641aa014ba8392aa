"""Development only: demo accounts come paired with an authenticator whose
secret the demo prints, and ``manage.py demo_otp`` gives the current code,
so a newcomer enters the admin without a phone. Production refuses it."""

import io

import pytest
from django_otp.plugins.otp_totp.models import TOTPDevice

from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import translation

from board.factories import UserFactory
from operations.demo import LoginLine, pair_demo_authenticators
from security import checks
from security.services import two_factor

pytestmark = pytest.mark.django_db


def _code(username):
    out = io.StringIO()
    call_command("demo_otp", username, stdout=out, stderr=io.StringIO())
    return out.getvalue().strip()


def test_a_demo_account_enters_with_the_code_the_command_prints(settings):
    settings.DEMO_TWO_FACTOR = True
    user = UserFactory(username="tancuong.truongban")
    secret = two_factor.pair_demo_authenticator(user)
    assert len(secret.replace(" ", "")) == 32
    # The same secret on every run: an app paired once stays paired.
    assert two_factor.pair_demo_authenticator(user) == secret
    assert TOTPDevice.objects.filter(user=user).count() == 1

    code = _code("tancuong.truongban")
    assert code.isdigit() and len(code) == 6
    assert two_factor.verify(user, code) is not None


def test_the_demo_prints_a_secret_for_each_login(settings):
    settings.DEMO_TWO_FACTOR = True
    UserFactory(username="admin")
    UserFactory(username="tancuong.bientap")
    logins = [LoginLine("admin", "", ""), LoginLine("tancuong.bientap", "", "")]
    pair_demo_authenticators(logins)
    assert all(len(line.secret.replace(" ", "")) == 32 for line in logins)
    assert logins[0].secret != logins[1].secret


def test_an_account_that_paired_its_own_app_keeps_it(settings):
    settings.DEMO_TWO_FACTOR = True
    user = UserFactory()
    own = TOTPDevice.objects.create(user=user, name="authenticator", confirmed=True)
    assert two_factor.pair_demo_authenticator(user) is None
    assert list(TOTPDevice.objects.filter(user=user)) == [own]


def test_outside_development_there_is_no_demo_authenticator(settings):
    settings.DEMO_TWO_FACTOR = False
    user = UserFactory(username="tancuong.truongban")
    with pytest.raises(ImproperlyConfigured):
        two_factor.pair_demo_authenticator(user)
    with translation.override("vi"), pytest.raises(CommandError, match="cài đặt phát triển"):
        call_command("demo_otp", "tancuong.truongban", stdout=io.StringIO())


def test_demo_otp_names_an_unknown_account_in_vietnamese(settings):
    settings.DEMO_TWO_FACTOR = True
    with translation.override("vi"), pytest.raises(CommandError, match="khongco"):
        call_command("demo_otp", "khongco", stdout=io.StringIO())


def test_the_deploy_check_refuses_demo_authenticators_without_debug(settings):
    settings.DEBUG = False
    settings.DEMO_TWO_FACTOR = True
    assert [error.id for error in checks.demo_authenticators_stay_in_development(None)] == [
        "security.E001"
    ]
    settings.DEMO_TWO_FACTOR = False
    assert checks.demo_authenticators_stay_in_development(None) == []
