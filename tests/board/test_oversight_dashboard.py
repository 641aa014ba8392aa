"""The district dashboard's figures against hand-made data, its screen and
who may see it and the reports."""

import datetime

import pytest

from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext

from board.factories import BoardDecisionFactory
from board.models import Board, EmergencyPublication, ReportSettings
from board.services.oversight import district_status, sort_statuses
from core.models import HostLevel, HostSettings
from home.models import Banner
from home.services.completeness import empty_sections
from questions.factories import QuestionFactory
from tests.board.helpers import client_for, denied
from tests.board.oversight_data import D, local, october

pytestmark = pytest.mark.django_db

TODAY = D(2026, 10, 20)


@pytest.fixture
def data(commune, other_commune, board_a):
    data = october(commune, other_commune)
    board = Board.objects.get(site=commune)
    board.memberships.update(start_date=D(2026, 8, 3))  # members since the decision
    BoardDecisionFactory(board=board, number="63/QĐ-UBND", date=D(2026, 8, 3))
    QuestionFactory(site=commune, due_date=D(2026, 10, 10))  # open, overdue on the 20th
    QuestionFactory(site=commune, due_date=D(2026, 10, 30))  # open, not yet due
    now = timezone.now()
    Banner.objects.create(
        site=commune,
        text="Chào mừng Đại hội",
        valid_from=now - datetime.timedelta(days=60),
        valid_until=now - datetime.timedelta(days=1),
    )
    Banner.objects.create(
        site=commune, text="Mừng Xuân", valid_until=now + datetime.timedelta(days=30)
    )
    EmergencyPublication.objects.create(site=commune, page=data.pages["n1"])
    return data


def by_name(statuses):
    return {s.site.site_name: s for s in statuses}


def test_dashboard_figures(data, commune, other_commune):
    statuses = by_name(district_status(today=TODAY))
    a, b = statuses["Xã Tân Cương"], statuses["Xã Phú Thạnh"]

    assert a.board_established and a.decision.number == "63/QĐ-UBND"
    assert a.members == 4  # head, deputy, editor, content member; contributors are not members
    assert a.composition_problems == []
    assert not b.board_established and b.board_id is None

    assert a.last_published == local(D(2026, 10, 26), 0, 10)
    assert b.last_published == local(D(2026, 10, 1))
    assert (a.published, a.with_photo, a.units, a.units_met) == (8, 6, 3, 1)
    # n2 and x1 published late in the period, u1 overdue and never published.
    assert (a.late, b.late) == (3, 0)
    assert (a.questions_open, a.questions_overdue) == (2, 1)
    assert (b.questions_open, b.questions_overdue) == (0, 0)
    assert (a.expired_banners, b.expired_banners) == (1, 0)
    assert (a.pending_emergencies, b.pending_emergencies) == (1, 0)
    assert (a.royalties, b.royalties) == (2_400_000, 150_000)


def test_empty_sections_agree_with_the_editors_panel(data, commune, other_commune):
    statuses = by_name(district_status(today=TODAY))
    for site in (commune, other_commune):
        expected = {page.pk for _section, page in empty_sections(site)}
        assert {pk for _title, pk in statuses[site.site_name].empty_sections} == expected
    news = commune.root_page.get_children().get(slug="tin-tuc").pk
    documents = commune.root_page.get_children().get(slug="van-ban").pk
    empty_in_a = {pk for _title, pk in statuses["Xã Tân Cương"].empty_sections}
    empty_in_b = {pk for _title, pk in statuses["Xã Phú Thạnh"].empty_sections}
    assert news not in empty_in_a and documents not in empty_in_a
    assert len(empty_in_b) == len(empty_in_a) + 1  # B's register of documents is empty


def test_a_section_taken_offline_is_reported(data, commune):
    news = commune.root_page.get_children().get(slug="tin-tuc")
    news.unpublish()
    (status,) = [s for s in district_status(today=TODAY) if s.site == commune]
    assert news.pk in {pk for _title, pk in status.empty_sections}


def test_board_breaking_a_rule_is_flagged(data, commune, board_a):
    membership = Board.objects.get(site=commune).memberships.get(role="deputy")
    membership.role = "head"
    membership.office = "vice_chairman"
    membership.save()
    (status,) = [s for s in district_status(today=TODAY) if s.site == commune]
    assert any("2" in problem for problem in status.composition_problems)


