"""Shared fixtures: complete commune sites built by the provisioning service,
and the deadline items two boards are reminded of."""

import datetime

import pytest

from django.contrib.auth import get_user_model
from django.test import Client

from core.models import Role
from documents.factories import LegalDocumentPageFactory
from home.factories import CommuneSiteFactory
from news.factories import NewsPageFactory
from tests.helpers import member, section


@pytest.fixture(autouse=True)
def _media_and_cache(settings, tmp_path):
    from django.core.cache import cache

    from core import fragments, restrictions, routing
    from core import wagtail_speedups as site_paths
    from home import site_frame

    settings.MEDIA_ROOT = tmp_path / "media"
    cache.clear()
    # Rows a test made are rolled back without signals: nothing kept may outlive it.
    site_paths.forget()
    restrictions.forget()
    site_frame.forget()
    fragments.forget()
    routing.forget()
    yield
    cache.clear()
    site_paths.forget()
    restrictions.forget()
    site_frame.forget()
    fragments.forget()
    routing.forget()


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


@pytest.fixture
def site_client():
    """A client whose requests go to a given site's host name."""

    def make(site):
        return Client(HTTP_HOST=site.hostname)

    return make


@pytest.fixture
def boards(commune, other_commune):
    """Two communes, each with items due and late around Tết 2026."""
    member(commune, Role.HEAD, "tc.head")
    member(commune, Role.EDITOR, "tc.editor")
    member(commune, Role.CONTRIBUTOR, "tc.contributor")  # not a board member
    member(commune, Role.DEPUTY, "tc.noemail", email="")
    member(other_commune, Role.HEAD, "pt.head")
    items = {
        # due Wednesday 25 February (3 working days after Tết)
        "due": NewsPageFactory(
            parent=section(commune, "tin-tuc"),
            live=False,
            title="Hội nghị triển khai nhiệm vụ năm 2026",
            event_date=datetime.date(2026, 2, 13),
        ),
        # due Friday 13 February: late after Tết
        "late": LegalDocumentPageFactory(
            parent=section(commune, "van-ban"),
            live=False,
            title="Quyết định thành lập tổ công tác",
            signing_date=datetime.date(2026, 2, 12),
        ),
        # published: never reminded
        "published": NewsPageFactory(
            parent=section(commune, "tin-tuc"),
            title="Tin đã đăng",
            event_date=datetime.date(2026, 2, 12),
        ),
        "other": LegalDocumentPageFactory(
            parent=section(other_commune, "van-ban"),
            live=False,
            title="Kế hoạch của xã Phú Thạnh",
            signing_date=datetime.date(2026, 2, 11),
        ),
    }
    assert items["due"].due_date == datetime.date(2026, 2, 25)
    assert items["late"].due_date == datetime.date(2026, 2, 13)
    return items


@pytest.fixture
def editor_client(db):
    """The admin, signed in as a superuser (uploads through Wagtail's forms)."""
    admin = get_user_model().objects.create_superuser("quantri", "qt@example.gov.vn", "x")
    client = Client()
    client.force_login(admin)
    return client
