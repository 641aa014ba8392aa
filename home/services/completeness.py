"""Which mandatory sections of a site are still empty (docs/requirements.md §5).

Shared by the editors' home panel, the district dashboard and the tests, so
"empty" means the same thing everywhere.
"""

from wagtail.models import Page

from home.services.provisioning import MANDATORY_SECTIONS


def mandatory_sections(site):
    """The site's mandatory section pages (specific), in menu order; a
    section that was deleted or renamed away is reported as missing."""
    slugs = [section.slug for section in MANDATORY_SECTIONS]
    pages = {
        page.slug: page
        for page in Page.objects.child_of(site.root_page).filter(slug__in=slugs).specific()
    }
    return [(section, pages.get(section.slug)) for section in MANDATORY_SECTIONS]


def empty_sections(site):
    """[(Section, page or None)] for each mandatory section that is missing,
    unpublished or has nothing in it yet."""
    result = []
    for section, page in mandatory_sections(site):
        is_empty = getattr(page, "is_empty_section", None)
        if page is None or not page.live or (is_empty is not None and is_empty()):
            result.append((section, page))
    return result
