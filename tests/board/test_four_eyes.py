"""Four eyes: nobody approves a revision they wrote; the head's emergency
publication is marked and reviewed afterwards by the deputy."""

import datetime
from io import StringIO

import pytest

from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import ngettext

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


def _publish_at_once(head, site, slug, reason):
    """The head clicks Publish, is asked why, and gives ``reason``."""
    client = client_for(head)
    image = ImageFactory(collection=SiteProfile.for_site(site).collection)
    response = client.post(
        reverse("wagtailadmin_pages:add", args=("news", "newspage", news_section(site).pk)),
        news_form_data(image, slug=slug, **{"action-publish": "1"}),
    )
    page = Page.objects.get(slug=slug).specific
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("board:emergency_publish", args=[page.pk]))
    assert not page.live  # nothing published before the reason is given
    response = client.post(response["Location"], {"reason": reason})
    page.refresh_from_db()
    return page


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
    page = _publish_at_once(head, commune, "thong-bao-khan", "Thông báo khẩn về mưa lũ.")
    assert page.live

    publication = EmergencyPublication.objects.get(page=page)
    assert publication.published_by == head and not publication.is_reviewed
    assert publication.reason == "Thông báo khẩn về mưa lũ."
    assert publication.review_due is not None
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


def test_publishing_at_once_without_a_reason_is_refused(commune, board_a):
    page = _publish_at_once(board_a["head"], commune, "khong-ly-do", "   ")
    assert not page.live
    assert not EmergencyPublication.objects.exists()


def test_a_reason_for_another_revision_publishes_nothing(commune, board_a):
    head = board_a["head"]
    page = _publish_at_once(head, commune, "ban-cu", "")
    old = page.latest_revision
    page.title = "Bản sửa sau"
    page.save_revision(user=board_a["editor"])
    url = reverse("board:emergency_publish", args=[page.pk]) + f"?revision={old.pk}"
    response = client_for(head).post(url, {"reason": "Khẩn cấp."})
    assert response.status_code == 200
    page.refresh_from_db()
    assert not page.live


def test_another_communes_head_cannot_reach_the_screen(commune, board_a, board_b):
    page = _publish_at_once(board_a["head"], commune, "tin-xa-a", "")
    url = reverse("board:emergency_publish", args=[page.pk])
    url += f"?revision={page.latest_revision_id}"
    response = client_for(board_b["head"]).post(url, {"reason": "Khẩn cấp."})
    assert response.status_code == 404 or denied(response)
    page.refresh_from_db()
    assert not page.live


def test_an_overdue_review_shows_on_both_dashboards_and_in_the_daily_email(
    commune, board_a, district_admin
):
    page = _publish_at_once(board_a["head"], commune, "khan-qua-han", "Cháy rừng.")
    publication = EmergencyPublication.objects.get(page=page)
    EmergencyPublication.objects.filter(pk=publication.pk).update(
        review_due=timezone.localdate() - datetime.timedelta(days=3)
    )
    board_home = client_for(board_a["deputy"]).get(reverse("wagtailadmin_home")).content.decode()
    assert page.title in board_home and "Cháy rừng." in board_home
    district = client_for(district_admin).get(reverse("board:district_dashboard"))
    with translation.override("vi"):
        overdue = ngettext("%(counter)s review overdue", "%(counter)s reviews overdue", 1)
    assert overdue % {"counter": 1} in district.content.decode()
    call_command("check_deadlines", stdout=StringIO())
    bodies = [m.body for m in mail.outbox if board_a["head"].email in m.to]
    assert any(page.title in body for body in bodies)


def test_the_head_cannot_publish_several_pages_at_once_from_a_listing(commune, board_a):
    page = _publish_at_once(board_a["head"], commune, "tin-hang-loat", "")
    assert not page.live
    response = client_for(board_a["head"]).post(
        f"/admin/bulk/wagtailcore/page/publish/?id={page.pk}&next=/admin/", {}
    )
    assert response.status_code == 302
    page.refresh_from_db()
    assert not page.live
    assert not EmergencyPublication.objects.exists()
