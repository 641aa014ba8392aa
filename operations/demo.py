"""Build the demo district: a hosting portal and its commune sites, with
content in every section, board users and their boards.

Everything goes through the project's own services and the admin's
validation: sites through ``create_site``, pages validated before they are
written and published through revisions, images and PDFs into each site's
own collection. Each app builds its own part (``home.demo``, ``news.demo``,
``documents.demo``, ``questions.demo``, ``board.demo``); this module composes
them, and ``manage.py demo`` calls ``build_demo``.

``build_demo`` is idempotent: a site that already exists is left as it is,
a user that already exists is left as it is, so a second run changes nothing.
"""

import time
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.models import Site

from board.demo import create_demo_board
from core.demo import content
from core.demo.kit import (
    DemoContext,
    ensure_user,
    official_email,
    validate_demo_password,
)
from core.indexing import deferred_indexing
from core.models import HostLevel, HostSettings
from home.demo import existing_demo_site, fill_site, remove_default_site
from home.services.provisioning import create_site
from security.services.two_factor import pair_demo_authenticator

ROLE_LABELS = {
    "head": gettext_lazy("Head of the board"),
    "deputy": gettext_lazy("Deputy head"),
    "editor": gettext_lazy("Editor"),
    "content": gettext_lazy("Content member"),
    "contributor": gettext_lazy("Contributor"),
}


@dataclass
class SiteLine:
    name: str
    kind: str
    url: str


@dataclass
class LoginLine:
    username: str
    role: str
    site: str
    # The authenticator secret printed in development (DEMO_TWO_FACTOR).
    secret: str = ""


@dataclass
class DemoSummary:
    """What the demo made (or found), for the command to print."""

    created_sites: list = field(default_factory=list)
    created_users: list = field(default_factory=list)
    sites: list = field(default_factory=list)
    logins: list = field(default_factory=list)
    admin_url: str = ""
    password_unchanged: bool = True
    seconds: float = 0.0

    @property
    def created_anything(self):
        return bool(self.created_sites or self.created_users)


def build_demo(*, password, port=8000, today=None):
    """Create the demo district (or find it) and return a DemoSummary."""
    started = time.monotonic()
    today = today or timezone.localdate()
    validate_demo_password(password)
    password_hash = make_password(password)
    summary = DemoSummary()

    def root_url(site):
        # An existing site keeps the port it was made with.
        return f"http://{site.hostname}" + ("" if site.port == 80 else f":{site.port}")

    with transaction.atomic(), deferred_indexing():
        remove_default_site()

        host = HostSettings.load()
        if not host.name:
            host.level = HostLevel.DISTRICT
            host.name = content.PORTAL["host_name"]
            host.full_clean()
            host.save()

        admin, created = ensure_user(
            "admin",
            full_name="Quản trị hệ thống huyện Phú Tân",
            email="quantri.phutan@angiang.gov.vn",
            password_hash=password_hash,
            superuser=True,
        )
        if created:
            summary.created_users.append(admin.username)
        else:
            # Existing accounts keep their password: say so if it differs.
            summary.password_unchanged = admin.check_password(password)
        summary.logins.append(LoginLine("admin", _("District admin (superuser)"), _("all sites")))

        places = [content.PORTAL, *content.COMMUNES]
        built = []
        for index, place in enumerate(places):
            site = existing_demo_site(place)
            new = site is None
            if new:
                site = create_site(
                    hostname=place["hostname"],
                    name=place["name"],
                    port=port,
                    kind=place["kind"],
                    agency_name=place["agency_name"],
                    is_default=place["kind"] == "portal",
                )
                summary.created_sites.append(site.site_name)
            users = {role: admin for role in content.ROLE_USERNAMES}
            if place["kind"] == "commune":
                for role, suffix in content.ROLE_USERNAMES.items():
                    username = f"{place['key']}.{suffix}"
                    full_name, title = place["staff"][role]
                    user, created = ensure_user(
                        username,
                        full_name=full_name,
                        email=official_email(f"{suffix}.{place['mail_key']}", place),
                        password_hash=password_hash,
                    )
                    users[role] = user
                    if created:
                        summary.created_users.append(username)
                    summary.logins.append(
                        LoginLine(username, f"{ROLE_LABELS[role]} – {title}", place["name"])
                    )
                if new:
                    create_demo_board(site, users)
            if new:
                built.append((index, place, site, users))
            summary.sites.append(
                SiteLine(
                    place["name"],
                    place["kind"],
                    f"{root_url(site)}/",
                )
            )

        # Communes first, so the portal's statistic counts their content.
        for index, place, site, users in sorted(built, key=lambda b: b[1]["kind"] == "portal"):
            ctx = DemoContext(place, index, site, users, today, board_wired=True)
            fill_site(ctx, portal=place["kind"] == "portal")

        if settings.DEMO_TWO_FACTOR:
            pair_demo_authenticators(summary.logins)

    portal = Site.objects.get(hostname=content.PORTAL["hostname"])
    summary.admin_url = f"{root_url(portal)}/admin/"
    summary.seconds = time.monotonic() - started
    return summary


def pair_demo_authenticators(logins):
    """Development only: each demo login gets an authenticator whose secret
    the command prints, so that nobody needs a phone to try the admin."""
    users = get_user_model().objects.in_bulk(
        [line.username for line in logins], field_name="username"
    )
    for line in logins:
        line.secret = pair_demo_authenticator(users[line.username]) or ""
