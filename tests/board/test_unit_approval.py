"""The unit leader approves an item supplied by their unit before the board
can review it, through an emailed link that needs no account and works
once, for one revision, until it expires (requirements S4, points 1-2)."""

import datetime
import re

import pytest

from django.core import mail
from django.urls import reverse
from django.utils import timezone

from wagtail.models import Page, PageLogEntry, WorkflowState

from board.models import FourEyesApprovalTask, UnitApprovalRequest, UnitApprovalTask
from core.factories import ImageFactory
from core.models import SiteProfile, Supplier, SupplyingUnit

from .helpers import client_for, denied, news_form_data, news_section

pytestmark = pytest.mark.django_db

LINK = re.compile(r"https?://[^/\s]+(/duyet-tin/[^\s]+/)")


@pytest.fixture
def unit(commune, board_a):
    unit = SupplyingUnit.objects.create(
        site=commune,
        name="Hội Phụ nữ xã",
        leader_name="Trần Thị Lan",
        leader_position="Chủ tịch Hội Phụ nữ xã",
        leader_email="lan@tancuong.gov.vn",
    )
    Supplier.objects.create(unit=unit, name="Lê Thị Mai", user=board_a["contributor"])
    return unit


def _submit(user, site, unit, slug, capture, **extra):
    image = ImageFactory(collection=SiteProfile.for_site(site).collection)
    data = news_form_data(
        image,
        slug=slug,
        supplying_unit=unit.pk if unit else "",
        supplier=unit.suppliers.first().pk if unit else "",
        **{"action-submit": "1"},
        **extra,
    )
    with capture(execute=True):
        response = client_for(user).post(
            reverse("wagtailadmin_pages:add", args=("news", "newspage", news_section(site).pk)),
            data,
        )
    assert response.status_code == 302, response.content[:2000]
    return Page.objects.get(slug=slug).specific


def _task(page):
    return WorkflowState.objects.get(
        object_id=str(page.pk), status=WorkflowState.STATUS_IN_PROGRESS
    ).current_task_state.task.specific


def _link(message):
    return LINK.search(message.body).group(1)


def _edit(user, page, capture, **extra):
    image = page.lead_image
    data = news_form_data(
        image,
        title=page.title + " (sửa)",
        slug=page.slug,
        supplying_unit=page.supplying_unit_id,
        supplier=page.supplier_id or "",
        **extra,
    )
    with capture(execute=True):
        response = client_for(user).post(reverse("wagtailadmin_pages:edit", args=(page.pk,)), data)
    assert response.status_code == 302, response.content[:2000]


def test_the_board_waits_for_the_leader_who_approves_by_link(
    commune, board_a, unit, site_client, django_capture_on_commit_callbacks
):
    page = _submit(
        board_a["contributor"], commune, unit, "tin-phu-nu", django_capture_on_commit_callbacks
    )
    assert page.supplier.name == "Lê Thị Mai" and page.supplier_name == "Lê Thị Mai"
    assert isinstance(_task(page), UnitApprovalTask)
    # The board's editor has nothing to act on yet, and a hand-made request fails.
    editor = board_a["editor"]
    assert _task(page).get_actions(page, editor) == []
    task_state = WorkflowState.objects.for_instance(page).get().current_task_state
    response = client_for(editor).post(
        reverse("wagtailadmin_pages:workflow_action", args=(page.pk, "approve", task_state.pk))
    )
    assert denied(response)
    assert isinstance(_task(page), UnitApprovalTask)

    [message] = [m for m in mail.outbox if m.to == ["lan@tancuong.gov.vn"]]
    assert "Xã Tân Cương" in message.subject and page.title in message.subject
    assert "Lê Thị Mai" in message.body and "approve" not in message.body.lower()
    link = _link(message)

    visitor = site_client(commune)  # no login
    response = visitor.get(link)
    assert response.status_code == 200
    assert page.title in response.content.decode()
    preview = visitor.get(link + "xem/")
    assert preview.status_code == 200 and "Nội dung hội nghị." in preview.content.decode()

    response = visitor.post(link, {"decision": "approve", "comment": "Đồng ý đăng."})
    assert response.status_code == 200
    assert isinstance(_task(page), FourEyesApprovalTask)  # now in the board's review
    request = UnitApprovalRequest.objects.get()
    assert request.decision == "approved" and request.revision_id == page.latest_revision_id
    entry = PageLogEntry.objects.get(page=page, action="board.unit_approval.approved")
    assert entry.revision_id == request.revision_id and "Trần Thị Lan" in entry.message
    draft = page.get_latest_revision_as_object()
    assert draft.unit_approver_name == "Trần Thị Lan"
    assert draft.unit_approved_on == timezone.localdate()

    # Used once: the same link now answers 410 in Vietnamese.
    response = visitor.get(link)
    assert response.status_code == 410
    assert "đã được dùng" in response.content.decode()


def test_an_edit_after_approval_asks_the_leader_again(
    commune, board_a, unit, site_client, django_capture_on_commit_callbacks
):
    page = _submit(
        board_a["contributor"], commune, unit, "tin-sua-lai", django_capture_on_commit_callbacks
    )
    first = _link(mail.outbox[-1])
    site_client(commune).post(first, {"decision": "approve", "comment": ""})
    assert isinstance(_task(page), FourEyesApprovalTask)

    mail.outbox.clear()
    _edit(board_a["editor"], page, django_capture_on_commit_callbacks)
    page.refresh_from_db()
    assert isinstance(_task(page), UnitApprovalTask)
    [message] = [m for m in mail.outbox if m.to == ["lan@tancuong.gov.vn"]]
    second = _link(message)
    assert second != first
    assert page.get_latest_revision_as_object().unit_approver_name == ""

    # A link to the earlier version is refused.
    response = site_client(commune).get(first)
    assert response.status_code == 410


