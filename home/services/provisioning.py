"""Create a complete commune (or portal) site in one step.

Called by the ``create_commune_site`` command, the demo and the tests alike.
Everything happens in one transaction: a refused or failed creation leaves
no Site, page, collection or group behind. Other apps add their part (the
board its groups and workflow) by receiving ``home.signals.site_created``.
"""

import re
from dataclasses import dataclass

from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import translation
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from wagtail.models import Collection, Locale, Page, Site

from core.models import SiteProfile
from core.text import fold
from home.signals import site_created

HOSTNAME_RE = re.compile(
    r"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$"
)


@dataclass(frozen=True)
class Section:
    slug: str
    model: str
    title: str  # English msgid, stored in Vietnamese


#: The mandatory sections of a commune site (docs/requirements.md §7), at the public
#: URLs of docs/requirements.md §10. Their slugs are part of the public contract.
MANDATORY_SECTIONS = (
    Section("gioi-thieu", "home.IntroductionPage", gettext_noop("Introduction")),
    Section("tin-tuc", "news.NewsIndexPage", gettext_noop("News and events")),
    Section(
        "chi-dao-dieu-hanh", "news.NewsIndexPage", gettext_noop("Direction and administration")
    ),
    Section("van-ban", "documents.DocumentIndexPage", gettext_noop("Legal documents")),
    Section(
        "thu-tuc-hanh-chinh",
        "home.ProceduresPage",
        gettext_noop("Administrative procedures"),
    ),
    Section("thong-ke", "documents.StatisticsIndexPage", gettext_noop("Statistics")),
    Section(
        "lay-y-kien", "consultations.ConsultationIndexPage", gettext_noop("Consultation on drafts")
    ),
    Section("hoi-dap", "questions.QuestionIndexPage", gettext_noop("Questions and answers")),
    Section("cong-khai-thong-tin", "home.DisclosurePage", gettext_noop("Access to information")),
    Section("lien-he", "home.ContactPage", gettext_noop("Contact")),
)


def normalise_hostname(hostname):
    return (hostname or "").strip().lower().rstrip(".")


def validate_new_site(hostname, name):
    """Raise ValidationError (keyed by field) when the site cannot be made."""
    errors = {}
    hostname = normalise_hostname(hostname)
    name = (name or "").strip()
    if not hostname:
        errors["hostname"] = _(
            "Enter the site's host name, for example tancuong.thainguyen.gov.vn."
        )
    elif not HOSTNAME_RE.match(hostname):
        errors["hostname"] = _(
            "“%(hostname)s” is not a valid host name: use lower-case letters without "
            "diacritics, digits, hyphens and dots."
        ) % {"hostname": hostname}
    elif Site.objects.filter(hostname=hostname).exists():
        errors["hostname"] = _("A site with host name “%(hostname)s” already exists.") % {
            "hostname": hostname
        }
    if not name:
        errors["name"] = _("Enter the commune's name.")
    elif len(name) > 200:
        errors["name"] = _("The name is too long (at most 200 characters).")
    else:
        folded = fold(name)
        for existing in Site.objects.values_list("site_name", flat=True):
            if fold(existing) == folded:
                errors["name"] = _("A site named “%(name)s” already exists.") % {"name": name}
                break
        if "name" not in errors and not slugify(fold(name)):
            errors["name"] = _("The name must contain letters or digits.")
    if errors:
        raise ValidationError(errors)
    return hostname, name


def _model(label):
    return apps.get_model(label)


def _unique_root_slug(base):
    root = Page.get_first_root_node()
    taken = set(root.get_children().values_list("slug", flat=True))
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    return slug


@transaction.atomic
def create_site(
    *,
    hostname,
    name,
    port=80,
    kind="commune",
    agency_name="",
    is_default=False,
):
    """Create a site with its home page, every mandatory section, its image
    and document collection and its profile. ``kind`` is "commune" or
    "portal" (the hosting district's or province's own portal)."""

    hostname, name = validate_new_site(hostname, name)
    locale = Locale.get_default()
    home_model = _model("home.CommuneHomePage" if kind == "commune" else "home.DistrictHomePage")
    root = Page.get_first_root_node()

    with translation.override("vi"):
        home = home_model(
            title=name,
            slug=_unique_root_slug(slugify(fold(name))),
            locale=locale,
            seo_title=name,
        )
        root.add_child(instance=home)
        for section in MANDATORY_SECTIONS:
            page = _model(section.model)(
                title=_(section.title), slug=section.slug, locale=locale, show_in_menus=True
            )
            home.add_child(instance=page)
            page.save_revision().publish()
        home.save_revision().publish()

        if is_default:
            Site.objects.filter(is_default_site=True).update(is_default_site=False)
        site = Site.objects.create(
            hostname=hostname,
            port=port,
            site_name=name,
            root_page=home,
            is_default_site=is_default,
        )
        collection = Collection.get_first_root_node().add_child(name=name)
        SiteProfile.objects.update_or_create(
            site=site, defaults={"agency_name": agency_name or name, "collection": collection}
        )
        # Inside the transaction: a receiver that fails undoes the whole site.
        site_created.send(sender=Site, site=site, home=home)
    return site


def collection_for_site(site):
    """The image and document collection belonging to ``site``."""

    return SiteProfile.for_site(site).collection
