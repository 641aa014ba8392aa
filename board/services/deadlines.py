"""Working days and publication deadlines (002_027c0af6ba699d56.txt, Điều 8).

The national calendar comes from the ``holidays`` package's Vietnam calendar
(Tết, substitute days off and official weekend workdays); local one-off
exceptions come from ``board.WorkingDayOverride`` and count at once.
"""

import datetime
from functools import lru_cache

import holidays

from django.core.cache import cache

OVERRIDES_CACHE_KEY = "board:working-day-overrides"


@lru_cache(maxsize=64)
def _national_calendar(year):
    return holidays.country_holidays("VN", years=year)


def _overrides():
    """{date: kind} of local exceptions, cached until one is saved."""
    from board.models import WorkingDayOverride

    overrides = cache.get(OVERRIDES_CACHE_KEY)
    if overrides is None:
        overrides = dict(WorkingDayOverride.objects.values_list("date", "kind"))
        cache.set(OVERRIDES_CACHE_KEY, overrides, 3600)
    return overrides


def forget_overrides():
    cache.delete(OVERRIDES_CACHE_KEY)


def is_working_day(day, overrides=None):
    overrides = _overrides() if overrides is None else overrides
    kind = overrides.get(day)
    if kind == "workday":
        return True
    if kind == "day_off":
        return False
    return _national_calendar(day.year).is_working_day(day)


def add_working_days(start, days):
    """The date ``days`` working days after ``start``.

    ``days=0`` means "the same day" (statistics), moved to the next working
    day when ``start`` is not one. A deadline of N working days after an
    event on a Friday before Tết lands N working days after Tết.
    """
    overrides = _overrides()
    current = start
    if days == 0:
        while not is_working_day(current, overrides):
            current += datetime.timedelta(days=1)
        return current
    remaining = days
    while remaining > 0:
        current += datetime.timedelta(days=1)
        if is_working_day(current, overrides):
            remaining -= 1
    return current


def working_days_between(start, end):
    """Working days after ``start`` up to and including ``end`` (0 if end <= start)."""
    overrides = _overrides()
    count, current = 0, start
    while current < end:
        current += datetime.timedelta(days=1)
        if is_working_day(current, overrides):
            count += 1
    return count
