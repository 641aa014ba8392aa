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


def section_page(site, slug):
    """The site's section page with this slug (specific), or None."""
    return Page.objects.child_of(site.root_page).filter(slug=slug).specific().first()


def is_empty(page):
    """A section is empty when it is missing, unpublished or has nothing in
    it yet (its own ``is_empty_section`` says what "nothing" is)."""
    has_nothing = getattr(page, "is_empty_section", None)
    return page is None or not page.live or (has_nothing is not None and has_nothing())


def empty_sections(site):
    """[(Section, page or None)] for each mandatory section that is empty."""
    return [(section, page) for section, page in mandatory_sections(site) if is_empty(page)]
