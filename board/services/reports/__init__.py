"""The monthly supply report (docs/requirements.md, "Reporting and quotas").

One function, ``build_report``, makes the report's figures; the admin
screen, its CSV and XLSX downloads, ``manage.py board_report`` and the
district dashboard all call it, so a figure means the same everywhere.
Definitions are in docs/oversight.md.
"""

from board.services.reports.build import build_report
from board.services.reports.export import (
    CONTENT_TYPES,
    chart_bars,
    export,
    report_filename,
    report_tables,
)
from board.services.reports.items import (
    RoyaltyRow,
    authors_of,
    commune_sites,
    period_items,
    person_name,
    site_of_path,
    supply_page_models,
)
from board.services.reports.periods import (
    FORMATS,
    Period,
    current_period,
    parse_month,
    parse_period,
    period_for_month,
)
from board.services.reports.royalties import Rates, site_rates

__all__ = [
    "CONTENT_TYPES",
    "FORMATS",
    "Period",
    "Rates",
    "RoyaltyRow",
    "authors_of",
    "build_report",
    "chart_bars",
    "commune_sites",
    "current_period",
    "export",
    "parse_month",
    "parse_period",
    "period_for_month",
    "period_items",
    "person_name",
    "report_filename",
    "report_tables",
    "site_of_path",
    "site_rates",
    "supply_page_models",
]
