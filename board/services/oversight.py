"""The district dashboard: every commune's compliance at a glance
(docs/requirements.md §5 last point, §6; requirements S2).

``district_status`` returns one ``CommuneStatus`` per commune with every
figure of the dashboard; the admin view only sorts and links them. The
number of queries does not depend on the number of communes or items
(tests/board/test_oversight_queries.py): each figure is fetched for all
communes at once and matched to its commune by tree path.
"""

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Max, Q
from django.db.models.functions import Substr
from django.utils import timezone
from django.utils.translation import gettext as _

from modelcluster.models import get_all_child_relations
from wagtail.models import Page

from board.models import Board, EmergencyPublication
from board.services.composition import composition_errors
from board.services.reports import (
    build_report,
    commune_sites,
    current_period,
    site_of_path,
    supply_page_models,
)
from board.services.sections import unassigned_sections
from core.models import SiteProfile
from home.models import Banner
from home.services.provisioning import MANDATORY_SECTIONS
from questions.models import OPEN_STATES, Question


@dataclass
class CommuneStatus:
    site: object
    board_id: int | None = None
    decision: object = None  # the latest BoardDecision, or None
    members: int = 0
    composition_problems: list = field(default_factory=list)
    last_published: object = None
    published: int = 0
    with_photo: int = 0
    units: int = 0
    units_met: int = 0
    late: int = 0
    questions_open: int = 0
    questions_overdue: int = 0
    empty_sections: list = field(default_factory=list)  # [(title, page id or None)]
    expired_banners: int = 0
    royalties: int = 0
    pending_emergencies: int = 0
    overdue_emergencies: int = 0
    sections: dict = field(default_factory=dict)  # slug -> page id
    profile: object = None  # the SiteProfile: the focal person's contacts
    unassigned_sections: int = 0  # mandatory sections no member is in charge of

    @property
    def board_established(self):
        return self.decision is not None

    @property
    def news_section_id(self):
        return self.sections.get("tin-tuc")

    @property
    def units_missing(self):
        return self.units - self.units_met

    @property
    def problems(self):
        """How far the commune is from compliance: the default order of the
        dashboard puts the largest first."""
        stale = self.last_published is None or (timezone.now() - self.last_published).days > 30
        return (
            (0 if self.board_established else 3)
            + len(self.composition_problems)
            + self.units_missing
            + self.late
            + self.questions_overdue
            + len(self.empty_sections)
            + self.expired_banners
            + self.pending_emergencies
            + (1 if stale else 0)
        )


def _boards(statuses, today):
    boards = Board.objects.filter(site__in=list(statuses)).prefetch_related(
        "decisions", "memberships__user"
    )
    for board in boards:
        status = statuses[board.site_id]
        status.board_id = board.pk
        decisions = sorted(board.decisions.all(), key=lambda d: (d.date, d.pk))
        status.decision = decisions[-1] if decisions else None
        memberships = list(board.memberships.all())
        status.members = sum(
            1 for m in memberships if m.is_current(today) and m.role != "contributor"
        )
        status.composition_problems = [
            message
            for error in composition_errors(memberships, today=today)
            for message in error.messages
        ]
    for status in statuses.values():
        if status.board_id is None:
            status.composition_problems = []


