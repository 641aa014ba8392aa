"""Four eyes: nobody approves a revision they wrote; the head's emergency
publication is marked and reviewed afterwards by the deputy."""

import pytest

from django.urls import reverse

from wagtail.models import Page, WorkflowState

from board.models import EmergencyPublication
from board.services.workflow import pending_emergency_publications
from core.factories import ImageFactory
from core.models import SiteProfile

from .helpers import client_for, denied, news_form_data, news_section

pytestmark = pytest.mark.django_db


def _create(client, site, slug, **action):
    image = ImageFactory(collection=SiteProfile.for_site(site).collection)
    response = client.post(
        reverse("wagtailadmin_pages:add", args=("news", "newspage", news_section(site).pk)),
        news_form_data(image, slug=slug, **action),
    )
    assert response.status_code == 302, response.content[:1500]
    return Page.objects.get(slug=slug).specific


def _state(page):
    return WorkflowState.objects.for_instance(page).get()


def _action_url(page, action):
    task_state = _state(page).current_task_state
    return reverse("wagtailadmin_pages:workflow_action", args=(page.pk, action, task_state.pk))


def test_nobody_approves_their_own_revision(commune, board_a):
    head, deputy, editor = board_a["head"], board_a["deputy"], board_a["editor"]
    page = _create(client_for(head), commune, "tin-cua-truong-ban", **{"action-submit": "1"})

    client_for(editor).post(_action_url(page, "approve"))
    assert (
        _state(page).current_task_state.task.specific.groups.filter(site_role__role="head").exists()
    )

    # The head wrote it: no approve button, and a hand-made request is refused.
    task = _state(page).current_task_state.task.specific
    assert "approve" not in [name for name, *_ in task.get_actions(page, head)]
    assert "approve" in [name for name, *_ in task.get_actions(page, deputy)]
    response = client_for(head).post(_action_url(page, "approve"))
    assert denied(response)
    page.refresh_from_db()
    assert not page.live

    # The deputy approves: published.
    client_for(deputy).post(_action_url(page, "approve"))
    page.refresh_from_db()
    assert page.live


def test_an_editor_who_edits_during_review_cannot_pass_their_own_edit(commune, board_a):
    contributor, editor, deputy = board_a["contributor"], board_a["editor"], board_a["deputy"]
    page = _create(client_for(contributor), commune, "tin-bien-tap", **{"action-submit": "1"})
    image = page.lead_image
    # The editor rewrites the title and tries to approve in the same request.
    client_for(editor).post(
        reverse("wagtailadmin_pages:edit", args=(page.pk,)),
        news_form_data(
            image,
            title="Tiêu đề đã biên tập",
            slug="tin-bien-tap",
            **{"action-workflow-action": "1", "workflow-action-name": "approve"},
        ),
    )
    state = _state(page)
    assert state.current_task_state.task.specific.groups.filter(site_role__role="editor").exists()
    assert state.current_task_state.status == "in_progress"
    # The deputy reviews the editor's edit.
    client_for(deputy).post(_action_url(page, "approve"))
    state.refresh_from_db()
    assert state.current_task_state.task.specific.groups.filter(site_role__role="head").exists()


def test_emergency_publication_is_marked_and_reviewed_by_the_deputy(
    commune, board_a, board_b, district_admin
):
    head, deputy = board_a["head"], board_a["deputy"]
    page = _create(client_for(head), commune, "thong-bao-khan", **{"action-publish": "1"})
    page.refresh_from_db()
    assert page.live

    publication = EmergencyPublication.objects.get(page=page)
    assert publication.published_by == head and not publication.is_reviewed
    assert list(pending_emergency_publications()) == [publication]
    assert not pending_emergency_publications(sites=[other_site(board_b)]).exists()

    # The deputy sees it in their list; commune B's deputy does not.
    listing = client_for(deputy).get(reverse("board:emergency_list"))
    assert listing.status_code == 200
    assert page.title in listing.content.decode()
    other = client_for(board_b["deputy"]).get(reverse("board:emergency_list"))
    assert page.title not in other.content.decode()
    response = client_for(board_b["deputy"]).post(
        reverse("board:emergency_review", args=(publication.pk,))
    )
    assert response.status_code == 404

    # The head cannot review their own publication; the deputy can.
    response = client_for(head).post(reverse("board:emergency_review", args=(publication.pk,)))
    assert denied(response)
    publication.refresh_from_db()
    assert not publication.is_reviewed
    client_for(deputy).post(
        reverse("board:emergency_review", args=(publication.pk,)), {"note": "Đã kiểm tra."}
    )
    publication.refresh_from_db()
    assert publication.reviewed_by == deputy and publication.review_note == "Đã kiểm tra."
    assert not pending_emergency_publications().exists()

    # Contributors and editors have no such list.
    assert denied(client_for(board_a["editor"]).get(reverse("board:emergency_list")))


def test_district_admin_publication_is_not_an_emergency(commune, district_admin):
    page = _create(client_for(district_admin), commune, "tin-huyen", **{"action-publish": "1"})
    page.refresh_from_db()
    assert page.live
    assert not EmergencyPublication.objects.exists()


def other_site(board):
    from board.models import BoardMembership

    return BoardMembership.objects.filter(user=board["head"]).get().board.site


def test_nobody_approves_text_they_wrote_earlier_in_the_same_review(commune, board_a):
    """A content member submits; the deputy rewrites the text during review;
    the editor re-saves it; the deputy may not then approve: their own words
    would go live approved by nobody else."""
    content, editor, deputy = board_a["content"], board_a["editor"], board_a["deputy"]
    page = _create(client_for(content), commune, "tin-phoi-hop", **{"action-submit": "1"})
    image = page.lead_image
    edit_url = reverse("wagtailadmin_pages:edit", args=(page.pk,))
    client_for(deputy).post(
        edit_url, news_form_data(image, title="Lời của phó trưởng ban", slug="tin-phoi-hop")
    )
    client_for(editor).post(
        edit_url, news_form_data(image, title="Lời của phó trưởng ban", slug="tin-phoi-hop")
    )
    assert [r.user for r in page.revisions.order_by("pk")] == [content, deputy, editor]
    page = page.specific_class.objects.get(pk=page.pk)

    task = _state(page).current_task_state.task.specific
    assert "approve" not in [name for name, *_ in task.get_actions(page, deputy)]
    client = client_for(deputy)
    response = client.post(_action_url(page, "approve"), follow=True)
    page.refresh_from_db()
    assert not page.live
    assert (
        _state(page)
        .current_task_state.task.specific.groups.filter(site_role__role="editor")
        .exists()
    )
    shown = " ".join(str(m) for m in response.context["messages"])
    assert "kiểm tra chéo" in shown
