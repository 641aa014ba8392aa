"""The period a report covers: a month ending on the host's closing day
(ReportSettings), or any range of days."""

import calendar
import datetime
import re
from dataclasses import dataclass

from django.utils import timezone
from django.utils.translation import gettext as _

from board.models import ReportSettings

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
