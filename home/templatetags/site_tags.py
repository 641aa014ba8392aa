from django import template

from wagtail.models import Site

from home import site_frame

register = template.Library()


def _site(context):
    site = context.get("current_site")
    if site is None and context.get("request") is not None:
        site = Site.find_for_request(context["request"])
    return site


def _frame(context):
    """The site's header, menu, slogans and footer data (home.site_frame),
    once per request."""
    request = context.get("request")
    site = _site(context)
    if site is None:
        return None
    if request is None:
        return site_frame.frame_for(None, site)
    if getattr(request, "_site_frame", None) is None:
        request._site_frame = site_frame.frame_for(request, site)
    return request._site_frame


@register.simple_tag(takes_context=True)
def site_profile(context):
    """The current site's profile (a Wagtail site setting)."""
    frame = _frame(context)
    return frame.profile if frame is not None else None


@register.simple_tag(takes_context=True)
def current_banners(context):
    """Slogans valid now; the page cache keeps this page no longer than the
    moment one of them ends or the next one begins."""
    frame = _frame(context)
    return frame.banners if frame is not None else []


@register.simple_tag(takes_context=True)
def host_alerts(context):
    """The hosting agency's alerts shown now, above the commune's slogans."""
    frame = _frame(context)
    return frame.alerts if frame is not None else []


@register.simple_tag(takes_context=True)
def monitoring_script(context):
    """The host's monitoring script (EMC) as (url, site key), or None; the
    page's Content-Security-Policy then allows its origin, and only then
    (website.headers)."""
    frame = _frame(context)
    monitoring = frame.monitoring if frame is not None else None
    if monitoring is None:
        return None
    request = context.get("request")
    if request is not None:
        request.csp_monitoring_origin = monitoring[2]
    return {"url": monitoring[0], "key": monitoring[1]}


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    request = context.get("request")
    frame = _frame(context)
    path = request.path if request else ""
    items = []
    for title, url in frame.menu if frame is not None else ():
        if url and path == url:
            current = "page"  # this very page
        elif url and path.startswith(url):
            current = "true"  # a page inside this section
        else:
            current = ""
        items.append({"title": title, "url": url, "active": current})
    return {"menu_items": items, "request": request}


@register.simple_tag
def elided_pages(page_obj):
    """Page numbers around the current one, with "…" gaps, for pagination."""
    return list(
        page_obj.paginator.get_elided_page_range(page_obj.number, on_each_side=1, on_ends=1)
    )


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
