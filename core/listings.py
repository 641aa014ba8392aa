"""Listing primitives shared by every content type.

Every listing here costs a fixed number of queries whatever the number of
items: images are joined, their renditions prefetched, pages paginated.
"""

from django.core.paginator import Paginator
from django.db.models import Prefetch, Q
from django.utils.functional import SimpleLazyObject

from wagtail.images import get_image_model

# The renditions every listing and article template asks for; prefetching
# exactly these avoids one query per image.
LIST_RENDITION = "fill-480x270"
ARTICLE_RENDITION = "width-960"
MAX_PAGE_NUMBER = 10_000
# What a news card, the RSS feed and the portal read of a news item and its
# photo: Django compiles and reads a few columns instead of about seventy
# (a page's, a news item's and an image's), the bulk of a listing's cost.
PAGE_LINK_FIELDS = (
    "id",
    "path",
    "depth",
    "url_path",
    "title",
    "locale_id",
    "live",
    "content_type_id",
)
NEWS_CARD_FIELDS = (
    *PAGE_LINK_FIELDS,
    "first_published_at",
    "summary",
    "is_urgent",
    "author",
    "category",
    "lead_image_alt",
    "lead_image__id",
    "lead_image__title",
    "lead_image__description",
    "lead_image__file",
    "lead_image__width",
    "lead_image__height",
    "lead_image__focal_point_x",
    "lead_image__focal_point_y",
    "lead_image__focal_point_width",
    "lead_image__focal_point_height",
    "lead_image__collection_id",
    "lead_image__file_hash",
)


def lazy_context(build, keys):
    """The context ``build()`` returns, computed when a template first uses
    one of ``keys``. A page whose rendered content is kept (core.fragments)
    then never runs its listing queries."""
    built = SimpleLazyObject(build)
    return {key: SimpleLazyObject(lambda key=key: built[key]) for key in keys}


def paginate(request, queryset, per_page):
    """Paginate without ever failing: "abc", "-1" or a huge number fall back
    to the first or last page instead of a server error."""
    raw = request.GET.get("page", "1")
    try:
        number = int(raw)
    except (TypeError, ValueError):
        number = 1
    number = min(max(number, 1), MAX_PAGE_NUMBER)
    return Paginator(queryset, per_page).get_page(number)


def subtree(page, *, inclusive=False, children=False):
    """A filter for the pages under ``page``, as a range of tree paths.

    Wagtail's descendant_of and child_of filter with ``path LIKE 'prefix%'``,
    which SQLite cannot answer from the path index (its LIKE ignores case),
    so a site's listing sorted by date read every page of every site. The
    same pages lie between ``page.path`` and the path of its next sibling.
    """
    step = page.steplen
    following = type(page)._int2str(type(page)._str2int(page.path[-step:]) + 1)
    if len(following) > step:  # the last possible sibling: no upper bound path
        condition = Q(path__startswith=page.path) & ~Q(path=page.path)
    else:
        upper = page.path[:-step] + following.rjust(step, page.alphabet[0])
        condition = Q(path__gt=page.path, path__lt=upper)
    if inclusive:
        condition |= Q(path=page.path)
    if children:
        condition &= Q(depth=page.depth + 1)
    return condition


def with_lead_images(queryset, *filters):
    rendition_model = get_image_model().get_rendition_model()
    specs = filters or (LIST_RENDITION,)
    return queryset.select_related("lead_image").prefetch_related(
        Prefetch(
            "lead_image__renditions",
            queryset=rendition_model.objects.filter(filter_spec__in=specs),
        )
    )
