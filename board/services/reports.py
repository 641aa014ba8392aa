"""The monthly supply report (003_b021896bce6374b9.txt, DESIGN.md 2.4).

One function, ``build_report``, makes the report's figures; the admin
screen, its CSV and XLSX downloads, ``manage.py board_report`` and the
district dashboard all call it, so a figure means the same everywhere.

Definitions (docs/oversight.md):

* an item is a page supplied to the board: news, legal document,
  statistical report (the page models with ``SupplyMixin``);
* *supplied* in the period: approved at the unit on a day of the period
  (``unit_approved_on``) or, without that date, first saved in the period;
* *published*: first published on a day of the period (local time) and
  still live; *on time* and *late* are the verdicts recorded at that first
  publication (``DeadlineMixin``); *with photo*: a news item with its lead
  photo;
* quota: a unit's published items with a photo; the radio station's
  published items; the numbers are ``ReportSettings``.

The query count does not grow with communes or items: a handful of queries
fetch every row of the period at once and Python adds them up.
"""

import calendar
import csv
import datetime
import io
import json
import re
from dataclasses import dataclass, field

from openpyxl import Workbook
from openpyxl.styles import Font

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, OuterRef, Q, Subquery
from django.db.models.functions import Cast
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.models import Page, Revision, Site

from board.models import ReportSettings
from board.services.roles import grant_permissions
from board.services.royalties import royalty_lines
from core.mixins import SupplyMixin
from core.models import SupplyingUnit
from deadlines.services import _default_locale_id as default_locale_id
from home.models import CommuneHomePage

DISTRICT_OVERSIGHT_PERMISSIONS = [
    "board.change_reportsettings",
    "board.change_royaltyrates",
    "board.change_siteroyaltyrates",
]

MONTH_RE = re.compile(r"^(\d{4})-(\d{2})$")

FORMATS = ("xlsx", "csv", "json")


# ---------------------------------------------------------------------------
# The period
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Period:
    """Days ``start`` to ``end``, both included, in local time."""

    start: datetime.date
    end: datetime.date

    def bounds(self):
        """Aware datetimes [from, to) covering the period's local days."""
        tz = timezone.get_current_timezone()
        begin = datetime.datetime.combine(self.start, datetime.time.min, tzinfo=tz)
        after = datetime.datetime.combine(
            self.end + datetime.timedelta(days=1), datetime.time.min, tzinfo=tz
        )
        return begin, after

    def __contains__(self, day):
        return day is not None and self.start <= day <= self.end

    def __str__(self):
        return f"{self.start:%d/%m/%Y} – {self.end:%d/%m/%Y}"


def report_settings():

    return ReportSettings.load()


def period_for_month(year, month, end_day=None):
    """The report period named by ``year``-``month``: from the day after the
    report day of the previous month to the report day of ``month``."""
    if end_day is None:
        end_day = report_settings().period_end_day
    end = datetime.date(year, month, min(end_day, calendar.monthrange(year, month)[1]))
    prev_year, prev_month = (year - 1, 12) if month == 1 else (year, month - 1)
    prev_end = datetime.date(
        prev_year, prev_month, min(end_day, calendar.monthrange(prev_year, prev_month)[1])
    )
    return Period(prev_end + datetime.timedelta(days=1), end)


def current_period(today=None, end_day=None):
    """The period running today: the one that ends on this month's report
    day, or next month's once this month's is past."""
    today = today or timezone.localdate()
    if end_day is None:
        end_day = report_settings().period_end_day
    period = period_for_month(today.year, today.month, end_day)
    if today > period.end:
        year, month = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
        period = period_for_month(year, month, end_day)
    return period


def parse_month(value):
    """``YYYY-MM`` -> (year, month); ValueError with a Vietnamese message."""
    match = MONTH_RE.match((value or "").strip())
    if not match or not 1 <= int(match.group(2)) <= 12 or int(match.group(1)) < 2000:
        raise ValueError(
            _("“%(value)s” is not a month: write it as YYYY-MM, for example 2026-10.")
            % {"value": value}
        )
    return int(match.group(1)), int(match.group(2))


def parse_period(month=None, start=None, end=None, today=None):
    """The period asked for on screen or on the command line: explicit days,
    a month, or the current period. ValueError with a clear message."""
    if start or end:
        try:
            first = datetime.date.fromisoformat(str(start))
            last = datetime.date.fromisoformat(str(end))
        except ValueError:
            raise ValueError(
                _("Give both days of the period as YYYY-MM-DD, for example 2026-09-26.")
            ) from None
        if last < first:
            raise ValueError(_("The period cannot end before it starts."))
        if (last - first).days > 366:
            raise ValueError(_("A report covers at most one year."))
        return Period(first, last)
    if month:
        return period_for_month(*parse_month(month))
    return current_period(today)


