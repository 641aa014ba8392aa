"""Working days and publication deadlines (requirements S3, Điều 8).

The national calendar comes from the ``holidays`` package's Vietnam calendar
(Tết, substitute days off and official weekend workdays); local one-off
exceptions come from ``deadlines.WorkingDayOverride`` and count at once.
"""

import datetime
from functools import lru_cache

import holidays

from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.utils import timezone
from django.utils.translation import get_supported_language_variant
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale, Page, Revision, Site
from wagtail.permission_policies.pages import PagePermissionPolicy

from deadlines.models import DeadlinePolicy, SiteDeadlinePolicy, WorkingDayOverride

OVERRIDES_CACHE_KEY = "board:working-day-overrides"

#: Saving an exception or a policy clears these caches at once, but only in
#: the process that saved it when the cache is per process (LocMemCache
#: without REDIS_URL): a short lifetime bounds how long other workers lag.
CALENDAR_CACHE_SECONDS = 60


@lru_cache(maxsize=64)
def _national_calendar(year):
    return holidays.country_holidays("VN", years=year)


def _overrides():
    """{date: kind} of local exceptions, cached until one is saved."""

    overrides = cache.get(OVERRIDES_CACHE_KEY)
    if overrides is None:
        overrides = dict(WorkingDayOverride.objects.values_list("date", "kind"))
        cache.set(OVERRIDES_CACHE_KEY, overrides, CALENDAR_CACHE_SECONDS)
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


# ---------------------------------------------------------------------------
# Deadline rules (docs/requirements.md §3, 2.8): how many working days each kind of
# content has, from the host's DeadlinePolicy and the site's stricter one.
# ---------------------------------------------------------------------------

HOST_POLICY_CACHE_KEY = "board:deadline-policy:host"
SITE_POLICY_CACHE_KEY = "board:deadline-policy:site:{}"
POLICY_CACHE_SECONDS = CALENDAR_CACHE_SECONDS


def _host_days():
    days = cache.get(HOST_POLICY_CACHE_KEY)
    if days is None:
        days = DeadlinePolicy.load().days()
        cache.set(HOST_POLICY_CACHE_KEY, days, POLICY_CACHE_SECONDS)
    return days


def _site_days(site_id):
    key = SITE_POLICY_CACHE_KEY.format(site_id)
    days = cache.get(key)
    if days is None:
        policy = SiteDeadlinePolicy.objects.filter(site_id=site_id).first()
        days = policy.days() if policy else {}
        cache.set(key, days, POLICY_CACHE_SECONDS)
    return days


def forget_policies(site_id=None):
    """Drop cached deadline policies (the host's when ``site_id`` is None)."""
    if site_id is None:
        cache.delete(HOST_POLICY_CACHE_KEY)
    else:
        cache.delete(SITE_POLICY_CACHE_KEY.format(site_id))


def deadline_days(kind, site=None):
    """Working days allowed for ``kind`` on ``site``, or None if ``kind`` has
    no deadline ("everything else": updated regularly).

    The site's value only counts when stricter: if the host later shortens a
    default below it, the host's wins, so a site is never looser.
    """
    host = _host_days()
    if kind not in host:
        return None
    days = host[kind]
    site_id = getattr(site, "pk", site)
    if site_id is not None:
        stricter = _site_days(site_id).get(kind)
        if stricter is not None:
            days = min(days, stricter)
    return days


def due_date_for(kind, trigger_date, site=None):
    """The due date of an item of ``kind`` whose trigger (event, signing,
    sending, receipt) fell on ``trigger_date``, on ``site``.

    The entry point for content that is not a page (citizens' questions:
    ``due_date_for("answer", received_on, site)``). None without a trigger
    or for a kind with no deadline.
    """
    if trigger_date is None:
        return None
    if isinstance(trigger_date, datetime.datetime):
        trigger_date = _local_date(trigger_date)
    days = deadline_days(kind, site)
    if days is None:
        return None
    return add_working_days(trigger_date, days)


def compute_due_date(page_or_kind, trigger=None, site=None):
    """Due date for a page with a deadline, or for a kind and trigger.

    ``compute_due_date(page)`` reads the page's kind, trigger and site;
    ``compute_due_date("news", date, site)`` works without a page.
    """
    if isinstance(page_or_kind, str):
        return due_date_for(page_or_kind, trigger, site)
    page = page_or_kind
    if not has_deadline(page):
        return None
    if trigger is None:
        trigger = page.get_deadline_trigger()
    if site is None:
        site = site_for_page(page)
    return due_date_for(page.get_deadline_kind(), trigger, site)


def _local_date(moment):
    if timezone.is_aware(moment):
        return timezone.localdate(moment)
    return moment.date()


