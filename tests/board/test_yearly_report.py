"""The yearly report adds up the year's twelve monthly reports: the same
figures per commune and per unit, plus the quota months and the questions
answered within their deadline; XLSX and CSV from the admin and the command."""

import datetime
import io
import re

import pytest
from openpyxl import load_workbook

from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import Client
from django.utils import timezone, translation

from board.factories import UserFactory, full_board
from board.services.reports import build_report, period_for_month
from board.services.reports.yearly import build_yearly_report, export_yearly, parse_year
from board.services.roles import district_admins_group
from questions.factories import QuestionFactory
from tests.board.oversight_data import october

pytestmark = pytest.mark.django_db

FIGURES = ("supplied", "published", "on_time", "late", "with_photo")


def test_the_year_is_its_months_added_up(commune, other_commune):
    october(commune, other_commune)
    year = build_yearly_report(2026)
    months = [build_report(period_for_month(2026, m)) for m in range(1, 13)]
    for row in year.communes:
        for name in FIGURES:
            expected = sum(
                getattr(r, name) for m in months for r in m.communes if r.site_id == row.site_id
            )
            assert getattr(row, name) == expected, (row.commune, name)
        royalties = sum(r.royalties for m in months for r in m.communes if r.site_id == row.site_id)
        assert row.royalties == royalties
    tan_cuong = next(r for r in year.communes if r.commune == "Xã Tân Cương")
    assert tan_cuong.published >= 8
    units = {r.unit: r for r in year.units}
    # Hội Nông dân met its quota in October only.
    assert units["Hội Nông dân xã"].quota_months == 1
    assert units["Đài Truyền thanh xã"].quota_months == 0


def test_questions_answered_within_their_deadline_are_counted(commune):
    received = timezone.make_aware(datetime.datetime(2026, 3, 2, 9))
    on_time = QuestionFactory(site=commune, received_at=received)
    on_time.answered_at = received + datetime.timedelta(days=2)
    on_time.save()
    late = QuestionFactory(site=commune, received_at=received)
    late.answered_at = timezone.make_aware(
        datetime.datetime.combine(late.due_date + datetime.timedelta(days=3), datetime.time(9))
    )
    late.save()
    (row,) = [r for r in build_yearly_report(2026).communes if r.site_id == commune.pk]
    assert (row.questions_answered, row.questions_on_time) == (2, 1)


def test_the_command_writes_the_year_as_xlsx(commune, other_commune, tmp_path):
    october(commune, other_commune)
    output = tmp_path / "nam.xlsx"
    call_command("board_report", "--year", "2026", "--output", str(output), stderr=io.StringIO())
    book = load_workbook(output)
    assert len(book.sheetnames) == 3  # communes, units, authors and suppliers
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    assert any(row[0] == "Xã Tân Cương" for row in rows)


@pytest.mark.parametrize("year", ["26", "năm nay", "1999", "2026-10"])
def test_a_bad_year_is_refused_in_vietnamese(year):
    with translation.override("vi"), pytest.raises(ValueError, match="năm"):
        parse_year(year)
    with translation.override("vi"), pytest.raises(CommandError):
        call_command("board_report", "--year", year, stdout=io.StringIO())


def test_the_admin_downloads_the_year(commune, other_commune):
    october(commune, other_commune)
    admin = UserFactory(username="huyen.quantri")
    admin.groups.add(district_admins_group())
    client = Client()
    client.force_login(admin)
    response = client.get("/admin/board/report/", {"year": "2026", "format": "csv"})
    assert response.status_code == 200
    assert "bao-cao-nam-2026-all.csv" in response["Content-Disposition"]
    assert "Xã Tân Cương" in response.content.decode("utf-8-sig")
    xlsx = client.get("/admin/board/report/", {"year": "2026", "format": "xlsx"})
    load_workbook(io.BytesIO(xlsx.content))
    # A head downloads only their commune's year.
    head = full_board(commune, prefix="tancuong")["head"]
    client.force_login(head)
    own = client.get("/admin/board/report/", {"year": "2026", "format": "csv"})
    text = own.content.decode("utf-8-sig")
    assert "Xã Tân Cương" in text and "Xã Phú Thạnh" not in text
    assert client.get("/admin/board/report/", {"year": "xx"}).status_code == 200


def test_the_export_is_the_same_report_in_both_formats(commune, other_commune):
    october(commune, other_commune)
    report = build_yearly_report(2026, site=commune)
    csv_text = export_yearly(report, "csv").decode("utf-8-sig")
    book = load_workbook(io.BytesIO(export_yearly(report, "xlsx")))
    first = [row for row in book.worksheets[0].iter_rows(values_only=True)][2]
    assert first[0] == "Xã Tân Cương"
    assert ",".join(str(v) for v in first) in csv_text


def test_the_report_chart_writes_numbers_svg_can_read(commune, other_commune):
    """Vietnamese writes 12,5 but SVG reads 12.5: the chart's bars unlocalized."""
    october(commune, other_commune)
    admin = UserFactory(username="huyen.quantri")
    admin.groups.add(district_admins_group())
    client = Client()
    client.force_login(admin)
    html = client.get("/admin/board/report/", {"month": "2026-10"}).content.decode()
    widths = re.findall(r'<rect x="0" y="4" width="([^"]+)%"', html)
    assert widths
    assert all(float(width) >= 0 for width in widths)


def test_each_author_and_supplier_has_the_year_of_their_items_and_royalties(commune, other_commune):
    """For the commune's emulation and rewards (seed 002, Điều 10): each
    person's year is their items of the twelve months, and their royalties
    are those of the monthly royalty lines."""
    october(commune, other_commune)
    year = build_yearly_report(2026)
    months = [build_report(period_for_month(2026, m)) for m in range(1, 13)]
    assert year.people
    for row in year.people:
        items = [
            item
            for month in months
            for item in month.items
            if item.site_id == row.site_id and row.person in item.authors
        ]
        assert row.published == sum(item.published for item in items), row.person
        assert row.late == sum(item.late for item in items), row.person
        assert row.royalties == sum(
            line.amount
            for month in months
            for line in month.royalties
            if line.site_id == row.site_id and line.author == row.person
        )
    assert sum(row.royalties for row in year.people) == sum(r.royalties for r in year.communes)
    book = load_workbook(io.BytesIO(export_yearly(year, "xlsx")))
    assert len(book.sheetnames) == 3
    names = {r[1] for r in book.worksheets[2].iter_rows(min_row=3, values_only=True)}
    assert {row.person for row in year.people} <= names
