"""A citizen comments on a draft from a phone; the commune's board moderates
it in the admin; after the window closes the report on comments is shown;
another commune's board cannot see or moderate the comment. axe-core checks
the consultation page with its form, with the report, and the subscription
page."""

import datetime

import pytest

from django.utils import timezone, translation
from django.utils.translation import gettext

from board.factories import full_board
from consultations.factories import ConsultationPageFactory
from consultations.models import CommentState, ConsultationPage, DraftComment
from home.factories import CommuneSiteFactory

from ..conftest import section
from .conftest import DESKTOP, PHONE
from .test_accessibility import BLOCKING_IMPACTS, _report, run_axe
from .test_admin_in_vietnamese import _signed_in

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

COMMENT = "Đề nghị bổ sung quy định về thời hạn trả lời câu hỏi của người dân."


def vi(msgid):
    with translation.override("vi"):
        return gettext(msgid)


def axe_clean(page, where):
    blocking = [v for v in run_axe(page) if v["impact"] in BLOCKING_IMPACTS]
    assert not blocking, _report([(where, blocking)])


def test_comment_moderation_and_report(browser_commune, new_page):
    url = browser_commune["url"]
    site = browser_commune["site"]
    board = full_board(site, prefix="tancuong")
    other = CommuneSiteFactory(hostname="phuthanh.example.gov.vn", name="Xã Phú Thạnh")
    outsider = full_board(other, prefix="phuthanh")["head"]
    today = timezone.localdate()
    draft = ConsultationPageFactory(
        parent=section(site, "lay-y-kien"),
        title="Dự thảo Quy chế hoạt động của Trang thông tin điện tử xã",
        opens_on=today - datetime.timedelta(days=5),
        closes_on=today + datetime.timedelta(days=2),
    )
    draft_path = draft.relative_url(site)

    # A citizen, on a phone, comments with consent and is thanked.
    phone = new_page(PHONE, bypass_csp=True)
    phone.goto(url + draft_path)
    axe_clean(phone, "consultation page with its form @phone")
    phone.fill("[name=commenter_name]", "Trần Thị Mai")
    phone.fill("[name=contact]", "mai.tran@gmail.com")
    phone.fill("[name=article]", "Điều 5")
    phone.fill("[name=text]", COMMENT)
    phone.check("[name=consent]")
    phone.get_by_role("button", name=vi("Send the comment")).click()
    phone.wait_for_load_state()
    assert vi("Thank you: your comment has been received") in phone.content()
    comment = DraftComment.objects.get()
    assert comment.state == CommentState.PENDING

    # Another commune's board: not in its queue, 404 on the comment itself.
    foreign = new_page(DESKTOP)
    _signed_in(foreign.context, url, outsider)
    foreign.goto(url + "/admin/draft-comments/")
    assert COMMENT[:30] not in foreign.content()
    response = foreign.goto(url + f"/admin/draft-comments/edit/{comment.pk}/")
    assert response.status == 404

    # The commune's editor approves it in the admin.
    admin = new_page(DESKTOP)
    _signed_in(admin.context, url, board["editor"])
    admin.goto(url + "/admin/draft-comments/?state=pending")
    admin.locator(f"a[href='/admin/draft-comments/edit/{comment.pk}/']").first.click()
    admin.wait_for_url(f"**/admin/draft-comments/edit/{comment.pk}/")
    assert "mai.tran@gmail.com" in admin.content()  # the board sees the contact
    admin.get_by_role("button", name=vi("Approve and publish")).click()
    admin.wait_for_load_state()
    comment.refresh_from_db()
    assert comment.state == CommentState.APPROVED and comment.number == 1

    # Shown under the draft, without the contact.
    phone.goto(url + draft_path)
    html = phone.content()
    assert COMMENT in html and "Trần Thị Mai" in html
    assert "mai.tran@gmail.com" not in html

    # The window closes; the head publishes the report; the page shows it.
    head = board["head"]
    page = ConsultationPage.objects.get(pk=draft.pk)
    page.opens_on = today - datetime.timedelta(days=20)
    page.closes_on = today - datetime.timedelta(days=1)
    page.report = [
        (
            "response",
            {"comments": "1", "outcome": "accepted", "response": "Bổ sung khoản 3 Điều 5."},
        )
    ]
    page.save_revision(user=head).publish(user=head)
    phone.goto(url + draft_path)
    html = phone.content()
    assert vi("Report on how comments were taken into account") in html
    assert "Bổ sung khoản 3 Điều 5." in html
    assert 'name="commenter_name"' not in html
    axe_clean(phone, "consultation page with its report @phone")

    phone.goto(url + "/lay-y-kien/")
    assert vi("Concluded") in phone.content()

    # The subscription page, linked from the footer.
    phone.get_by_role("link", name=vi("Receive news by email")).first.click()
    phone.wait_for_url("**/dang-ky-nhan-tin/")
    axe_clean(phone, "subscription page @phone")
    desktop = new_page(DESKTOP, bypass_csp=True)
    desktop.goto(url + "/dang-ky-nhan-tin/")
    axe_clean(desktop, "subscription page @desktop")
