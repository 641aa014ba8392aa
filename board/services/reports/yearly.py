"""The yearly report for administrative-reform scoring (seeds 001, 003, 004)
and for the commune's emulation and rewards (seed 002, Điều 10).

Per commune, per supplying unit and per person (each author, supplier or
board member an item is credited to, as the royalties credit them), for the
twelve report periods of a year: items supplied, published, on time, late,
with a photo, the months the quota was met, the questions answered within
their deadline, royalties.
The figures are those of the monthly reports added up (each month is the
same ``build_report``), so the year says the same as its months.
"""

import re
from dataclasses import dataclass, field

from django.db.models import Count
from django.utils.translation import gettext as _

from board.services.reports.build import build_report
from board.services.reports.export import FIGURE_HEADERS, tables_csv, tables_xlsx
from board.services.reports.periods import Period, period_for_month
from questions.models import Question
from questions.services.deadlines import ANSWERED_ON_TIME

YEAR_RE = re.compile(r"^\d{4}$")
FIGURES = [name for name, _label in FIGURE_HEADERS]


def parse_year(value):
    """``YYYY`` -> int; ValueError with a message for the reader."""
    value = (str(value) if value is not None else "").strip()
    if not YEAR_RE.match(value) or not 2000 <= int(value) <= 2100:
        raise ValueError(
            _("“%(value)s” is not a year: write it as YYYY, for example 2026.") % {"value": value}
        )
    return int(value)


@dataclass
class YearRow:
    site_id: int
    commune: str
    unit: str = ""
    supplied: int = 0
    published: int = 0
    on_time: int = 0
    late: int = 0
    with_photo: int = 0
    quota_months: int = 0
    questions_answered: int = 0
    questions_on_time: int = 0
    royalties: int = 0


@dataclass
class PersonRow:
    site_id: int
    commune: str
    person: str
    supplied: int = 0
    published: int = 0
    on_time: int = 0
    late: int = 0
    with_photo: int = 0
    royalties: int = 0


@dataclass
class YearlyReport:
    year: int
    site: object
    period: Period
    communes: list = field(default_factory=list)
    units: list = field(default_factory=list)
    people: list = field(default_factory=list)


def build_yearly_report(year, site=None):
    return build_months_report(year, range(1, 13), site=site)


def build_months_report(year, months, site=None):
    """The report periods ``months`` (1-12) of ``year`` added up: a year, a
    half-year or a quarter says the same as its monthly reports."""
    months = [period_for_month(year, month) for month in months]
    report = YearlyReport(year=year, site=site, period=Period(months[0].start, months[-1].end))
    communes, units, people = {}, {}, {}
    for period in months:
        monthly = build_report(period, site=site)
        _add_people(people, monthly, {row.site_id: row.commune for row in monthly.communes})
        for row in monthly.communes:
            year_row = communes.setdefault(row.site_id, YearRow(row.site_id, row.commune))
            for name in FIGURES:
                setattr(year_row, name, getattr(year_row, name) + getattr(row, name))
            year_row.royalties += row.royalties
            # A month counts when every unit of the commune met its quota.
            year_row.quota_months += bool(row.units) and row.units_met == row.units
        for row in monthly.units:
            unit_row = units.setdefault(
                row.unit_id, YearRow(row.site_id, row.commune, unit=row.unit)
            )
            for name in FIGURES:
                setattr(unit_row, name, getattr(unit_row, name) + getattr(row, name))
            unit_row.quota_months += row.quota_met
    begin, after = report.period.bounds()
    answered = (
        Question.objects.filter(
            site_id__in=list(communes), answered_at__gte=begin, answered_at__lt=after
        )
        .values("site_id")
        .annotate(
            answered=Count("pk"),
            on_time=Count("pk", filter=ANSWERED_ON_TIME),
        )
    )
    for line in answered:
        communes[line["site_id"]].questions_answered = line["answered"]
        communes[line["site_id"]].questions_on_time = line["on_time"]
    report.communes = sorted(communes.values(), key=lambda r: r.commune)
    report.units = sorted(units.values(), key=lambda r: (r.commune, r.unit))
    report.people = sorted(people.values(), key=lambda r: (r.commune, r.person))
    return report


def _add_people(people, monthly, names):
    """Credit each item to the people the royalties credit it to (its
    authors, else its supplier, else its owner in the admin)."""
    for item in monthly.items:
        for person in item.authors:
            row = people.setdefault(
                (item.site_id, person), PersonRow(item.site_id, names[item.site_id], person)
            )
            row.supplied += item.supplied
            row.published += item.published
            row.on_time += item.on_time
            row.late += item.late
            row.with_photo += item.photo
    for line in monthly.royalties:
        row = people.setdefault(
            (line.site_id, line.author), PersonRow(line.site_id, line.commune, line.author)
        )
        row.royalties += line.amount


def yearly_tables(report):
    labels = [str(label) for _name, label in FIGURE_HEADERS]
    communes = (
        _("Communes"),
        [
            _("Commune"),
            *labels,
            _("Months every unit met its quota"),
            _("Questions answered"),
            _("Answered within the deadline"),
            _("Royalties (đồng)"),
        ],
        [
            [
                r.commune,
                *[getattr(r, f) for f in FIGURES],
                r.quota_months,
                r.questions_answered,
                r.questions_on_time,
                r.royalties,
            ]  # fmt: skip
            for r in report.communes
        ],
    )
    units = (
        _("Supplying units"),
        [_("Commune"), _("Unit"), *labels, _("Months the quota was met")],
        [
            [r.commune, r.unit, *[getattr(r, f) for f in FIGURES], r.quota_months]
            for r in report.units
        ],
    )
    people = (
        _("Authors and suppliers"),
        [_("Commune"), _("Person"), *labels, _("Royalties (đồng)")],
        [
            [r.commune, r.person, *[getattr(r, f) for f in FIGURES], r.royalties]
            for r in report.people
        ],
    )
    return [communes, units, people]


def yearly_title(report):
    where = report.site.site_name if report.site else _("All communes")
    return _("Yearly supply report %(year)s (%(period)s), %(where)s") % {
        "year": report.year,
        "period": report.period,
        "where": where,
    }


def yearly_filename(report, fmt):
    where = report.site.hostname if report.site else "all"
    return f"bao-cao-nam-{report.year}-{where}.{fmt}"


def export_yearly(report, fmt):
    if fmt == "csv":
        return tables_csv(yearly_title(report), yearly_tables(report))
    return tables_xlsx(yearly_title(report), yearly_tables(report))