def site_for_page(page):
    """The site whose tree holds ``page`` (by tree path, so it also works for
    a page being added, before its URL path is known); None outside sites."""

    path = getattr(page, "path", None)
    if not path:
        return None
    steplen = type(page).steplen
    prefixes = [path[:n] for n in range(steplen, len(path) + 1, steplen)]
    return (
        Site.objects.filter(root_page__path__in=prefixes)
        .order_by("-root_page__depth", "-is_default_site", "pk")
        .first()
    )


def has_deadline(page):
    """Only originals carry a deadline: translations (wagtail-localize) and
    aliases are copies of an item the board already published."""
    if getattr(page, "alias_of_id", None):
        return False
    locale_id = getattr(page, "locale_id", None)
    default_id = _default_locale_id()
    return locale_id is None or default_id is None or locale_id == default_id


def _default_locale_id():
    key = "board:default-locale-id"
    locale_id = cache.get(key)
    if locale_id is None:
        code = get_supported_language_variant(settings.LANGUAGE_CODE)
        locale_id = Locale.objects.filter(language_code=code).values_list("pk", flat=True).first()
        if locale_id is None:
            return None
        cache.set(key, locale_id, POLICY_CACHE_SECONDS)
    return locale_id


# ---------------------------------------------------------------------------
# Recording: due dates on pages and the verdict of the first publication
# ---------------------------------------------------------------------------


def publication_date(page):
    """The local date of the page's first publication (now if it went live
    without Wagtail recording one, e.g. created live by an import)."""

    moment = page.first_published_at or timezone.now()
    return _local_date(moment)


def refresh_deadline(page):
    """Bring the page's deadline record up to date, in memory.

    Until the first publication the due date follows the trigger (and the
    rules); at the first publication the verdict is recorded and, with the
    due date it was measured against, never changes again: unpublishing and
    republishing, or editing the trigger afterwards, rewrites no history.
    """
    if page.published_on_time is not None:
        return
    page.due_date = compute_due_date(page)
    if page.live and page.due_date is not None:
        page.published_on_time = publication_date(page) <= page.due_date


def record_first_publication(page):
    """Record the verdict of the first publication of ``page`` if it is not
    recorded yet; returns the verdict. Idempotent and race-free: only a row
    without a verdict is updated."""
    if page.published_on_time is None:
        refresh_deadline(page)
    if page.published_on_time is not None and page.pk:
        type(page)._default_manager.filter(pk=page.pk, published_on_time__isnull=True).update(
            published_on_time=page.published_on_time, due_date=page.due_date
        )
    return page.published_on_time


def record_publication_at(page, when):
    """Record the verdict of ``page`` as if first published at ``when`` (an
    import or the demo's dated history), by the same rule as a publication
    made now. Pages without a deadline are left alone."""
    if not callable(getattr(page, "get_deadline_trigger", None)):
        return
    page.live = True
    page.first_published_at = when
    page.published_on_time = None
    refresh_deadline(page)
    type(page)._default_manager.filter(pk=page.pk).update(
        due_date=page.due_date, published_on_time=page.published_on_time
    )


def deadline_page_models():
    """Every concrete page model with a publication deadline (those built on
    deadlines.mixins.DeadlineMixin, which calls this module when it saves,
    so it is recognised by its trigger rather than imported)."""
    return [
        model
        for model in apps.get_models()
        if callable(getattr(model, "get_deadline_trigger", None))
        and issubclass(model, Page)
        and not model._meta.abstract
    ]


def sites_by_root_path():
    """{root page path: site}, to find many pages' sites with one query."""

    return {site.root_page.path: site for site in Site.objects.select_related("root_page")}


def site_from_paths(page, sites_by_path):
    """The site of ``page`` from a ``sites_by_root_path()`` map (the deepest
    root above it), or None."""
    steplen = type(page).steplen
    for end in range(len(page.path), 0, -steplen):
        site = sites_by_path.get(page.path[:end])
        if site is not None:
            return site
    return None


def recompute_pending_due_dates(site=None):
    """Recompute the due dates of items not yet published, after a rule or
    the calendar changed, so a new day off counts at once. Returns how many
    changed. Published items keep the due date of their verdict.

    An unpublished item's row holds its first draft; its trigger (and kind)
    is read from its latest revision, as the editor last saved it.
    """

    changed = 0
    sites_by_path = sites_by_root_path()
    for model in deadline_page_models():
        qs = model._default_manager.filter(published_on_time__isnull=True, live=False)
        if site is not None:
            qs = qs.descendant_of(site.root_page, inclusive=True)
        pages = list(qs.defer_streamfields())
        revisions = Revision.objects.in_bulk(
            [page.latest_revision_id for page in pages if page.latest_revision_id]
        )
        stale = []
        for page in pages:
            revision = revisions.get(page.latest_revision_id)
            draft = page.with_content_json(revision.content) if revision else page
            due = compute_due_date(draft, site=site_from_paths(page, sites_by_path))
            if due != page.due_date:
                page.due_date = due
                stale.append(page)
        if stale:
            model._default_manager.bulk_update(stale, ["due_date"])
            changed += len(stale)
    return changed


