"""A supplier submits an item for their unit; the board cannot review it
until the unit's leader, with no account, opens the emailed link and
approves; an edit asks again; a used, expired, outdated or forged link is
refused in Vietnamese (requirements S4, point 2)."""

import re

import pytest

from django.core import mail
from django.utils import timezone, translation
from django.utils.translation import gettext

from wagtail.models import WorkflowState

from board.factories import full_board
from board.models import FourEyesApprovalTask, UnitApprovalRequest, UnitApprovalTask
from core.models import Supplier, SupplyingUnit
from news.factories import NewsPageFactory

from ..conftest import section
from .conftest import DESKTOP, PHONE
from .test_admin_in_vietnamese import _signed_in

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

LINK = re.compile(r"https?://[^/\s]+(/duyet-tin/[^\s]+/)")
LEADER = "lan@thainguyen.gov.vn"


def vi(msgid):
    with translation.override("vi"):
        return gettext(msgid)


def _links():
    return [LINK.search(m.body).group(1) for m in mail.outbox if m.to == [LEADER]]


def _task(page):
    state = WorkflowState.objects.get(object_id=str(page.pk), status="in_progress")
    return state.current_task_state.task.specific


def _save(admin, url, page, action, title=None):
    """Open the item in the admin and use the footer's action menu."""
    admin.goto(url + f"/admin/pages/{page.pk}/edit/")
    if title is not None:
        admin.fill("#id_title", title)
    button = admin.locator(f"footer button{action}")
    if not button.is_visible():
        admin.locator("footer [data-w-dropdown-target='toggle']").first.click()
    button.click()
    admin.wait_for_load_state()


def test_the_unit_leader_approves_by_link_before_the_board_reviews(browser_commune, new_page):
    url = browser_commune["url"]
    site = browser_commune["site"]
    board = full_board(site, prefix="tancuong")
    supplier_user = board["contributor"]
    unit = SupplyingUnit.objects.create(
        site=site,
        name="Hội Phụ nữ xã",
        leader_name="Trần Thị Lan",
        leader_position="Chủ tịch Hội Phụ nữ xã",
        leader_email=LEADER,
    )
    supplier = Supplier.objects.create(
        unit=unit, name=supplier_user.get_full_name(), user=supplier_user
    )
    page = NewsPageFactory(
        parent=section(site, "tin-tuc"),
        title="Hội Phụ nữ xã ra quân làm sạch đường làng",
        live=False,
        supplying_unit=unit,
        supplier=supplier,
        owner=supplier_user,
    )
    page.save_revision(user=supplier_user)

    # The supplier submits the item from the admin.
    writer = new_page(DESKTOP)
    _signed_in(writer.context, url, supplier_user)
    _save(writer, url, page, "[name='action-submit']")
    assert isinstance(_task(page), UnitApprovalTask)
    [first] = _links()

    # The board's editor has no way to review it yet.
    editor = new_page(DESKTOP)
    _signed_in(editor.context, url, board["editor"])
    editor.goto(url + f"/admin/pages/{page.pk}/edit/")
    assert editor.locator("footer [data-workflow-action-name]").count() == 0

    # The leader opens the link on a phone, without logging in, and approves.
    leader = new_page(PHONE)
    response = leader.goto(url + first)
    assert response.status == 200
    assert page.title in leader.content()
    with leader.expect_popup() as popup:
        leader.get_by_role("link", name=vi("Read the item as it would be published")).click()
    preview = popup.value
    preview.wait_for_load_state()
    assert page.title in preview.content()
    leader.get_by_label(vi("Approve"), exact=True).check()
    leader.get_by_role("button", name=vi("Send my decision")).click()
    leader.wait_for_load_state()
    assert vi("You have approved the item") in leader.content()
    assert isinstance(_task(page), FourEyesApprovalTask)  # the board's review now
    editor.goto(url + f"/admin/pages/{page.pk}/edit/")
    assert editor.locator("footer [data-workflow-action-name='approve']").count() >= 1

    # The link is used: 410, in Vietnamese.
    response = leader.goto(url + first)
    assert response.status == 410
    assert "đã được dùng" in leader.content()

    # The editor edits the item during review: the leader is asked again.
    _save(editor, url, page, ".action-save", title=page.title + " (cập nhật)")
    assert vi(
        "The item was edited: its unit leader has been asked to approve the new version."
    ) in (editor.content())
    assert isinstance(_task(page), UnitApprovalTask)
    second = _links()[-1]
    assert second != first

    # Another edit before the leader answers: the second link is outdated.
    _save(editor, url, page, ".action-save", title=page.title + " (lần 2)")
    third = _links()[-1]
    response = leader.goto(url + second)
    assert response.status == 410
    assert "đã thay đổi" in leader.content()

    # The third link expires unused.
    UnitApprovalRequest.objects.filter(decided_at__isnull=True).update(expires_at=timezone.now())
    response = leader.goto(url + third)
    assert response.status == 410
    assert "hết hạn" in leader.content()

    # A forged link: 403.
    response = leader.goto(url + "/duyet-tin/gia-mao/")
    assert response.status == 403
    assert vi("This link is not valid.") in leader.content()