def test_sorting(data):
    statuses = district_status(today=TODAY)
    worst, _ordering = sort_statuses(statuses, None)
    assert worst[0].problems >= worst[1].problems
    by_late, _ordering = sort_statuses(statuses, "-late")
    assert [s.site.site_name for s in by_late] == ["Xã Tân Cương", "Xã Phú Thạnh"]
    by_late, _ordering = sort_statuses(statuses, "late")
    assert [s.site.site_name for s in by_late] == ["Xã Phú Thạnh", "Xã Tân Cương"]
    _rows, ordering = sort_statuses(statuses, "-nonsense")
    assert ordering == "-problems"


# ---------------------------------------------------------------------------
# Screens and who sees them
# ---------------------------------------------------------------------------


def test_district_admin_sees_every_commune_with_links(data, district_admin, commune):
    response = client_for(district_admin).get(reverse("board:district_dashboard"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Xã Tân Cương" in html and "Xã Phú Thạnh" in html
    assert "63/QĐ-UBND" in html
    assert f"?site={commune.pk}&amp;overdue=true" in html
    assert reverse("wagtailsnippets_board_board:edit", args=[data.a.board.pk]) in html
    assert reverse("board:report") + f"?site={commune.pk}" in html


def test_labels_follow_the_hosting_level(data, district_admin):
    HostSettings.objects.update_or_create(
        pk=HostSettings.load().pk, defaults={"level": HostLevel.PROVINCE}
    )
    response = client_for(district_admin).get(reverse("board:district_dashboard"))
    with translation.override("vi"):
        assert gettext("Province dashboard") in response.content.decode()


def test_dashboard_sorted_by_a_column(data, district_admin):
    response = client_for(district_admin).get(
        reverse("board:district_dashboard") + "?ordering=late"
    )
    html = response.content.decode()
    assert html.index("Xã Phú Thạnh") < html.index("Xã Tân Cương")
    assert 'aria-sort="ascending"' in html


@pytest.mark.parametrize("role", ["head", "editor", "contributor"])
def test_commune_members_cannot_see_the_dashboard(board_a, role):
    response = client_for(board_a[role]).get(reverse("board:district_dashboard"))
    assert denied(response)


def test_an_editor_sees_the_own_communes_report_only(data, board_a, other_commune):
    client = client_for(board_a["editor"])
    response = client.get(reverse("board:report") + "?month=2026-10")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Đoàn Thanh niên xã" in html and "Hoàng Văn Em" not in html
    other = client.get(reverse("board:report") + f"?site={other_commune.pk}&month=2026-10")
    assert other.status_code == 404
    export = client.get(reverse("board:report") + f"?site={other_commune.pk}&format=csv")
    assert export.status_code == 404


def test_a_contributor_gets_no_report(board_a):
    assert denied(client_for(board_a["contributor"]).get(reverse("board:report")))


def test_report_screen_and_downloads(data, district_admin):
    client = client_for(district_admin)
    response = client.get(reverse("board:report") + "?month=2026-10")
    html = response.content.decode()
    assert response.status_code == 200
    assert "<svg" in html and 'role="img"' in html
    assert "Xã Tân Cương: 8" in html  # the chart's text alternative
    xlsx = client.get(reverse("board:report") + "?month=2026-10&format=xlsx")
    assert xlsx["Content-Type"].startswith("application/vnd.openxmlformats")
    assert "bao-cao-all-20260926-20261025.xlsx" in xlsx["Content-Disposition"]
    csv = client.get(reverse("board:report") + f"?month=2026-10&site={data.a.pk}&format=csv")
    assert "Hội Nông dân xã" in csv.content.decode("utf-8-sig")


def test_a_bad_month_on_screen_is_a_message_not_an_error(district_admin, commune):
    response = client_for(district_admin).get(
        reverse("board:report") + "?month=2026-13&format=xlsx"
    )
    assert response.status_code == 200
    assert "YYYY-MM" in response.content.decode()
    assert response["Content-Type"].startswith("text/html")


@pytest.mark.parametrize("model", ["reportsettings", "royaltyrates"])
def test_district_admins_keep_quotas_and_royalty_rates(district_admin, board_a, model):
    from django.apps import apps

    pk = apps.get_model("board", model).load().pk
    url = reverse("wagtailsettings:edit", args=["board", model, pk])
    assert client_for(district_admin).get(url).status_code == 200
    assert denied(client_for(board_a["head"]).get(url))


def test_a_report_day_past_the_28th_is_refused(district_admin):
    pk = ReportSettings.load().pk
    url = reverse("wagtailsettings:edit", args=["board", "reportsettings", pk])
    response = client_for(district_admin).post(
        url, {"period_end_day": "31", "unit_quota": "2", "radio_quota": "15"}
    )
    assert response.status_code == 200  # the form again, with its error
    assert ReportSettings.load().period_end_day == 25
