"""Every role on commune A against every action, on commune A and on
commune B. Each cell is asserted; nobody crosses to a site not theirs."""

import pytest

from django.urls import reverse

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Workflow
from wagtail.permissions import policy_registry

from board.models import Board
from core.models import SiteProfile
from news.factories import NewsPageFactory

from .helpers import client_for, news_section

pytestmark = pytest.mark.django_db

ACTIONS = (
    "see_draft",
    "edit",
    "submit",
    "approve",
    "publish",
    "unpublish",
    "upload",
    "see_board",
)

#: Commune A's roles on commune A. On commune B every cell is False.
EXPECTED_OWN_SITE = {
    "head": dict.fromkeys(ACTIONS, True),
    "deputy": dict.fromkeys(ACTIONS, True),
    "editor": {**dict.fromkeys(ACTIONS, True), "publish": False, "unpublish": False},
    "content": {
        **dict.fromkeys(ACTIONS, True),
        "approve": False,
        "publish": False,
        "unpublish": False,
    },
    "contributor": {
        **dict.fromkeys(ACTIONS, True),
        "approve": False,
        "publish": False,
        "unpublish": False,
        "see_board": False,
    },
}


class SiteObjects:
    """A draft, a live item, an item at each workflow step, and the board."""

    def __init__(self, site, board_users):
        parent = news_section(site)
        collection = SiteProfile.for_site(site).collection
        author = board_users["content"]

        def item(live):
            page = NewsPageFactory(
                parent=parent, live=live, owner=author, lead_image__collection=collection
            )
            page.save_revision(user=author)
            return page

        self.draft = item(live=False)
        self.live = item(live=True)
        self.live.save_revision(user=author).publish()
        workflow = Workflow.objects.get(workflow_pages__page=site.root_page)
        contributor, editor = board_users["contributor"], board_users["editor"]
        self.at_review = item(live=False)
        self.at_review.save_revision(user=contributor)
        workflow.start(self.at_review, contributor)
        self.at_approval = item(live=False)
        self.at_approval.save_revision(user=contributor)
        workflow.start(self.at_approval, contributor)
        self.at_approval.current_workflow_task_state.approve(user=editor)
        self.collection = collection
        self.board = Board.objects.get(site=site)


def _can_approve(page, user):
    page.refresh_from_db()
    task = page.current_workflow_task
    return "approve" in [name for name, *_ in task.get_actions(page, user)]


def cell(user, objects, action):
    client = client_for(user)
    if action == "see_draft":
        url = reverse("wagtailadmin_pages:view_draft", args=(objects.draft.pk,))
        return client.get(url).status_code == 200
    if action == "edit":
        url = reverse("wagtailadmin_pages:edit", args=(objects.draft.pk,))
        return client.get(url).status_code == 200
    if action == "submit":
        # Wagtail's can_submit_for_moderation() does not look at edit rights;
        # submitting goes through the editor, which does.
        perms = objects.draft.permissions_for_user(user)
        return perms.can_edit() and perms.can_submit_for_moderation()
    if action == "approve":
        return _can_approve(objects.at_review, user) or _can_approve(objects.at_approval, user)
    if action == "publish":
        return objects.draft.permissions_for_user(user).can_publish()
    if action == "unpublish":
        allowed = objects.live.permissions_for_user(user).can_unpublish()
        url = reverse("wagtailadmin_pages:unpublish", args=(objects.live.pk,))
        assert (client.get(url).status_code == 200) == allowed
        return allowed
    if action == "upload":
        return all(
            objects.collection in policy.collections_user_has_permission_for(user, "add")
            for policy in (
                policy_registry.get_by_type(get_image_model()),
                policy_registry.get_by_type(get_document_model()),
            )
        )
    if action == "see_board":
        url = reverse("wagtailsnippets_board_board:inspect", args=(objects.board.pk,))
        return client.get(url).status_code == 200
    raise AssertionError(action)


def test_permission_matrix(commune, other_commune, board_a, board_b):
    sites = {"A": SiteObjects(commune, board_a), "B": SiteObjects(other_commune, board_b)}
    actual, expected = {}, {}
    for role, user in board_a.items():
        for site_key, objects in sites.items():
            for action in ACTIONS:
                actual[role, site_key, action] = cell(user, objects, action)
                expected[role, site_key, action] = (
                    EXPECTED_OWN_SITE[role][action] if site_key == "A" else False
                )
    wrong = {key: value for key, value in actual.items() if value != expected[key]}
    assert wrong == {}, wrong


def test_district_admin_sees_every_site(commune, other_commune, board_a, board_b, district_admin):
    for site, users in ((commune, board_a), (other_commune, board_b)):
        objects = SiteObjects(site, users)
        for action in (
            "see_draft",
            "edit",
            "submit",
            "publish",
            "unpublish",
            "upload",
            "see_board",
        ):
            assert cell(district_admin, objects, action), (site, action)
