"""The asker is told: one email when the question is answered and published
or refused, only with an address and their agreement; the tracking page
says when the answer is late."""

import datetime

import pytest

from django.core import mail
from django.utils import timezone

from questions.factories import QuestionFactory
from questions.models import QuestionState
from questions.services import workflow

pytestmark = pytest.mark.django_db

TRACK = "/hoi-dap/tra-cuu/"


def submitted(commune, member, **fields):
    return QuestionFactory(
        site=commune,
        state=QuestionState.SUBMITTED,
        answer="Hồ sơ gồm đơn đăng ký và giấy tờ về quyền sử dụng đất.",
        answered_by=member,
        **fields,
    )


def test_published_answer_is_emailed_once(
    commune, member, head, django_capture_on_commit_callbacks
):
    question = submitted(commune, member, notify_by_email=True)
    with django_capture_on_commit_callbacks(execute=True):
        workflow.publish(head, question)
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [question.email]
    assert "Xã Tân Cương" in message.subject and question.tracking_code in message.subject
    assert "Hồ sơ gồm đơn đăng ký" in message.body
    assert "http://tancuong.example.gov.vn/hoi-dap/tra-cuu/" in message.body
    assert "Tracking" not in message.body and "answered" not in message.body  # Vietnamese


def test_refusal_is_emailed_once_with_the_reason(commune, head, django_capture_on_commit_callbacks):
    question = QuestionFactory(site=commune, notify_by_email=True)
    with django_capture_on_commit_callbacks(execute=True):
        workflow.refuse(head, question, "Không thuộc thẩm quyền giải quyết của xã.")
    assert len(mail.outbox) == 1
    assert "Không thuộc thẩm quyền giải quyết của xã." in mail.outbox[0].body


@pytest.mark.parametrize(
    "fields",
    [
        {"notify_by_email": False},  # did not agree to be contacted
        {"notify_by_email": True, "email": ""},  # gave no address
    ],
)
def test_no_email_without_address_or_agreement(
    commune, member, head, fields, django_capture_on_commit_callbacks
):
    question = submitted(commune, member, **fields)
    with django_capture_on_commit_callbacks(execute=True):
        workflow.publish(head, question)
    other = QuestionFactory(site=commune, **fields)
    with django_capture_on_commit_callbacks(execute=True):
        workflow.refuse(head, other, "Câu hỏi trùng lặp.")
    assert mail.outbox == []


def test_the_form_records_the_agreement(site_client, commune, valid_data):
    from questions.models import Question

    site_client(commune).post("/hoi-dap/gui-cau-hoi/", {**valid_data, "notify_by_email": "on"})
    site_client(commune).post("/hoi-dap/gui-cau-hoi/", {**valid_data})
    assert sorted(Question.objects.values_list("notify_by_email", flat=True)) == [False, True]


def test_tracking_shows_late_the_first_working_day_after_the_due_date(
    site_client, commune, monkeypatch
):
    friday = datetime.date(2026, 12, 4)
    question = QuestionFactory(site=commune, due_date=friday)
    client = site_client(commune)

    def on(day):
        monkeypatch.setattr(timezone, "localdate", lambda *args, **kwargs: day)
        return client.post(TRACK, {"code": question.tracking_code}).content.decode()

    assert "late since" not in on(friday) and "quá hạn" not in on(friday)
    monday = on(datetime.date(2026, 12, 7))
    assert "05/12/2026" in monday
    assert "quá hạn" in monday or "late since" in monday