# ---------------------------------------------------------------------------
# Sites and items
# ---------------------------------------------------------------------------


def commune_sites(site=None):
    """The commune sites (a CommuneHomePage at the root), by name; the host's
    own portal is not a commune."""

    qs = Site.objects.filter(
        root_page__content_type=ContentType.objects.get_for_model(CommuneHomePage)
    )
    if site is not None:
        qs = qs.filter(pk=site.pk)
    return list(qs.select_related("root_page").order_by("site_name", "hostname"))


def supply_page_models():
    """Every concrete page model a unit can supply (``SupplyMixin``)."""


    return [
        model
        for model in apps.get_models()
        if issubclass(model, SupplyMixin) and issubclass(model, Page) and not model._meta.abstract
    ]


#: The royalty genre of each supplied page model (``ROYALTY_GENRES``).
GENRE_BY_MODEL = {
    "news.newspage": "news",
    "documents.legaldocumentpage": "document",
    "documents.statisticspage": "statistics",
}


def site_of_path(path, sites_by_path, steplen=4):
    """The site whose root is the deepest ancestor of ``path``, or None."""
    for end in range(len(path), 0, -steplen):
        site = sites_by_path.get(path[:end])
        if site is not None:
            return site
    return None


def person_name(first, last, username):
    full = f"{first or ''} {last or ''}".strip()
    return full or username or ""


AUTHOR_SPLIT_RE = re.compile(r"\s*[,;]\s*|\s+và\s+")


def authors_of(author, supplier, owner):
    """Who wrote an item: the news item's author field (several names
    separated by commas, semicolons or "và"), else the supplier's name,
    else the page's owner in the admin."""
    for value in (author, supplier):
        names = [name for name in AUTHOR_SPLIT_RE.split(value or "") if name.strip()]
        if names:
            return [name.strip() for name in names]
    return [owner] if owner else []


@dataclass
class Item:
    site_id: int
    page_id: int
    title: str
    genre: str
    unit_id: int | None
    supplied: bool
    published: bool
    on_time: bool
    late: bool
    photo: bool
    authors: list = field(default_factory=list)


def _default_locale_id():

    return default_locale_id()


def _first_revision_at():
    return Subquery(
        Revision.objects.filter(
            base_content_type=ContentType.objects.get_for_model(Page),
            object_id=Cast(OuterRef("pk"), output_field=CharField()),
        )
        .order_by("created_at")
        .values("created_at")[:1]
    )


def period_items(period, sites):
    """Every item of ``sites`` supplied or published in ``period``, one query
    per page model whatever the number of sites or items."""
    sites_by_path = {site.root_page.path: site for site in sites}
    begin, after = period.bounds()
    tz = timezone.get_current_timezone()
    single = len(sites) == 1
    locale_id = _default_locale_id()
    items = []
    for model in supply_page_models():
        label = model._meta.label_lower
        fields = [
            "pk", "path", "title", "live", "first_published_at", "published_on_time",
            "supplying_unit_id", "supplier_name", "unit_approved_on",
            "owner__first_name", "owner__last_name", "owner__username", "first_saved_at",
        ]
        names = {f.name for f in model._meta.get_fields()}
        extra = [name for name in ("author", "lead_image") if name in names]
        # Aliases and translations are copies of an item already counted.
        qs = model.objects.filter(alias_of__isnull=True).annotate(
            first_saved_at=_first_revision_at()
        )
        if locale_id is not None:
            qs = qs.filter(locale_id=locale_id)
        if single:
            qs = qs.filter(path__startswith=sites[0].root_page.path)
        qs = qs.filter(
            Q(first_published_at__gte=begin, first_published_at__lt=after)
            | Q(unit_approved_on__gte=period.start, unit_approved_on__lte=period.end)
            | Q(unit_approved_on__isnull=True, first_saved_at__gte=begin, first_saved_at__lt=after)
        )
        for row in qs.values(*fields, *[f"{name}_id" if name == "lead_image" else name
                                        for name in extra]):
            site = site_of_path(row["path"], sites_by_path, model.steplen)
            if site is None:
                continue
            published_at = row["first_published_at"]
            published = bool(
                row["live"] and published_at and period.start
                <= published_at.astimezone(tz).date() <= period.end
            )
            saved = row["first_saved_at"] or published_at
            supplied_on = row["unit_approved_on"] or (saved.astimezone(tz).date() if saved else None)
            items.append(
                Item(
                    site_id=site.pk,
                    page_id=row["pk"],
                    title=row["title"],
                    genre=GENRE_BY_MODEL.get(label, "news"),
                    unit_id=row["supplying_unit_id"],
                    supplied=supplied_on in period,
                    published=published,
                    on_time=published and row["published_on_time"] is True,
                    late=published and row["published_on_time"] is False,
                    photo=published and bool(row.get("lead_image_id")),
                    authors=authors_of(
                        row.get("author"),
                        row["supplier_name"],
                        person_name(
                            row["owner__first_name"],
                            row["owner__last_name"],
                            row["owner__username"],
                        ),
                    ),
                )
            )
    return items


