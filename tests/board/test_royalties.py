"""Royalties (nhuận bút): coefficient × unit value per published item and author."""

import pytest

from board.models import RoyaltyRates, SiteRoyaltyRates
from board.services.reports import Period, authors_of, build_report
from board.services.reports.royalties import site_rates
from tests.board.oversight_data import D, october

pytestmark = pytest.mark.django_db

OCTOBER = Period(D(2026, 9, 26), D(2026, 10, 25))


def test_royalties_per_author_and_total(commune, other_commune):
    october(commune, other_commune)
    report = build_report(OCTOBER, site=commune)
    lines = {line.author: (line.items, line.amount) for line in report.royalties}
    assert lines == {
        "Nguyễn Văn An": (2, 600_000),  # two news items with photo: 1.5 × 200,000 each
        "Trần Thị Bình": (1, 150_000),  # one item shared with Cường
        "Lê Văn Cường": (1, 150_000),
        "Phạm Thị Dung": (1, 300_000),  # supplier's name when the author is blank
        "Văn phòng UBND": (1, 300_000),  # a document at the commune's coefficient 1.5
        "Đài Truyền thanh": (3, 800_000),  # one item without photo: 200,000
        "Lê Thu Hà": (1, 100_000),  # an answer: who drafted it (full name)
    }
    assert report.royalty_total == 2_400_000


def test_district_sees_royalty_totals_per_commune(commune, other_commune):
    october(commune, other_commune)
    report = build_report(OCTOBER)
    totals = {row.commune: row.royalties for row in report.communes}
    assert totals == {"Xã Tân Cương": 2_400_000, "Xã Phú Thạnh": 150_000}
    assert report.royalty_total == 2_550_000


def test_a_commune_keeps_the_hosts_value_where_it_sets_none(commune, other_commune):
    host = RoyaltyRates.load()
    host.unit_value = 90_000
    host.answer_coefficient = "0.8"
    host.save()
    SiteRoyaltyRates.objects.create(site=commune, photo_coefficient="0.25")
    rates = site_rates([commune, other_commune])
    assert rates[commune.pk].unit_value == 90_000
    assert rates[commune.pk].amount("photo") == 22_500
    assert rates[commune.pk].amount("answer") == 72_000
    assert rates[other_commune.pk].amount("photo") == 45_000


def test_no_royalty_before_the_host_sets_a_unit_value(commune, other_commune):
    october(commune, other_commune)
    RoyaltyRates.objects.update(unit_value=0)
    report = build_report(OCTOBER, site=other_commune)
    assert [(line.author, line.amount) for line in report.royalties] == [("Hoàng Văn Em", 0)]


@pytest.mark.parametrize(
    "author, supplier, owner, expected",
    [
        ("Nguyễn Văn An", "", "admin", ["Nguyễn Văn An"]),
        ("Trần Bình; Lê Cường", "", "", ["Trần Bình", "Lê Cường"]),
        ("Trần Bình và Lê Cường", "", "", ["Trần Bình", "Lê Cường"]),
        ("", "Phạm Dung", "admin", ["Phạm Dung"]),
        ("", "", "Hà Thu", ["Hà Thu"]),
        ("", "", "", []),
    ],
)
def test_authors(author, supplier, owner, expected):
    assert authors_of(author, supplier, owner) == expected
