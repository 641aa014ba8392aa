"""Members in charge of sections: the head assigns them, each member's
dashboard shows the state of theirs, standing pages come due for review by
a rule kept as data, and the district sees the sections nobody holds."""

import datetime
import io

import pytest

from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from wagtail.models import Page

from board.models import Board, ReportSettings, SectionAssignment
from board.services.sections import states_for
from core.models import SupplyingUnit
from documents.factories import LegalDocumentPageFactory
from home.models import UnitContact
from tests.helpers import section

from .helpers import client_for
from .test_board_admin import board_data

pytestmark = pytest.mark.django_db


def _assign(site, slug, owner):
    return SectionAssignment.objects.create(
        board=Board.objects.get(site=site), section=slug, owner=owner
    )


def _published_months_ago(site, slug, months):
    """A standing page with content, last published ``months`` ago."""
    page = section(site, slug).specific
    if slug == "gioi-thieu":
        page.functions = "Chức năng, nhiệm vụ của Ủy ban nhân dân xã."
    elif slug == "lien-he":
        UnitContact.objects.create(page=page, kind="committee", name="Ủy ban nhân dân xã")
    elif slug == "thu-tuc-hanh-chinh":
        page.procedures = [("procedure", {"name": "Đăng ký khai sinh"})]
    page.save_revision().publish()
    when = timezone.now() - datetime.timedelta(days=31 * months)
    Page.objects.filter(pk=page.pk).update(last_published_at=when)


def _members(board):
    return [
        (board[role], role, office)
        for role, office in (
            ("head", "chairman"),
            ("deputy", "office_statistics"),
            ("editor", "radio"),
            ("content", "culture_society"),
        )
    ]


def test_the_head_assigns_sections_and_units_to_the_communes_people(
    commune, other_commune, board_a, board_b
):
    board = Board.objects.get(site=commune)
    url = reverse("wagtailsnippets_board_board:edit", args=(board.pk,))
    client = client_for(board_a["head"])
    foreign_unit = SupplyingUnit.objects.create(site=other_commune, name="Hội Nông dân Phú Thạnh")
    own_unit = SupplyingUnit.objects.create(site=commune, name="Hội Phụ nữ xã")
    members = [(m.user, m.role, m.office) for m in board.memberships.all()]

    def post(*assignments):
        return client.post(url, board_data(commune, members, assignments=assignments))

    for bad in (
        {"section": "tin-tuc", "unit": "", "owner": board_b["editor"].pk},  # another commune
        {"section": "", "unit": foreign_unit.pk, "owner": board_a["editor"].pk},
        {"section": "tin-tuc", "unit": own_unit.pk, "owner": board_a["editor"].pk},  # both
    ):
        assert post(bad).status_code == 200
        assert not SectionAssignment.objects.exists()

    response = post(
        {"section": "tin-tuc", "unit": "", "owner": board_a["editor"].pk},
        {"section": "", "unit": own_unit.pk, "owner": board_a["content"].pk},
    )
    assert response.status_code == 302
    assert {(a.section, a.unit, a.owner) for a in SectionAssignment.objects.all()} == {
        ("tin-tuc", None, board_a["editor"]),
        ("", own_unit, board_a["content"]),
    }


def test_a_members_dashboard_shows_the_state_of_their_sections(commune, board_a):
    editor = board_a["editor"]
    _assign(commune, "tin-tuc", editor)  # no news yet: empty
    _assign(commune, "gioi-thieu", editor)
    _assign(commune, "van-ban", editor)
    _published_months_ago(commune, "gioi-thieu", 7)  # past the 6-month review
    LegalDocumentPageFactory(
        parent=section(commune, "van-ban"),
        title="Quyết định chưa đăng",
        live=False,
        signing_date=timezone.localdate() - datetime.timedelta(days=30),
    )
    LegalDocumentPageFactory(parent=section(commune, "van-ban"), title="Quyết định đã đăng")
    states = {s.assignment.section: s.state for s in states_for(editor)}
    assert states == {"tin-tuc": "empty", "gioi-thieu": "review_late", "van-ban": "late"}

    home = client_for(editor).get(reverse("wagtailadmin_home")).content.decode()
    assert "Chuyên mục được giao phụ trách" in home
    assert "Quá hạn rà soát" in home and "Có tin, bài trễ hạn" in home
    assert (
        client_for(board_a["deputy"])
        .get(reverse("wagtailadmin_home"))
        .content.decode()
        .count("Chuyên mục được giao phụ trách")
        == 0
    )


def test_the_review_interval_is_data(commune, board_a):
    _assign(commune, "lien-he", board_a["editor"])
    _published_months_ago(commune, "lien-he", 7)
    assert [s.state for s in states_for(board_a["editor"])] == ["review_late"]
    settings = ReportSettings.load()
    settings.review_months = 12
    settings.save()
    assert [s.state for s in states_for(board_a["editor"])] == ["ok"]


def test_the_owner_is_told_once_a_day_of_a_page_past_its_review(commune, board_a):
    _assign(commune, "thu-tuc-hanh-chinh", board_a["content"])
    _published_months_ago(commune, "thu-tuc-hanh-chinh", 8)
    for _run in range(2):
        call_command("check_deadlines", stdout=io.StringIO())
    told = [m for m in mail.outbox if "rà soát" in m.subject]
    assert [m.to for m in told] == [[board_a["content"].email]]
    assert "Thủ tục hành chính" in told[0].subject


def test_the_district_sees_sections_nobody_holds(commune, board_a, district_admin):
    for slug in ("tin-tuc", "van-ban", "gioi-thieu"):
        _assign(commune, slug, board_a["editor"])
    html = client_for(district_admin).get(reverse("board:district_dashboard")).content.decode()
    assert "7 chuyên mục chưa giao thành viên phụ trách" in html