# ---------------------------------------------------------------------------
# The report
# ---------------------------------------------------------------------------


@dataclass
class Figures:
    supplied: int = 0
    published: int = 0
    on_time: int = 0
    late: int = 0
    with_photo: int = 0

    def add(self, item):
        self.supplied += item.supplied
        self.published += item.published
        self.on_time += item.on_time
        self.late += item.late
        self.with_photo += item.photo


@dataclass
class UnitRow(Figures):
    site_id: int = 0
    commune: str = ""
    unit_id: int = 0
    unit: str = ""
    kind: str = ""
    quota: int = 0
    quota_count: int = 0
    radio: bool = False

    @property
    def quota_met(self):
        return self.quota_count >= self.quota


@dataclass
class CommuneRow(Figures):
    site_id: int = 0
    commune: str = ""
    hostname: str = ""
    units: int = 0
    units_met: int = 0
    royalties: int = 0


@dataclass
class RoyaltyRow:
    site_id: int
    commune: str
    author: str
    items: int = 0
    amount: int = 0


@dataclass
class Report:
    period: Period
    site: Site | None
    communes: list
    units: list
    royalties: list
    items: list

    @property
    def royalty_total(self):
        return sum(row.amount for row in self.royalties)

    @property
    def totals(self):
        total = Figures()
        for row in self.communes:
            for name in ("supplied", "published", "on_time", "late", "with_photo"):
                setattr(total, name, getattr(total, name) + getattr(row, name))
        return total


def build_report(period, site=None):
    """The report of ``period`` for one commune or (``site=None``) all of
    them; a fixed number of queries whatever the size of the district."""


    settings = report_settings()
    sites = commune_sites(site)
    items = period_items(period, sites)

    communes = {
        s.pk: CommuneRow(site_id=s.pk, commune=s.site_name, hostname=s.hostname) for s in sites
    }
    units = {}
    for unit in SupplyingUnit.objects.filter(site__in=[s.pk for s in sites]).order_by("name"):
        radio = unit.kind == SupplyingUnit.Kind.RADIO
        units[unit.pk] = UnitRow(
            site_id=unit.site_id,
            commune=communes[unit.site_id].commune,
            unit_id=unit.pk,
            unit=unit.name,
            kind=unit.get_kind_display(),
            quota=settings.radio_quota if radio else settings.unit_quota,
            radio=radio,
        )
    for item in items:
        communes[item.site_id].add(item)
        row = units.get(item.unit_id)
        if row is not None:
            row.add(item)
            row.quota_count += item.published if row.radio else item.photo
    for row in units.values():
        communes[row.site_id].units += 1
        communes[row.site_id].units_met += row.quota_met

    royalties = royalty_lines(period, sites, items)
    for line in royalties:
        communes[line.site_id].royalties += line.amount

    unit_rows = sorted(units.values(), key=lambda r: (r.commune, r.unit))
    return Report(
        period=period,
        site=site,
        communes=list(communes.values()),
        units=unit_rows,
        royalties=royalties,
        items=items,
    )


# ---------------------------------------------------------------------------
# Tables and exports: the same rows for the screen, CSV, XLSX and JSON
# ---------------------------------------------------------------------------

FIGURE_HEADERS = (
    ("supplied", gettext_lazy("Supplied")),
    ("published", gettext_lazy("Published")),
    ("on_time", gettext_lazy("On time")),
    ("late", gettext_lazy("Late")),
    ("with_photo", gettext_lazy("With photo")),
)


