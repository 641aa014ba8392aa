"""The admin, walked in a browser by each role, shows no English.

For every account a board or a district has (district admin, head,
deputy, editor, content member, contributor) the crawler (crawl.py) opens
40 or more admin screens of the commune (dashboard, explorer, editors,
confirmations, histories, choosers, images, documents, snippets, reports,
settings, the board's own screens) and reads what is on them.
"""

import pytest
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice

from django.conf import settings
from django.test import Client
from django.urls import reverse

from board.factories import UserFactory, full_board
from board.models import BoardMeeting, PartyReport
from board.services.roles import district_admins_group
from core.models import Role

from .crawl import crawl, dump

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.slow,
]

ROLES = ["district", Role.HEAD, Role.DEPUTY, Role.EDITOR, Role.CONTENT, Role.CONTRIBUTOR]


def _account(site, role):
    """The account as the board's establishing decision makes it: a
    membership, from which the role's group follows (and is checked at login)."""
    if role == "district":
        user = UserFactory(username="huyen.quantri")
        user.groups.add(district_admins_group())
        return user
    return full_board(site)[role]


def _signed_in(context, live_url, user):
    """A session that has passed both factors, as the login screens leave it."""
    device = TOTPDevice.objects.create(user=user, name="app", confirmed=True)
    client = Client()
    client.force_login(user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    context.add_cookies(
        [{"name": settings.SESSION_COOKIE_NAME, "value": session.session_key, "url": live_url}]
    )


def _screens(commune):
    """Screens a link does not always lead to: editors, confirmations,
    histories and the forms for adding."""
    news = commune["news"][0]
    news_index = news.get_parent()
    pages = "wagtailadmin_pages"
    site = commune["site"]
    meeting = BoardMeeting.objects.create(site=site, kind="quarterly", minutes="Họp quý IV.")
    meeting.decisions.create(text="Bổ sung chuyên mục chuyển đổi số")
    report, _created = PartyReport.objects.get_or_create(
        site=site, kind="quarterly", year=2026, number=4
    )
    return [
        reverse("board:party_report", args=[report.pk]),
        reverse("wagtailsnippets_board_boardmeeting:edit", args=[meeting.pk]),
        reverse("wagtailsnippets_board_boardmeeting:add"),
        reverse("wagtailsnippets_board_boardplan:add"),
        reverse("wagtailsnippets_board_partyreport:add"),
        reverse("wagtailsnippets_core_supplyingunit:add"),
        reverse(f"{pages}:edit", args=[news.pk]),
        reverse(f"{pages}:history", args=[news.pk]),
        reverse(f"{pages}:add_subpage", args=[news_index.pk]),
        reverse(f"{pages}:copy", args=[news.pk]),
        reverse(f"{pages}:move", args=[news.pk]),
        reverse(f"{pages}:delete", args=[news.pk]),
        reverse(f"{pages}:unpublish", args=[news.pk]),
        reverse(f"{pages}:workflow_history", args=[news.pk]),
        reverse(f"{pages}:edit", args=[commune["document"].pk]),
        reverse(f"{pages}:edit", args=[commune["statistics"].pk]),
        reverse(f"{pages}:edit", args=[commune["site"].root_page_id]),
        reverse("wagtailadmin_explore", args=[news_index.pk]),
        reverse("wagtailadmin_pages:search") + "?q=hội nghị",
        reverse("wagtailimages:add_multiple"),
        reverse("wagtaildocs:add_multiple"),
        reverse("wagtailadmin_account"),
        reverse("wagtailadmin_reports:aging_pages"),
        reverse("wagtailadmin_reports:site_history"),
        reverse("wagtailadmin_reports:workflow"),
        reverse("wagtailadmin_reports:workflow_tasks"),
        reverse("wagtailadmin_reports:locked_pages"),
        reverse("wagtailadmin_reports:page_types_usage"),
        reverse("wagtailimages:edit", args=[news.lead_image_id]),
        reverse("wagtailimages:add"),
        reverse("wagtaildocs:add"),
        reverse("wagtailadmin_pages:revisions_index", args=[news.pk]),
        reverse("wagtailadmin_explore", args=[commune["document"].get_parent().pk]),
        reverse("wagtailadmin_explore", args=[commune["statistics"].get_parent().pk]),
        reverse("accounts:change_password"),
        reverse("security:recovery_codes"),
        reverse("security:login_protection"),
        "/admin/board/report/",
        "/admin/board/emergency/",
        "/admin/questions/",
    ]


@pytest.mark.parametrize("role", ROLES)
def test_every_admin_screen_of_a_role_is_in_vietnamese(browser_commune, new_page, role, settings):
    # A screen loads with its catalogue and icons in parallel; on SQLite's
    # shared in-memory test database two session writes at once fail, which
    # Django answers with 400. The sliding session has its own tests.
    settings.SESSION_SAVE_EVERY_REQUEST = False
    site = browser_commune["site"]
    user = _account(site, role)
    page = new_page()
    _signed_in(page.context, browser_commune["url"], user)

    report, visited = crawl(
        page, browser_commune["url"], limit=56, per_kind=3, extra=_screens(browser_commune)
    )

    assert len(visited) >= 40, f"only {len(visited)} screens reached: {visited}"
    assert report == {}, "English on screen:\n" + dump(report)
