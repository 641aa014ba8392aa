"""The board's records (requirements S3, Điều 4): the yearly plan, meetings
with decisions followed up on the dashboard, and periodic reports to the
Party committee made from the data, editable until filed and then kept as
issued."""

import datetime
import io

import pytest
from openpyxl import load_workbook

from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone, translation

from wagtail.models import Site
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from board.models import BoardMeeting, MeetingDecision, PartyReport
from board.services import records
from board.services.reports import build_report, period_for_month
from tests.board.oversight_data import october

from .helpers import client_for, denied

pytestmark = pytest.mark.django_db

FIGURES = ("supplied", "published", "on_time", "late", "with_photo")


def _report(site, **fields):
    fields = {"kind": "quarterly", "year": 2026, "number": 4, **fields}
    return PartyReport.objects.create(site=site, **fields)


def _cells(report, title):
    return next(rows for table_title, _headers, rows in report.tables if table_title == title)


def _months_added_up(site, months, key, rows_of, year=2026):
    sums = {}
    for month in months:
        for row in rows_of(build_report(period_for_month(year, month), site=site)):
            figures = sums.setdefault(getattr(row, key), [0] * len(FIGURES))
            for i, name in enumerate(FIGURES):
                figures[i] += getattr(row, name)
    return sums


@pytest.mark.slow
def test_the_demo_communes_quarter_is_its_three_months_added_up():
    with translation.override("vi"):
        call_command("demo", stdout=io.StringIO())
    site = Site.objects.get(hostname="tancuong.localhost")
    with translation.override("vi"):
        # The demo's own draft report of this quarter.
        report = records.refresh(PartyReport.objects.get(site=site, kind="quarterly"))
        units = {row[0]: row[1:6] for row in _cells(report, "Đơn vị cung cấp tin")}
        people = {row[0]: row[1:6] for row in _cells(report, "Tác giả, người cung cấp tin")}
    months = report.months()
    year = report.year
    expected_units = _months_added_up(site, months, "unit", lambda r: r.units, year)
    assert units == expected_units
    assert sum(sum(figures) for figures in units.values()) > 0  # the demo has supply
    by_person = {}
    for month in months:
        for item in build_report(period_for_month(year, month), site=site).items:
            for person in item.authors:
                figures = by_person.setdefault(person, [0] * len(FIGURES))
                for i, value in enumerate(
                    (item.supplied, item.published, item.on_time, item.late, item.photo)
                ):
                    figures[i] += value
    assert {p: f for p, f in people.items() if any(f)} == {
        p: f for p, f in by_person.items() if any(f)
    }


def test_the_quarter_adds_up_its_months_and_downloads_as_xlsx(commune, other_commune, board_a):
    october(commune, other_commune)
    client = client_for(board_a["head"])
    with translation.override("vi"):
        report = _report(commune)
    response = client.get(reverse("board:party_report", args=[report.pk]))
    assert response.status_code == 200
    report.refresh_from_db()
    assert report.tables and report.figures_at is not None
    (totals,) = _cells(report, "Tổng hợp của xã")
    october_row = next(r for r in build_report(period_for_month(2026, 10), site=commune).communes)
    months = [build_report(period_for_month(2026, m), site=commune) for m in (10, 11, 12)]
    assert totals[1:6] == [sum(getattr(m.communes[0], f) for m in months) for f in FIGURES]
    assert totals[2] >= october_row.published > 0

    response = client.get(reverse("board:party_report_xlsx", args=[report.pk]))
    assert response.status_code == 200
    book = load_workbook(io.BytesIO(b"".join(response)))
    assert len(book.sheetnames) == 1 + len(report.tables)
    sheet = book[book.sheetnames[3]]  # the commune's totals
    assert list(sheet.iter_rows(min_row=3, values_only=True))[0][1:6] == tuple(totals[1:6])


def test_a_filed_report_is_kept_as_issued(commune, board_a):
    client = client_for(board_a["head"])
    report = _report(commune, assessment="Ban biên tập hoạt động đúng quy chế.")
    records.refresh(report)
    response = client.post(reverse("board:party_report_file", args=[report.pk]))
    assert response.status_code == 302
    report.refresh_from_db()
    issued = (report.tables, report.assessment, report.filed_by)
    assert report.is_filed and issued[2] == board_a["head"]

    # New data after filing changes nothing in the filed report.
    meeting = BoardMeeting.objects.create(
        site=commune, kind="monthly", date=datetime.date(2026, 11, 5)
    )
    MeetingDecision.objects.create(meeting=meeting, text="Bổ sung chuyên mục chuyển đổi số")
    client.post(reverse("board:party_report_refresh", args=[report.pk]))
    edit = client.post(
        reverse("wagtailsnippets_board_partyreport:edit", args=[report.pk]),
        {"site": commune.pk, "kind": "quarterly", "year": 2026, "number": 4, "assessment": "Sửa"},
    )
    assert edit.status_code == 200
    assert "giữ nguyên như khi ban hành" in edit.content.decode()
    report.refresh_from_db()
    assert (report.tables, report.assessment, report.filed_by) == issued
    page = client.get(reverse("board:party_report", args=[report.pk])).content.decode()
    assert "Bổ sung chuyên mục chuyển đổi số" not in page