def report_tables(report):
    """[(key, title, headers, rows)]: the communes, the units and the
    royalties, as plain values."""
    figures = [name for name, _label in FIGURE_HEADERS]
    figure_labels = [str(label) for _name, label in FIGURE_HEADERS]
    yes, no = _("Yes"), _("No")
    communes = (
        "communes",
        _("Communes"),
        [_("Commune"), *figure_labels, _("Units"), _("Units meeting quota"),
         _("Royalties (đồng)")],
        [
            [r.commune, *[getattr(r, f) for f in figures], r.units, r.units_met, r.royalties]
            for r in report.communes
        ],
    )
    units = (
        "units",
        _("Supplying units"),
        [_("Commune"), _("Unit"), _("Kind"), *figure_labels, _("Quota"),
         _("Counted for the quota"), _("Quota met")],
        [
            [r.commune, r.unit, r.kind, *[getattr(r, f) for f in figures], r.quota,
             r.quota_count, yes if r.quota_met else no]
            for r in report.units
        ],
    )
    royalties = (
        "royalties",
        _("Royalties"),
        [_("Commune"), _("Author"), _("Items"), _("Amount (đồng)")],
        [[r.commune, r.author, r.items, r.amount] for r in report.royalties]
        + [[_("Total"), "", sum(r.items for r in report.royalties), report.royalty_total]],
    )
    return [communes, units, royalties]


def report_title(report):
    where = report.site.site_name if report.site else _("All communes")
    return _("Supply report %(period)s, %(where)s") % {"period": report.period, "where": where}


def report_filename(report, fmt):
    where = report.site.hostname if report.site else "all"
    return f"bao-cao-{where}-{report.period.start:%Y%m%d}-{report.period.end:%Y%m%d}.{fmt}"


def export_csv(report):
    """UTF-8 with a byte-order mark, so spreadsheet programs read the
    Vietnamese correctly; one block per table, separated by a blank line."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([report_title(report)])
    for _key, title, headers, rows in report_tables(report):
        writer.writerow([])
        writer.writerow([title])
        writer.writerow(headers)
        writer.writerows(rows)
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def export_xlsx(report):

    workbook = Workbook()
    workbook.remove(workbook.active)
    for _key, title, headers, rows in report_tables(report):
        sheet = workbook.create_sheet(title=title[:31])
        sheet.append([report_title(report)])
        sheet.append(headers)
        for cell in sheet[2]:
            cell.font = Font(bold=True)
        for row in rows:
            sheet.append(row)
        sheet.freeze_panes = "A3"
        for column in sheet.columns:
            width = max(len(str(c.value or "")) for c in column[1:]) if len(column) > 1 else 10
            sheet.column_dimensions[column[0].column_letter].width = min(max(width + 2, 8), 60)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def report_data(report):
    """The report as plain data (the JSON export), keys in English."""

    def figures(row):
        return {name: getattr(row, name) for name, _label in FIGURE_HEADERS}

    return {
        "period": {"start": report.period.start.isoformat(), "end": report.period.end.isoformat()},
        "site": report.site.hostname if report.site else None,
        "communes": [
            {"site": r.hostname, "commune": r.commune, **figures(r), "units": r.units,
             "units_meeting_quota": r.units_met, "royalties": r.royalties}
            for r in report.communes
        ],
        "units": [
            {"commune": r.commune, "unit": r.unit, "kind": r.kind, **figures(r),
             "quota": r.quota, "quota_count": r.quota_count, "quota_met": r.quota_met}
            for r in report.units
        ],
        "royalties": [
            {"commune": r.commune, "author": r.author, "items": r.items, "amount": r.amount}
            for r in report.royalties
        ],
        "royalty_total": report.royalty_total,
    }


def export_json(report):
    return json.dumps(report_data(report), ensure_ascii=False, indent=2).encode("utf-8")


EXPORTERS = {"csv": export_csv, "xlsx": export_xlsx, "json": export_json}
CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "json": "application/json; charset=utf-8",
}


def export(report, fmt):
    if fmt not in EXPORTERS:
        raise ValueError(
            _("Unknown format “%(format)s”: choose xlsx, csv or json.") % {"format": fmt}
        )
    return EXPORTERS[fmt](report)


def chart_bars(rows, label, value, limit=None):
    """Bars of a server-side SVG chart: [{label, value, width %, y}], scaled
    to the largest value (and the quota line, when one is given)."""
    rows = list(rows)
    top = max([value(r) for r in rows] + [limit or 0, 1])
    bars = []
    for index, row in enumerate(rows):
        v = value(row)
        bars.append({"label": label(row), "value": v, "width": round(100 * v / top, 1),
                     "y": index * 28})
    return {
        "bars": bars,
        "height": len(bars) * 28 + 4,
        "limit": round(100 * limit / top, 1) if limit else None,
    }


def grant_oversight_permissions(group):
    """Give ``group`` (the district admins') the report and royalty settings."""

    grant_permissions(group, DISTRICT_OVERSIGHT_PERMISSIONS)

