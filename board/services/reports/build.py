"""The report itself: ``build_report`` adds the period's items up per unit,
per commune and per author (royalties)."""

from dataclasses import dataclass

from wagtail.models import Site

from board.services.reports.items import CommuneRow, Figures, UnitRow, commune_sites, period_items
from board.services.reports.periods import Period, report_settings
from board.services.reports.royalties import royalty_lines
from core.models import SupplyingUnit


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
    # A commune merged by the period's first day has no figures of its own.
    sites = commune_sites(site, active_on=period.start)
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
