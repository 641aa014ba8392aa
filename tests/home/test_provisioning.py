import pytest

from django.core.management import call_command
from django.core.management.base import CommandError

from wagtail.models import Collection, Page, Site

from core.models import SiteProfile
from home.services.provisioning import MANDATORY_SECTIONS

pytestmark = pytest.mark.django_db


def _counts():
    return Site.objects.count(), Page.objects.count(), Collection.objects.count()


def test_command_creates_complete_site(site_client):
    call_command("create_commune_site", hostname="tancuong.example.gov.vn", name="Xã Tân Cương")
    site = Site.objects.get(hostname="tancuong.example.gov.vn")
    slugs = list(site.root_page.get_children().live().values_list("slug", flat=True))
    assert slugs == [section.slug for section in MANDATORY_SECTIONS]
    assert SiteProfile.for_site(site).collection.name == "Xã Tân Cương"
    client = site_client(site)
    for section in MANDATORY_SECTIONS:
        assert client.get(f"/{section.slug}/").status_code == 200, section.slug


@pytest.mark.parametrize(
    ("hostname", "name"),
    [
        ("tancuong.example.gov.vn", "Xã Khác"),  # duplicate host name
        ("khac.example.gov.vn", "xã tân cương"),  # duplicate name, other case
        ("khac.example.gov.vn", "Xa Tan Cuong"),  # duplicate name without diacritics
        ("Tân Cương.gov.vn", "Xã Mới"),  # invalid host name
        ("moi.example.gov.vn", "   "),  # empty name
    ],
)
def test_command_refuses_bad_input_and_leaves_nothing(commune, hostname, name):
    before = _counts()
    with pytest.raises(CommandError):
        call_command("create_commune_site", hostname=hostname, name=name)
    assert _counts() == before


def test_failure_midway_leaves_nothing_half_made(monkeypatch, db):
    from home.services import provisioning
    from home.signals import site_created

    def explode(sender, site, home, **kwargs):
        raise RuntimeError("disk full")

    site_created.connect(explode, dispatch_uid="test.explode")
    before = _counts()
    try:
        with pytest.raises(RuntimeError):
            provisioning.create_site(hostname="x.example.gov.vn", name="Xã Lỗi")
    finally:
        site_created.disconnect(dispatch_uid="test.explode")
    assert _counts() == before
