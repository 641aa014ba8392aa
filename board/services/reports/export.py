"""The report as tables, and as CSV, XLSX and JSON downloads."""

import csv
import io
import json

from openpyxl import Workbook
from openpyxl.styles import Font

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from board.services.reports.build import Report  # noqa: F401

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
        [_("Commune"), *figure_labels, _("Units"), _("Units meeting quota"), _("Royalties (đồng)")],
        [
            [r.commune, *[getattr(r, f) for f in figures], r.units, r.units_met, r.royalties]
            for r in report.communes
        ],
    )
    units = (
        "units",
        _("Supplying units"),
        [
            _("Commune"),
            _("Unit"),
            _("Kind"),
            *figure_labels,
            _("Quota"),
            _("Counted for the quota"),
            _("Quota met"),
        ],
        [
            [
                r.commune,
                r.unit,
                r.kind,
                *[getattr(r, f) for f in figures],
                r.quota,
                r.quota_count,
                yes if r.quota_met else no,
            ]
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


def tables_csv(title, tables):
    """UTF-8 with a byte-order mark, so spreadsheet programs read the
    Vietnamese correctly; one block per (title, headers, rows) table,
    separated by a blank line. Shared by the monthly and yearly reports."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([title])
    for table_title, headers, rows in tables:
        writer.writerow([])
        writer.writerow([table_title])
        writer.writerow(headers)
        writer.writerows(rows)
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def tables_xlsx(title, tables):
    """One sheet per (title, headers, rows) table, headers bold and frozen."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    for table_title, headers, rows in tables:
        sheet = workbook.create_sheet(title=table_title[:31])
        sheet.append([title])
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


def _plain_tables(report):
    return [(title, headers, rows) for _key, title, headers, rows in report_tables(report)]


def export_csv(report):
    return tables_csv(report_title(report), _plain_tables(report))


def export_xlsx(report):
    return tables_xlsx(report_title(report), _plain_tables(report))


def report_data(report):
    """The report as plain data (the JSON export), keys in English."""

    def figures(row):
        return {name: getattr(row, name) for name, _label in FIGURE_HEADERS}

    return {
        "period": {"start": report.period.start.isoformat(), "end": report.period.end.isoformat()},
        "site": report.site.hostname if report.site else None,
        "communes": [
            {
                "site": r.hostname,
                "commune": r.commune,
                **figures(r),
                "units": r.units,
                "units_meeting_quota": r.units_met,
                "royalties": r.royalties,
            }
            for r in report.communes
        ],
        "units": [
            {
                "commune": r.commune,
                "unit": r.unit,
                "kind": r.kind,
                **figures(r),
                "quota": r.quota,
                "quota_count": r.quota_count,
                "quota_met": r.quota_met,
            }
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
        bars.append(
            {"label": label(row), "value": v, "width": round(100 * v / top, 1), "y": index * 28}
        )
    return {
        "bars": bars,
        "height": len(bars) * 28 + 4,
        "limit": round(100 * limit / top, 1) if limit else None,
    }
