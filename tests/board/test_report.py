"""The monthly report's figures against hand-made data (tests/board/oversight_data.py)."""

import datetime

import pytest

from board.models import ReportSettings
from board.services.reports import (
    Period,
    build_report,
    current_period,
    parse_month,
    parse_period,
    period_for_month,
)
from tests.board.oversight_data import D, october

pytestmark = pytest.mark.django_db

OCTOBER = Period(D(2026, 9, 26), D(2026, 10, 25))


def figures(row):
    return (row.supplied, row.published, row.on_time, row.late, row.with_photo)


def test_default_period_runs_from_the_26th_to_the_25th():
    assert period_for_month(2026, 10) == OCTOBER
    assert period_for_month(2026, 1) == Period(D(2025, 12, 26), D(2026, 1, 25))
    assert current_period(D(2026, 10, 25)) == OCTOBER
    assert current_period(D(2026, 9, 26)) == OCTOBER
    assert current_period(D(2026, 12, 27)) == Period(D(2026, 12, 26), D(2027, 1, 25))


def test_period_end_day_is_a_setting():
    settings = ReportSettings.load()
    settings.period_end_day = 20
    settings.save()
    assert period_for_month(2026, 10) == Period(D(2026, 9, 21), D(2026, 10, 20))
    assert parse_period(month="2026-03") == Period(D(2026, 2, 21), D(2026, 3, 20))


@pytest.mark.parametrize("value", ["2026-13", "10/2026", "2026-1", "", "abcd-ef"])
def test_a_bad_month_is_refused_with_a_vietnamese_message(value):
    with pytest.raises(ValueError, match="YYYY-MM"):
        parse_month(value)


def test_explicit_days_must_make_a_period():
    assert parse_period(start="2026-10-01", end="2026-10-31") == Period(
        D(2026, 10, 1), D(2026, 10, 31)
    )
    with pytest.raises(ValueError):
        parse_period(start="2026-10-31", end="2026-10-01")
    with pytest.raises(ValueError):
        parse_period(start="2026-10-01", end="hôm nay")


def test_commune_figures(commune, other_commune):
    october(commune, other_commune)
    report = build_report(OCTOBER)
    rows = {row.commune: row for row in report.communes}
    # supplied, published, on time, late, with photo
    assert figures(rows["Xã Tân Cương"]) == (9, 8, 6, 2, 6)
    assert figures(rows["Xã Phú Thạnh"]) == (1, 1, 1, 0, 1)
    assert (rows["Xã Tân Cương"].units, rows["Xã Tân Cương"].units_met) == (3, 1)
    assert (rows["Xã Phú Thạnh"].units, rows["Xã Phú Thạnh"].units_met) == (0, 0)
    assert figures(report.totals) == (10, 9, 7, 2, 7)


def test_unit_figures_and_quotas(commune, other_commune):
    october(commune, other_commune)
    report = build_report(OCTOBER, site=commune)
    units = {row.unit: row for row in report.units}
    farmers, youth, radio = (
        units["Hội Nông dân xã"],
        units["Đoàn Thanh niên xã"],
        units["Đài Truyền thanh xã"],
    )
    # Published on the first day (00:05) and on the last day (23:30) of the period.
    assert figures(farmers) == (2, 2, 1, 1, 2)
    assert (farmers.quota, farmers.quota_count, farmers.quota_met) == (2, 2, True)
    # One news item with a photo and a document without: misses its quota.
    assert figures(youth) == (3, 2, 2, 0, 1)
    assert (youth.quota, youth.quota_count, youth.quota_met) == (2, 1, False)
    # The radio station's items count with or without a photo, against 15.
    assert figures(radio) == (3, 3, 3, 0, 2)
    assert (radio.quota, radio.quota_count, radio.quota_met) == (15, 3, False)


def test_quotas_are_settings(commune, other_commune):
    october(commune, other_commune)
    settings = ReportSettings.load()
    settings.radio_quota = 3
    settings.unit_quota = 1
    settings.save()
    units = {row.unit: row for row in build_report(OCTOBER, site=commune).units}
    assert all(row.quota_met for row in units.values())


def test_the_next_period_starts_where_this_one_ended(commune, other_commune):
    october(commune, other_commune)
    november = build_report(period_for_month(2026, 11), site=commune)
    (row,) = november.communes
    # n4, published ten minutes after midnight on 26/10.
    assert (row.published, row.on_time, row.with_photo) == (1, 1, 1)
    september = build_report(period_for_month(2026, 9), site=commune)
    (row,) = september.communes
    # Published at 23:59 on 25/09, the last day of September's period.
    assert row.published == 1


def test_a_site_report_holds_only_that_commune(commune, other_commune):
    october(commune, other_commune)
    report = build_report(OCTOBER, site=other_commune)
    assert [row.commune for row in report.communes] == ["Xã Phú Thạnh"]
    assert report.units == []
    assert [(r.author, r.amount) for r in report.royalties] == [("Hoàng Văn Em", 150_000)]


def test_unpublished_items_after_publication_no_longer_count(commune, other_commune):
    data = october(commune, other_commune)
    type(data.pages["n3"]).objects.filter(pk=data.pages["n3"].pk).update(live=False)
    units = {row.unit: row for row in build_report(OCTOBER, site=commune).units}
    assert figures(units["Đoàn Thanh niên xã"]) == (3, 1, 1, 0, 0)


def test_period_bounds_are_local_days():
    begin, after = OCTOBER.bounds()
    assert begin.utcoffset() == datetime.timedelta(hours=7)
    assert (begin.date(), after.date()) == (D(2026, 9, 26), D(2026, 10, 26))