def _last_published(statuses, sites_by_path):
    """The latest publication of an item (a page below a section)."""
    depths = {len(path) // Page.steplen for path in sites_by_path}
    for depth in depths:
        rows = (
            Page.objects.filter(live=True, depth__gt=depth + 1)
            .annotate(root=_path_prefix(depth))
            .order_by()  # pages are ordered by path, which would split the groups
            .values("root")
            .annotate(last=Max("last_published_at"))
        )
        for row in rows:
            site = sites_by_path.get(row["root"])
            if site is not None and site.pk in statuses:
                statuses[site.pk].last_published = row["last"]


def _path_prefix(depth):
    return Substr("path", 1, depth * Page.steplen)


def _late_unpublished(statuses, sites_by_path, today):
    """Items not yet published whose due date has passed (the explorer's
    "late" filter counts these with the ones published late)."""
    waiting = Q(published_on_time__isnull=True, live=False, first_published_at__isnull=True)
    for model in supply_page_models():
        if not hasattr(model, "due_date"):
            continue
        for path in model.objects.filter(waiting & Q(due_date__lt=today)).values_list(
            "path", flat=True
        ):
            site = site_of_path(path, sites_by_path, model.steplen)
            if site is not None and site.pk in statuses:
                statuses[site.pk].late += 1


def _questions(statuses, today):
    rows = (
        Question.objects.filter(site__in=list(statuses))
        .values("site_id")
        .annotate(
            open=Count("pk", filter=Q(state__in=OPEN_STATES)),
            overdue=Count("pk", filter=Q(state__in=OPEN_STATES, due_date__lt=today)),
        )
    )
    for row in rows:
        statuses[row["site_id"]].questions_open = row["open"]
        statuses[row["site_id"]].questions_overdue = row["overdue"]


def _banners(statuses, now):
    rows = (
        Banner.objects.filter(site__in=list(statuses), valid_until__lte=now)
        .values("site_id")
        .annotate(n=Count("pk"))
    )
    for row in rows:
        statuses[row["site_id"]].expired_banners = row["n"]


def _emergencies(statuses, today):
    rows = (
        EmergencyPublication.objects.filter(site__in=list(statuses), reviewed_at__isnull=True)
        .values("site_id")
        .annotate(n=Count("pk"), overdue=Count("pk", filter=Q(review_due__lt=today)))
    )
    for row in rows:
        statuses[row["site_id"]].pending_emergencies = row["n"]
        statuses[row["site_id"]].overdue_emergencies = row["overdue"]


class _KnownChildren:
    """Stands in for ``page.get_children()`` when the live children were
    counted for every section at once: a section's ``is_empty_section()``
    asks ``get_children().live().exists()``, and Wagtail has no prefetch for
    it."""

    def __init__(self, count):
        self.count = count

    def live(self):
        return self

    def exists(self):
        return self.count > 0


def _empty_sections(statuses, sites_by_path):
    """Mandatory sections missing, unpublished or empty, the same verdict as
    ``home.services.completeness.empty_sections`` without a query per site:
    the sections of every commune are loaded per page type with their inline
    children prefetched, and live sub-pages are counted in one query."""

    slugs = [section.slug for section in MANDATORY_SECTIONS]
    root_depths = {len(path) // Page.steplen for path in sites_by_path}
    base = list(
        Page.objects.filter(depth__in=[d + 1 for d in root_depths], slug__in=slugs).values(
            "pk", "path", "slug", "content_type_id"
        )
    )
    children = Counter()
    for depth in root_depths:
        rows = (
            Page.objects.filter(live=True, depth=depth + 2)
            .annotate(parent=_path_prefix(depth + 1))
            .order_by()
            .values("parent")
            .annotate(n=Count("pk"))
        )
        children.update({row["parent"]: row["n"] for row in rows})

    found = defaultdict(dict)  # site id -> slug -> base row
    by_type = defaultdict(list)
    for row in base:
        site = sites_by_path.get(row["path"][: -Page.steplen])
        if site is None or site.pk not in statuses:
            continue
        found[site.pk][row["slug"]] = row
        by_type[row["content_type_id"]].append(row["pk"])

    specific = {}

    for content_type_id, ids in by_type.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is None:
            continue
        relations = [
            rel.get_accessor_name()
            for rel in get_all_child_relations(model)
            if rel.get_accessor_name() != "wagtail_admin_comments"
        ]
        for page in model.objects.filter(pk__in=ids).prefetch_related(*relations):
            specific[page.pk] = page

    for site_id, status in statuses.items():
        sections = found.get(site_id, {})
        status.sections = {slug: row["pk"] for slug, row in sections.items()}
        for section in MANDATORY_SECTIONS:
            row = sections.get(section.slug)
            page = specific.get(row["pk"]) if row else None
            if page is None:
                status.empty_sections.append((_(section.title), row["pk"] if row else None))
                continue
            page.get_children = lambda n=children[page.path]: _KnownChildren(n)
            is_empty = getattr(page, "is_empty_section", None)
            if not page.live or (is_empty is not None and is_empty()):
                status.empty_sections.append((_(section.title), page.pk))


def district_status(today=None):
    """[CommuneStatus] for every commune, in name order."""
    today = today or timezone.localdate()
    sites = commune_sites(active_on=today)
    statuses = {site.pk: CommuneStatus(site=site) for site in sites}
    if not sites:
        return []
    sites_by_path = {site.root_page.path: site for site in sites}

    _boards(statuses, today)
    _last_published(statuses, sites_by_path)
    report = build_report(current_period(today))
    for row in report.communes:
        status = statuses.get(row.site_id)
        if status is None:  # merged into another commune since the period began
            continue
        status.published = row.published
        status.with_photo = row.with_photo
        status.units = row.units
        status.units_met = row.units_met
        status.late = row.late
        status.royalties = row.royalties
    _late_unpublished(statuses, sites_by_path, today)
    _questions(statuses, today)
    _banners(statuses, timezone.now())
    _emergencies(statuses, today)
    _empty_sections(statuses, sites_by_path)
    for profile in SiteProfile.objects.filter(site__in=list(statuses)):
        statuses[profile.site_id].profile = profile
    for site_id, count in unassigned_sections(statuses).items():
        statuses[site_id].unassigned_sections = count
    return list(statuses.values())


#: Sort keys of the dashboard's columns; the default puts the worst first.
SORT_KEYS = {
    "problems": lambda s: s.problems,
    "commune": lambda s: s.site.site_name.lower(),
    "board": lambda s: (s.board_established, s.decision.date if s.decision else date.min),
    "members": lambda s: (len(s.composition_problems) == 0, s.members),
    "last_published": lambda s: s.last_published.timestamp() if s.last_published else 0,
    "published": lambda s: s.published,
    "quota": lambda s: (-s.units_missing, s.units_met),
    "late": lambda s: s.late,
    "questions": lambda s: (s.questions_overdue, s.questions_open),
    "empty": lambda s: len(s.empty_sections),
    "banners": lambda s: s.expired_banners,
    "emergencies": lambda s: s.pending_emergencies,
    "royalties": lambda s: s.royalties,
}
DEFAULT_ORDERING = "-problems"

#: The ordering that puts the worst communes first, per column (a larger
#: key is worse for counts of problems, better for dates and quotas met).
WORST_FIRST = {
    key: key if key in ("commune", "board", "members", "last_published", "quota") else f"-{key}"
    for key in SORT_KEYS
}


def sort_statuses(statuses, ordering):
    """Sort by a column (``name`` ascending, ``-name`` descending); an
    unknown column falls back to the worst first."""
    name = (ordering or "").lstrip("-")
    if name not in SORT_KEYS:
        ordering, name = DEFAULT_ORDERING, DEFAULT_ORDERING.lstrip("-")
    statuses = sorted(statuses, key=lambda s: s.site.site_name.lower())
    return sorted(statuses, key=SORT_KEYS[name], reverse=ordering.startswith("-")), ordering
