"""District admins create a complete commune site from the admin; nobody
else can, and a refusal leaves nothing behind."""

import pytest

from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse
from django.utils import translation

from wagtail.models import Collection, Page, Site, Workflow

from board.factories import UserFactory
from board.models import BoardMembership
from core.access import site_group
from core.models import Role, SiteProfile
from home.services.provisioning import MANDATORY_SECTIONS

from .helpers import client_for

pytestmark = pytest.mark.django_db

URL = "/admin/board/communes/new/"


def _counts():
    return (
        Site.objects.count(),
        Page.objects.count(),
        Collection.objects.count(),
        Group.objects.count(),
        Workflow.objects.count(),
        BoardMembership.objects.count(),
    )


def _post(client, **data):
    form = {"name": "Xã Mường Lói", "hostname": "muongloi.dienbien.gov.vn", "agency_name": ""}
    form.update(data)
    with translation.override("vi"):
        return client.post(URL, form, HTTP_ACCEPT_LANGUAGE="vi")


def test_a_district_admin_creates_a_complete_commune_with_its_head(district_admin, commune):
    head = UserFactory(username="muongloi.truongban")
    client = client_for(district_admin)
    assert client.get(URL).status_code == 200

    response = _post(client, head=head.pk, agency_name="UBND xã Mường Lói")

    site = Site.objects.get(hostname="muongloi.dienbien.gov.vn")
    assert response.status_code == 302
    assert response["Location"] == reverse("board:commune_checklist", args=[site.pk])
    assert site.site_name == "Xã Mường Lói"
    slugs = set(site.root_page.get_children().values_list("slug", flat=True))
    assert slugs == {section.slug for section in MANDATORY_SECTIONS}
    assert SiteProfile.for_site(site).agency_name == "UBND xã Mường Lói"
    assert head.groups.filter(pk=site_group(site, Role.HEAD).pk).exists()
    # The public home and every mandatory section answer on its host at once.
    public = Client(HTTP_HOST="muongloi.dienbien.gov.vn")
    assert public.get("/").status_code == 200
    for section in MANDATORY_SECTIONS:
        assert public.get(f"/{section.slug}/").status_code == 200, section.slug

    checklist = client.get(response["Location"], HTTP_ACCEPT_LANGUAGE="vi").content.decode()
    assert "Xã Mường Lói" in checklist
    assert "muongloi.dienbien.gov.vn" in checklist


@pytest.mark.parametrize(
    "data, field",
    [
        ({"hostname": "tancuong.example.gov.vn", "name": "Xã Mới"}, "hostname"),
        ({"name": "Xa Tan Cuong"}, "name"),
        ({"name": "xã tân cương"}, "name"),
        ({"hostname": "xã mới.gov.vn"}, "hostname"),
        ({"hostname": "muong loi.gov.vn"}, "hostname"),
        ({"name": "  "}, "name"),
    ],
)
def test_a_duplicate_or_malformed_commune_is_refused_and_nothing_is_made(
    district_admin, commune, data, field
):
    before = _counts()
    response = _post(client_for(district_admin), **data)
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert field in errors
    assert all(ord(max(message)) > 127 or "“" in message for message in errors[field])
    assert _counts() == before


def test_a_board_member_cannot_reach_the_form(commune, board_a):
    before = _counts()
    client = client_for(board_a["head"])
    assert client.get(URL).status_code == 403
    assert _post(client).status_code == 403
    assert client.get(reverse("board:commune_checklist", args=[commune.pk])).status_code == 403
    assert _counts() == before


def test_wagtails_bare_add_site_leads_to_the_commune_form(district_admin):
    response = client_for(district_admin).get(reverse("wagtailsites:add"))
    assert response.status_code == 302
    assert response["Location"] == URL
