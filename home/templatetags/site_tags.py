from django import template
from django.db.models import Prefetch
from django.utils import timezone

from wagtail.images import get_image_model
from wagtail.models import Page, Site

from home.models import Banner, SiteProfile
from home.services.listings import subtree
from website.page_cache import limit_cache_until

register = template.Library()


def _site(context):
    site = context.get("current_site")
    if site is None and context.get("request") is not None:
        site = Site.find_for_request(context["request"])
    return site


@register.simple_tag(takes_context=True)
def site_profile(context):
    """The current site's profile; Wagtail's ``for_request`` caches it on the
    request, so every include asking for it costs one query in all."""
    site = _site(context)
    if site is None:
        return None
    request = context.get("request")
    return SiteProfile.for_request(request) if request is not None else SiteProfile.for_site(site)


@register.simple_tag(takes_context=True)
def current_banners(context):
    """Slogans valid now; the page cache keeps this page no longer than the
    moment one of them ends or the next one begins."""
    site = _site(context)
    if site is None:
        return []
    now = timezone.now()
    # One query for the slogans shown now and those still to come.
    unexpired = list(
        Banner.objects.for_site(site)
        .filter(valid_until__gt=now)
        .select_related("image")
        .prefetch_related(
            Prefetch(
                "image__renditions",
                queryset=get_image_model().get_rendition_model().objects.filter(
                    filter_spec="width-1200"
                ),
            )
        )
    )
    banners = [banner for banner in unexpired if banner.valid_from <= now][:3]
    request = context.get("request")
    if banners:
        limit_cache_until(request, min(banner.valid_until for banner in banners))
    upcoming = [banner.valid_from for banner in unexpired if banner.valid_from > now]
    if upcoming:
        limit_cache_until(request, min(upcoming))
    return banners


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    site = _site(context)
    request = context.get("request")
    items = []
    if site is not None:
        path = request.path if request else ""
        for page in (
            Page.objects.filter(subtree(site.root_page, children=True))
            .live()
            .in_menu()
            .only("id", "title", "url_path", "path", "depth")
            .order_by("path")
        ):
            url = page.get_url(request)
            if url and path == url:
                current = "page"  # this very page
            elif url and path.startswith(url):
                current = "true"  # a page inside this section
            else:
                current = ""
            items.append({"title": page.title, "url": url, "active": current})
    return {"menu_items": items, "request": request}


@register.simple_tag
def elided_pages(page_obj):
    """Page numbers around the current one, with "…" gaps, for pagination."""
    return list(page_obj.paginator.get_elided_page_range(page_obj.number, on_each_side=1, on_ends=1))


@register.simple_tag
def ellipsis(page_obj):
    return page_obj.paginator.ELLIPSIS


#: Schemes an editor's link may use; javascript:, data: and the like never reach an href.
SAFE_URL_SCHEMES = {"http", "https", "mailto", "tel"}


@register.filter
def safe_url(value):
    """An editor's address, or "" when it could run script.

    URLField and URLBlock already refuse javascript: in forms; this catches
    values written without a form (imports, scripts) at the last moment.
    """
    url = str(value or "").strip()
    if not url:
        return ""
    if url.startswith(("/", "#", "?")) and not url.startswith("//"):
        return url
    scheme, sep, _rest = url.partition(":")
    cleaned = "".join(ch for ch in scheme if not ch.isspace() and ch.isprintable()).lower()
    if sep and cleaned in SAFE_URL_SCHEMES:
        return url
    return ""
