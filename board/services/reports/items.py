"""The items supplied and published in a period, read in a fixed number of
queries, and the rows the report adds them up into."""

import re
from dataclasses import dataclass, field

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, OuterRef, Q, Subquery
from django.db.models.functions import Cast
from django.utils import timezone

from wagtail.models import Page, Revision, Site

from core.mixins import SupplyMixin
from deadlines.services import _default_locale_id as default_locale_id
from home.models import CommuneHomePage


def commune_sites(site=None, active_on=None):
    """The commune sites (a CommuneHomePage at the root), by name; the host's
    own portal is not a commune. With ``active_on`` (a date), a commune
    merged into another by then is left out."""

    qs = Site.objects.filter(
        root_page__content_type=ContentType.objects.get_for_model(CommuneHomePage)
    )
    if active_on is not None:
        qs = qs.exclude(merger__date__lte=active_on)
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
            "pk",
            "path",
            "title",
            "live",
            "first_published_at",
            "published_on_time",
            "supplying_unit_id",
            "supplier_name",
            "unit_approved_on",
            "owner__first_name",
            "owner__last_name",
            "owner__username",
            "first_saved_at",
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
        for row in qs.values(
            *fields, *[f"{name}_id" if name == "lead_image" else name for name in extra]
        ):
            site = site_of_path(row["path"], sites_by_path, model.steplen)
            if site is None:
                continue
            published_at = row["first_published_at"]
            published = bool(
                row["live"]
                and published_at
                and period.start <= published_at.astimezone(tz).date() <= period.end
            )
            saved = row["first_saved_at"] or published_at
            supplied_on = row["unit_approved_on"] or (
                saved.astimezone(tz).date() if saved else None
            )
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