def test_an_edit_before_the_decision_makes_the_old_link_refused(
    commune, board_a, unit, site_client, django_capture_on_commit_callbacks
):
    page = _submit(
        board_a["contributor"], commune, unit, "tin-chua-duyet", django_capture_on_commit_callbacks
    )
    first = _link(mail.outbox[-1])
    _edit(board_a["contributor"], page, django_capture_on_commit_callbacks)
    response = site_client(commune).post(first, {"decision": "approve"})
    assert response.status_code == 410
    assert "đã thay đổi" in response.content.decode()
    assert isinstance(_task(page), UnitApprovalTask)
    assert UnitApprovalRequest.objects.filter(decided_at__isnull=False).count() == 0


def test_expired_forged_and_foreign_links_are_refused(
    commune, other_commune, board_a, unit, site_client, django_capture_on_commit_callbacks
):
    page = _submit(
        board_a["contributor"], commune, unit, "tin-het-han", django_capture_on_commit_callbacks
    )
    link = _link(mail.outbox[-1])
    assert site_client(other_commune).get(link).status_code == 403  # another commune's host
    assert site_client(commune).get(link[:-3] + "xx/").status_code == 403  # tampered

    UnitApprovalRequest.objects.update(expires_at=timezone.now() - datetime.timedelta(minutes=1))
    response = site_client(commune).post(link, {"decision": "approve"})
    assert response.status_code == 410
    assert "hết hạn" in response.content.decode()
    assert isinstance(_task(page), UnitApprovalTask)


def test_declining_needs_a_comment_and_sends_the_item_back(
    commune, board_a, unit, site_client, django_capture_on_commit_callbacks
):
    page = _submit(
        board_a["contributor"], commune, unit, "tin-khong-duyet", django_capture_on_commit_callbacks
    )
    link = _link(mail.outbox[-1])
    visitor = site_client(commune)
    response = visitor.post(link, {"decision": "decline", "comment": "  "})
    assert response.status_code == 400
    assert "bắt buộc" in response.content.decode()
    assert not UnitApprovalRequest.objects.filter(decided_at__isnull=False).exists()

    response = visitor.post(link, {"decision": "decline", "comment": "Số liệu chưa đúng."})
    assert response.status_code == 200
    state = WorkflowState.objects.for_instance(page).get()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert state.current_task_state.comment.endswith("Số liệu chưa đúng.")


def test_items_no_unit_supplied_go_straight_to_review(
    commune, board_a, django_capture_on_commit_callbacks
):
    page = _submit(
        board_a["content"], commune, None, "tin-cua-ban", django_capture_on_commit_callbacks
    )
    assert isinstance(_task(page), FourEyesApprovalTask)
    assert not UnitApprovalRequest.objects.exists()


def test_only_the_head_waives_and_must_say_why(
    commune, board_a, unit, django_capture_on_commit_callbacks
):
    unit.leader_email = ""
    unit.save()
    page = _submit(
        board_a["contributor"], commune, unit, "tin-mien-duyet", django_capture_on_commit_callbacks
    )
    assert not UnitApprovalRequest.objects.exists()  # nobody to email
    # The head finds it among the items awaiting them, to waive.
    dashboard = client_for(board_a["head"]).get(reverse("wagtailadmin_home")).content.decode()
    assert page.title in dashboard and "Miễn bước lãnh đạo đơn vị duyệt" in dashboard
    task_state = WorkflowState.objects.for_instance(page).get().current_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=(page.pk, "waive", task_state.pk))
    assert denied(client_for(board_a["deputy"]).post(url, {"comment": "Gấp"}))
    assert isinstance(_task(page), UnitApprovalTask)

    head = client_for(board_a["head"])
    head.post(url, {"comment": "  "})
    assert isinstance(_task(page), UnitApprovalTask)
    head.post(url, {"comment": "Lãnh đạo Hội đi công tác, tin cần đăng ngay."})
    assert isinstance(_task(page), FourEyesApprovalTask)
    task_state.refresh_from_db()
    assert task_state.finished_by == board_a["head"]
    assert task_state.comment == "Lãnh đạo Hội đi công tác, tin cần đăng ngay."


def test_a_supplier_of_another_unit_is_refused(commune, other_commune, board_a, unit):
    other_unit = SupplyingUnit.objects.create(site=commune, name="Đoàn Thanh niên")
    stranger = Supplier.objects.create(unit=other_unit, name="Phạm Văn Nam")
    foreign = Supplier.objects.create(
        unit=SupplyingUnit.objects.create(site=other_commune, name="Hội Nông dân Phú Thạnh"),
        name="Người xã khác",
    )
    image = ImageFactory(collection=SiteProfile.for_site(commune).collection)
    url = reverse("wagtailadmin_pages:add", args=("news", "newspage", news_section(commune).pk))
    client = client_for(board_a["content"])
    form = client.get(url).content.decode()
    assert "Phạm Văn Nam" in form and "Người xã khác" not in form
    for supplier in (stranger, foreign):
        response = client.post(
            url,
            news_form_data(image, slug="tin-sai", supplying_unit=unit.pk, supplier=supplier.pk),
        )
        assert response.status_code == 200
        assert not Page.objects.filter(slug="tin-sai").exists()
