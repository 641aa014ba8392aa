"""Shared fixtures: complete commune sites built by the provisioning service."""

import pytest

from django.test import Client

from home.factories import CommuneSiteFactory


@pytest.fixture(autouse=True)
def _media_and_cache(settings, tmp_path):
    from django.core.cache import cache

    from core import restrictions
    from core import wagtail_speedups as site_paths
    from home import site_frame

    settings.MEDIA_ROOT = tmp_path / "media"
    cache.clear()
    # Rows a test made are rolled back without signals: nothing kept may outlive it.
    site_paths.forget()
    restrictions.forget()
    site_frame.forget()
    yield
    cache.clear()
    site_paths.forget()
    restrictions.forget()
    site_frame.forget()


@pytest.fixture(autouse=True)
def _force_login_passes_two_factor(monkeypatch):
    """Every admin URL needs a second factor (security app), in tests too.
    ``client.force_login(user)`` therefore also gives ``user`` a real,
    confirmed TOTP device and marks the session verified with it, exactly as
    django_otp.login does after a right code. ``force_login(user,
    verified=False)`` leaves the second step to the test."""
    original = Client.force_login

    def force_login(self, user, backend=None, verified=True):
        original(self, user, backend)
        if verified:
            from django_otp import DEVICE_ID_SESSION_KEY
            from django_otp.plugins.otp_totp.models import TOTPDevice

            device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
            device = device or TOTPDevice.objects.create(user=user, name="test", confirmed=True)
            session = self.session
            session[DEVICE_ID_SESSION_KEY] = device.persistent_id
            session.save()

    monkeypatch.setattr(Client, "force_login", force_login)


@pytest.fixture
def commune(db):
    """A complete commune site: Xã Tân Cương at tancuong.example.gov.vn."""
    return CommuneSiteFactory(hostname="tancuong.example.gov.vn", name="Xã Tân Cương")


@pytest.fixture
def other_commune(db):
    return CommuneSiteFactory(hostname="phuthanh.example.gov.vn", name="Xã Phú Thạnh")


def section(site, slug):
    """The mandatory section ``slug`` of ``site``, as its specific page."""
    return site.root_page.get_children().get(slug=slug).specific


@pytest.fixture
def site_client():
    """A client whose requests go to a given site's host name."""

    def make(site):
        return Client(HTTP_HOST=site.hostname)

    return make
