"""Boards and supplying units in the admin: composition refused with the
rule's message, members' roles granted on save, lists kept to one's sites."""

import datetime
import html

import pytest

from django.core.files.base import ContentFile
from django.urls import reverse
from django.utils import timezone, translation

from wagtail.documents import get_document_model
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from board.factories import UserFactory
from board.models import Board
from board.services.composition import RULES
from core.access import site_group
from core.factories import PdfDocumentFactory
from core.models import SupplyingUnit

from .helpers import client_for

pytestmark = pytest.mark.django_db

START = (timezone.localdate() - datetime.timedelta(days=3)).isoformat()


def board_data(site, members, document=None, assignments=()):
    decision = {"number": "63/QĐ-UBND", "date": START, "signer": "Phạm Tiến Sỹ"}
    if document is not None:
        decision["document"] = document.pk
    return nested_form_data(
        {
            "site": site.pk,
            "name": "",
            "decisions": inline_formset([decision]),
            "memberships": inline_formset(
                [
                    {"user": user.pk, "role": role, "office": office, "start_date": START}
                    for user, role, office in members
                ]
            ),
            "assignments": inline_formset(list(assignments)),
        }
    )


def _add(client, data):
    with translation.override("en"):
        return client.post(reverse("wagtailsnippets_board_board:add"), data)


def test_district_admin_creates_a_board_and_members_get_their_roles(commune, district_admin):
    head, deputy = UserFactory(), UserFactory()
    response = _add(
        client_for(district_admin),
        board_data(
            commune,
            [(head, "head", "chairman"), (deputy, "deputy", "office_statistics")],
            document=PdfDocumentFactory(),
        ),
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    board = Board.objects.get(site=commune)
    assert board.memberships.count() == 2
    assert head.groups.filter(pk=site_group(commune, "head").pk).exists()
    assert deputy.groups.filter(pk=site_group(commune, "deputy").pk).exists()
    # Its history is kept as revisions.
    assert board.revisions.count() == 1


def test_a_board_that_breaks_a_rule_is_refused_with_the_rule_named(commune, district_admin):
    head, other = UserFactory(), UserFactory()
    response = _add(
        client_for(district_admin),
        board_data(commune, [(head, "head", "culture_society"), (other, "editor", "radio")]),
    )
    assert response.status_code == 200
    body = html.unescape(response.content.decode())
    # The admin speaks Vietnamese: the rule's own message, in Vietnamese.
    with translation.override("vi"):
        expected = str(RULES["head_office"].message).split("%(")[0]
    assert expected in body
    assert not Board.objects.exists()
    assert not Board.objects.exists()
    assert not head.groups.exists()


def test_the_decision_pdf_is_checked_by_content(commune, district_admin):
    fake = get_document_model().objects.create(
        title="Giả PDF", file=ContentFile(b"not a pdf at all", name="quyet-dinh.pdf")
    )
    response = _add(
        client_for(district_admin),
        board_data(commune, [(UserFactory(), "head", "chairman")], document=fake),
    )
    assert response.status_code == 200
    assert not Board.objects.exists()


def test_heads_see_and_edit_only_their_board(commune, other_commune, board_a, board_b):
    client = client_for(board_a["head"])
    listing = client.get(reverse("wagtailsnippets_board_board:list")).content.decode()
    assert "Tân Cương" in listing and "Phú Thạnh" not in listing
    board_b_pk = Board.objects.get(site=other_commune).pk
    response = client.get(reverse("wagtailsnippets_board_board:edit", args=(board_b_pk,)))
    assert response.status_code == 404


def unit_data(site, name, suppliers=(), **fields):
    return nested_form_data(
        {
            "site": site.pk,
            "name": name,
            "kind": "unit",
            "leader_name": "",
            "leader_position": "",
            "leader_email": "",
            **fields,
            "suppliers": inline_formset(list(suppliers)),
        }
    )


def test_supplying_units_are_kept_to_the_site(commune, other_commune, board_a, board_b):
    SupplyingUnit.objects.create(site=other_commune, name="Hội Nông dân Phú Thạnh")
    client = client_for(board_a["deputy"])
    response = client.post(
        reverse("wagtailsnippets_core_supplyingunit:add"), unit_data(other_commune, "Đơn vị lạ")
    )
    assert response.status_code == 200  # B is not a choice for A's deputy
    assert not SupplyingUnit.objects.filter(name="Đơn vị lạ").exists()
    response = client.post(
        reverse("wagtailsnippets_core_supplyingunit:add"),
        unit_data(commune, "Đoàn Thanh niên", leader_name="Anh Nam"),
    )
    assert response.status_code == 302
    listing = client.get(reverse("wagtailsnippets_core_supplyingunit:list")).content.decode()
    assert "Đoàn Thanh niên" in listing and "Phú Thạnh" not in listing


def test_a_unit_has_its_leader_and_suppliers(commune, board_a, board_b):
    """The leader's position and official email, and the list of suppliers,
    whose accounts can only be people of the commune's own board."""
    client = client_for(board_a["head"])
    url = reverse("wagtailsnippets_core_supplyingunit:add")
    foreign = {"name": "Người xã khác", "email": "", "user": board_b["contributor"].pk}
    response = client.post(url, unit_data(commune, "Hội Phụ nữ xã", [foreign]))
    assert response.status_code == 200
    assert not SupplyingUnit.objects.filter(name="Hội Phụ nữ xã").exists()

    response = client.post(
        url,
        unit_data(
            commune,
            "Hội Phụ nữ xã",
            [
                {"name": "Nguyễn Thị Hoa", "email": "hoa@tancuong.gov.vn", "user": ""},
                {"name": "Lê Thị Mai", "email": "", "user": board_a["contributor"].pk},
            ],
            leader_name="Trần Thị Lan",
            leader_position="Chủ tịch Hội Phụ nữ xã",
            leader_email="lan@gmail.com",
        ),
    )
    assert response.status_code == 200  # a free mail service is not an official address
    assert "gmail.com" in html.unescape(response.content.decode())

    response = client.post(
        url,
        unit_data(
            commune,
            "Hội Phụ nữ xã",
            [
                {"name": "Nguyễn Thị Hoa", "email": "hoa@tancuong.gov.vn", "user": ""},
                {"name": "Lê Thị Mai", "email": "", "user": board_a["contributor"].pk},
            ],
            leader_name="Trần Thị Lan",
            leader_position="Chủ tịch Hội Phụ nữ xã",
            leader_email="lan@tancuong.gov.vn",
        ),
    )
    assert response.status_code == 302
    unit = SupplyingUnit.objects.get(name="Hội Phụ nữ xã")
    assert (unit.leader_position, unit.leader_email) == (
        "Chủ tịch Hội Phụ nữ xã",
        "lan@tancuong.gov.vn",
    )
    assert [(s.name, s.user) for s in unit.suppliers.all()] == [
        ("Nguyễn Thị Hoa", None),
        ("Lê Thị Mai", board_a["contributor"]),
    ]


def test_members_who_only_see_the_board_read_its_members(commune, board_a):
    response = client_for(board_a["editor"]).get(
        reverse("wagtailsnippets_board_board:inspect", args=(Board.objects.get(site=commune).pk,))
    )
    body = html.unescape(response.content.decode())
    assert response.status_code == 200
    assert board_a["head"].get_full_name() in body
    assert board_a["contributor"].get_full_name() in body
    # Editing needs the head's (or a district admin's) permission.
    response = client_for(board_a["editor"]).get(
        reverse("wagtailsnippets_board_board:edit", args=(Board.objects.get(site=commune).pk,))
    )
    assert response.status_code != 200
