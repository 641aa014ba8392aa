"""Every email the product sends reads in Vietnamese, names the commune in a
short subject, names the item, and links into the admin: the workflow's
(Wagtail's, with our subjects), the daily deadline reminder and the
receipt a citizen gets for a question.
"""

import re
from io import StringIO

import pytest

from django.core import mail
from django.core.management import call_command
from django.urls import reverse

from wagtail.models import Page, WorkflowState

from core.factories import ImageFactory
from core.models import SiteProfile
from questions.factories import QuestionFactory
from questions.services.submission import confirmation_message
from tests.browser.crawl import english_in

from .helpers import client_for, news_form_data, news_section

pytestmark = pytest.mark.django_db

URL = re.compile(r"https?://\S+")


def english_lines(text):
    """Lines of ``text`` that read as English, links aside."""
    return english_in([URL.sub(" ", line) for line in text.splitlines() if line.strip()])


def _task_state(page):
    return (
        WorkflowState.objects.for_instance(page)
        .get(status__in=["in_progress", "needs_changes"])
        .current_task_state
    )


def _act(client, page, action, comment=None):
    url = reverse(
        "wagtailadmin_pages:workflow_action", args=(page.pk, action, _task_state(page).pk)
    )
    return client.post(url, {} if comment is None else {"comment": comment})


def _check(message, title, *, expected_subject):
    assert message.subject == expected_subject.format(title=title)
    assert english_lines(message.subject) == []
    assert english_lines(message.body) == [], message.body
    assert "http://testserver/admin/" in message.body


def test_workflow_emails_name_the_commune_and_the_item(commune, board_a, board_b):
    contributor, editor, head = board_a["contributor"], board_a["editor"], board_a["head"]
    image = ImageFactory(collection=SiteProfile.for_site(commune).collection)
    title = "Hội nghị sơ kết công tác quý III"

    client_for(contributor).post(
        reverse("wagtailadmin_pages:add", args=("news", "newspage", news_section(commune).pk)),
        news_form_data(image, **{"action-submit": "submit"}),
    )
    page = Page.objects.get(slug="hoi-nghi-so-ket").specific
    assert mail.outbox, "the reviewers are told"
    for message in mail.outbox:
        _check(message, title, expected_subject="[Xã Tân Cương] Chờ duyệt: “{title}”")

    mail.outbox.clear()
    _act(client_for(editor), page, "reject", comment="Thiếu nguồn ảnh, bổ sung giúp.")
    (sent_back,) = mail.outbox
    assert sent_back.to == [contributor.email]
    _check(sent_back, title, expected_subject="[Xã Tân Cương] Bị trả lại: “{title}”")
    assert "Thiếu nguồn ảnh, bổ sung giúp." in sent_back.body

    mail.outbox.clear()
    client_for(contributor).post(
        reverse("wagtailadmin_pages:edit", args=(page.pk,)),
        news_form_data(image, source="Đài truyền thanh xã", **{"action-submit": "submit"}),
    )
    _act(client_for(editor), page, "approve")
    assert {m.subject for m in mail.outbox} >= {f"[Xã Tân Cương] Chờ duyệt: “{title}”"}
    for message in mail.outbox:
        assert message.subject.startswith("[Xã Tân Cương] ")
        assert english_lines(message.body) == [], message.body

    mail.outbox.clear()
    _act(client_for(head), page, "approve")
    page.refresh_from_db()
    assert page.live
    published = [m for m in mail.outbox if contributor.email in m.to]
    assert published
    _check(
        published[0], title, expected_subject="[Xã Tân Cương] Đã phê duyệt và xuất bản: “{title}”"
    )


def test_the_deadline_reminder_names_the_commune(boards):
    call_command("check_deadlines", "--date", "2026-02-24", stdout=StringIO())
    message = next(m for m in mail.outbox if m.to == ["tc.head@example.gov.vn"])
    assert message.subject.startswith("[Xã Tân Cương] ")
    assert english_lines(message.subject) == []
    assert english_lines(message.body) == [], message.body
    assert "Quyết định thành lập tổ công tác" in message.body


def test_the_question_receipt_names_the_commune(commune):
    question = QuestionFactory(site=commune)
    message = confirmation_message(question, tracking_url="https://tancuong.example.gov.vn/x/")
    assert "Xã Tân Cương" in message.subject
    assert question.tracking_code in message.subject
    assert english_lines(message.subject) == []
    assert english_lines(message.body) == [], message.body