# ---------------------------------------------------------------------------
# What is due and what is late
# ---------------------------------------------------------------------------


class Status:
    """Where an item stands against its deadline."""

    ON_TIME = "on_time"  # first published on or before the due date
    LATE = "late"  # first published after the due date
    OVERDUE = "overdue"  # not published and the due date has passed
    PENDING = "pending"  # not published, still in time
    NONE = "none"  # no deadline


def deadline_status(page, today=None):
    today = today or timezone.localdate()
    if page.published_on_time is True:
        return Status.ON_TIME
    if page.published_on_time is False:
        return Status.LATE
    if page.due_date is None or page.live:
        return Status.NONE
    return Status.OVERDUE if page.due_date < today else Status.PENDING


def pending(queryset):
    """Items not yet published (the ones a deadline still applies to)."""
    return queryset.filter(
        published_on_time__isnull=True, live=False, first_published_at__isnull=True
    ).exclude(due_date__isnull=True)


def next_working_day(day):
    return add_working_days(day, 1)


STATUS_LABELS = {
    Status.ON_TIME: _("Published on time"),
    Status.LATE: _("Published late"),
    Status.OVERDUE: _("Overdue"),
    Status.PENDING: _("Not yet due"),
    Status.NONE: "",
}


def editable_pages(user):
    """The pages ``user`` may edit or publish, as a Page queryset (through
    Wagtail's page permissions, so a commune's board sees its own site only);
    None for superusers, who see every site."""

    if user.is_active and user.is_superuser:
        return None
    return PagePermissionPolicy().instances_user_has_any_permission_for(user, {"change", "publish"})


def _pending_querysets(pages=None, due_after=None, due_until=None):
    for model in deadline_page_models():
        qs = pending(model._default_manager.all())
        if pages is not None:
            qs = qs.filter(pk__in=pages.values("pk"))
        if due_after is not None:
            qs = qs.filter(due_date__gt=due_after)
        if due_until is not None:
            qs = qs.filter(due_date__lte=due_until)
        yield qs.defer_streamfields().order_by("due_date", "pk")


def _first_items(querysets, limit):
    """(total, the ``limit`` earliest items) across several models."""
    total, items = 0, []
    for qs in querysets:
        total += qs.count()
        items.extend(qs[:limit])
    items.sort(key=lambda page: (page.due_date, page.pk))
    return total, items[:limit]


def dashboard_deadlines(user, today=None, horizon=3, limit=10):
    """What ``user``'s dashboard shows: items due today, late items and items
    due in the next ``horizon`` working days, on the sites they may edit."""

    today = today or timezone.localdate()
    yesterday = today - datetime.timedelta(days=1)
    pages = editable_pages(user)
    horizon_day = add_working_days(today, horizon)
    sections = {
        "due_today": _first_items(_pending_querysets(pages, yesterday, today), limit),
        "late": _first_items(_pending_querysets(pages, None, yesterday), limit),
        "upcoming": _first_items(_pending_querysets(pages, today, horizon_day), limit),
    }
    sites_by_path = sites_by_root_path()
    result = {"today": today, "horizon_day": horizon_day, "horizon": horizon}
    for name, (total, items) in sections.items():
        rows = []
        for page in items:
            site = site_from_paths(page, sites_by_path)
            days_late = working_days_between(page.due_date, today)
            rows.append({"page": page, "site": site, "days_late": days_late})
        result[name] = {"total": total, "rows": rows, "more": total - len(rows)}
    result["show_sites"] = len({row["site"] for s in sections for row in result[s]["rows"]}) > 1
    return result


#: What the host's admins manage: the calendar's local exceptions and the
#: deadline rules (the host's defaults and each site's stricter values).
DISTRICT_DEADLINE_PERMISSIONS = [
    "deadlines.view_workingdayoverride",
    "deadlines.add_workingdayoverride",
    "deadlines.change_workingdayoverride",
    "deadlines.delete_workingdayoverride",
    "deadlines.change_deadlinepolicy",
    "deadlines.change_sitedeadlinepolicy",
]


def check_override(day, kind):
    """Why a local exception on ``day`` would change nothing (a day off on a
    national holiday, a workday on an ordinary weekday), or None: such an
    entry is usually a typing error in the date."""
    if day is None:
        return None
    national = _national_calendar(day.year).is_working_day(day)
    if kind == "day_off" and not national:
        return _("%(day)s is already a day off in the national calendar.")
    if kind == "workday" and national:
        return _("%(day)s is already a working day in the national calendar.")
    return None