def test_a_draft_report_takes_the_periods_decisions(commune, board_a):
    meeting = BoardMeeting.objects.create(
        site=commune, kind="quarterly", date=datetime.date(2026, 10, 20)
    )
    MeetingDecision.objects.create(
        meeting=meeting,
        text="Cập nhật danh mục văn bản",
        owner=board_a["editor"],
        due_date=datetime.date(2026, 11, 1),
    )
    with translation.override("vi"):
        report = records.refresh(_report(commune))
        (row,) = _cells(report, "Quyết định tại các cuộc họp của Ban biên tập")
    assert row[1] == "Cập nhật danh mục văn bản"
    assert row[2] == board_a["editor"].get_full_name()
    assert row[4].startswith("Quá hạn")


def test_the_owner_follows_open_decisions_on_the_dashboard(commune, board_a):
    today = timezone.localdate()
    meeting = BoardMeeting.objects.create(site=commune, kind="monthly", date=today)
    late = MeetingDecision.objects.create(
        meeting=meeting,
        text="Rà soát chuyên mục thủ tục hành chính",
        owner=board_a["editor"],
        due_date=today - datetime.timedelta(days=2),
    )
    MeetingDecision.objects.create(
        meeting=meeting, text="Việc đã xong", owner=board_a["editor"], done_on=today
    )
    home = client_for(board_a["editor"]).get(reverse("wagtailadmin_home")).content.decode()
    assert "Rà soát chuyên mục thủ tục hành chính" in home and "Quá hạn" in home
    assert "Việc đã xong" not in home
    late.done_on = today
    late.save()
    home = client_for(board_a["editor"]).get(reverse("wagtailadmin_home")).content.decode()
    assert "Rà soát chuyên mục thủ tục hành chính" not in home


def _meeting_data(site, attendees, decisions):
    data = nested_form_data(
        {
            "site": site.pk,
            "kind": "monthly",
            "date": "2026-11-05",
            "minutes": "Họp thường kỳ tháng 11.",
            "minutes_document": "",
            "decisions": inline_formset(decisions),
        }
    )
    data["attendees"] = attendees  # several values of one field
    return data


def test_a_meeting_takes_only_the_communes_people(commune, other_commune, board_a, board_b):
    client = client_for(board_a["head"])
    url = reverse("wagtailsnippets_board_boardmeeting:add")
    decision = {
        "text": "Đăng tin hội nghị",
        "owner": board_a["editor"].pk,
        "due_date": "2026-11-10",
        "done_on": "",
    }
    response = client.post(url, _meeting_data(commune, [board_b["editor"].pk], [decision]))
    assert response.status_code == 200 and not BoardMeeting.objects.exists()
    foreign_owner = {**decision, "owner": board_b["editor"].pk}
    response = client.post(url, _meeting_data(commune, [board_a["editor"].pk], [foreign_owner]))
    assert response.status_code == 200 and not BoardMeeting.objects.exists()
    response = client.post(url, _meeting_data(other_commune, [], []))
    assert response.status_code == 200 and not BoardMeeting.objects.exists()

    response = client.post(
        url, _meeting_data(commune, [board_a["editor"].pk, board_a["deputy"].pk], [decision])
    )
    assert response.status_code == 302
    meeting = BoardMeeting.objects.get()
    assert set(meeting.attendees.all()) == {board_a["editor"], board_a["deputy"]}
    assert meeting.decisions.get().owner == board_a["editor"]


def test_members_read_the_records_and_only_head_and_deputy_keep_them(commune, board_a):
    report = _report(commune)
    editor = client_for(board_a["editor"])
    assert editor.get(reverse("board:party_report", args=[report.pk])).status_code == 200
    assert denied(editor.post(reverse("board:party_report_file", args=[report.pk])))
    assert denied(editor.get(reverse("wagtailsnippets_board_boardmeeting:add")))
    report.refresh_from_db()
    assert not report.is_filed
