"""One news item walks contributor → editor → head → published in the admin,
through HTTP, with a send-back, the emails, and the audit trail."""

import pytest

from django.core import mail
from django.urls import reverse

from wagtail.models import Page, PageLogEntry, TaskState, WorkflowState

from board.models import EmergencyPublication
from core.factories import ImageFactory
from core.models import SiteProfile

from .helpers import client_for, news_form_data, news_section

pytestmark = pytest.mark.django_db


def _recipients():
    return sorted(address for message in mail.outbox for address in message.to)


def _task_state(page):
    return (
        WorkflowState.objects.for_instance(page)
        .get(status__in=["in_progress", "needs_changes"])
        .current_task_state
    )


def _workflow_action(client, page, action, comment=None):
    task_state = _task_state(page)
    url = reverse("wagtailadmin_pages:workflow_action", args=(page.pk, action, task_state.pk))
    data = {} if comment is None else {"comment": comment}
    return client.post(url, data)


def test_news_item_walks_from_contributor_to_publication(commune, board_a, board_b):
    contributor, editor, deputy, head = (
        board_a["contributor"],
        board_a["editor"],
        board_a["deputy"],
        board_a["head"],
    )
    image = ImageFactory(collection=SiteProfile.for_site(commune).collection)
    parent = news_section(commune)

    # 1. The contributor writes the item and submits it for review.
    client = client_for(contributor)
    response = client.post(
        reverse("wagtailadmin_pages:add", args=("news", "newspage", parent.pk)),
        news_form_data(image, **{"action-submit": "submit"}),
    )
    assert response.status_code == 302, response.content[:2000]
    page = Page.objects.get(slug="hoi-nghi-so-ket").specific
    assert not page.live
    state = WorkflowState.objects.for_instance(page).get()
    assert state.status == "in_progress" and state.requested_by == contributor
    # The review group (editor and deputy of this commune, nobody else) is told.
    assert _recipients() == sorted([editor.email, deputy.email])
    assert all("hoi-nghi" in m.body or page.title in m.body for m in mail.outbox)

    # 2. The editor sends it back; a comment is required.
    mail.outbox.clear()
    editor_client = client_for(editor)
    _workflow_action(editor_client, page, "reject", comment="")
    assert _task_state(page).status == TaskState.STATUS_IN_PROGRESS
    assert mail.outbox == []
    _workflow_action(editor_client, page, "reject", comment="Thiếu nguồn ảnh, bổ sung giúp.")
    state.refresh_from_db()
    assert state.status == "needs_changes"
    # The author reads the reason in the email and in the workflow history.
    assert _recipients() == [contributor.email]
    assert "Thiếu nguồn ảnh" in mail.outbox[0].body
    history = client.get(reverse("wagtailadmin_pages:workflow_history", args=(page.pk,)))
    assert history.status_code == 200
    detail = client.get(
        reverse("wagtailadmin_pages:workflow_history_detail", args=(page.pk, state.pk))
    )
    assert "Thiếu nguồn ảnh" in detail.content.decode()

    # 3. The contributor fixes it and submits again.
    mail.outbox.clear()
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=(page.pk,)),
        news_form_data(image, source="Đài truyền thanh xã", **{"action-submit": "submit"}),
    )
    assert response.status_code == 302
    state.refresh_from_db()
    assert state.status == "in_progress"
    assert _recipients() == sorted([editor.email, deputy.email])

    # 4. The editor passes it to approval: the head and deputy are told.
    mail.outbox.clear()
    _workflow_action(editor_client, page, "approve")
    approval_groups = _task_state(page).task.specific.groups
    assert approval_groups.filter(site_role__role="head").exists()
    assert sorted(_recipients()) == sorted([head.email, deputy.email])

    # 5. The head approves: the item is published and its author told.
    mail.outbox.clear()
    _workflow_action(client_for(head), page, "approve")
    page.refresh_from_db()
    state.refresh_from_db()
    assert page.live and state.status == "approved"
    assert contributor.email in _recipients()
    # Nobody on commune B heard of it.
    everyone = {address for m in mail.outbox for address in m.to}
    assert not everyone & {u.email for u in board_b.values()}

    # Revision history and audit log show who did what.
    actions = list(
        PageLogEntry.objects.filter(page=page)
        .order_by("timestamp", "pk")
        .values_list("action", "user__username")
    )
    assert ("wagtail.workflow.start", contributor.username) in actions
    assert ("wagtail.workflow.reject", editor.username) in actions
    assert ("wagtail.workflow.approve", editor.username) in actions
    assert ("wagtail.workflow.approve", head.username) in actions
    assert ("wagtail.publish", head.username) in actions
    assert {r.user for r in page.revisions.all()} == {contributor}
    # A workflow publication is not an emergency one.
    assert not EmergencyPublication.objects.exists()
