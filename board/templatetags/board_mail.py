"""What the board's emails need that Wagtail's notification context lacks."""

from django import template

register = template.Library()


@register.simple_tag
def commune_name(page=None, obj=None):
    """The name of the commune site an item belongs to, for the subject of a
    workflow email: a board member serves one commune, a district admin many."""
    if page is not None:
        site = page.get_site()
        return site.site_name if site is not None else ""
    site = getattr(obj, "site", None)
    return getattr(site, "site_name", "") or ""
