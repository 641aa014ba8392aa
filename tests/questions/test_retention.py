"""Erasing askers' personal data: on request, and after the retention period."""

import datetime
from io import StringIO

import pytest

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management import CommandError, call_command
from django.utils import timezone

from questions.factories import QuestionFactory
from questions.models import QuestionSettings, QuestionState
from questions.services import workflow
from questions.services.retention import months_before, purge_expired


def test_erase_on_request_keeps_question_and_log(commune, head):
    question = QuestionFactory(
        site=commune, state=QuestionState.PUBLISHED, answer="Trả lời", published_at=timezone.now()
    )
    workflow.erase_personal_data(head, question, note="Yêu cầu ngày 01/03/2026")
    question.refresh_from_db()
    assert (question.asker_name, question.phone, question.email) == ("", "", "")
    assert question.erased_at is not None
    assert question.text and question.answer and question.state == QuestionState.PUBLISHED
    event = question.events.get(action="erase")
    assert event.actor == head and event.note == "Yêu cầu ngày 01/03/2026"
    with pytest.raises(ValidationError):
        workflow.erase_personal_data(head, question)


def test_members_and_other_communes_cannot_erase(commune, member, outsider):
    question = QuestionFactory(site=commune)
    for user in (member, outsider):
        with pytest.raises(PermissionDenied):
            workflow.erase_personal_data(user, question)
    question.refresh_from_db()
    assert question.asker_name and question.erased_at is None


def test_months_before():
    moment = datetime.datetime(2026, 3, 31, 10, tzinfo=datetime.UTC)
    assert months_before(moment, 1).date() == datetime.date(2026, 2, 28)
    assert months_before(moment, 24).date() == datetime.date(2024, 3, 31)
    assert months_before(moment, 15).date() == datetime.date(2024, 12, 31)


def closed(site, months_ago, state=QuestionState.PUBLISHED):
    when = months_before(timezone.now(), months_ago) - datetime.timedelta(days=1)
    return QuestionFactory(site=site, state=state, closed_at=when, published_at=when)


def test_purge_after_each_sites_retention(commune, other_commune):
    settings = QuestionSettings.for_site(other_commune)
    settings.retention_months = 6
    settings.save()
    old = closed(commune, 24)
    old_refused = closed(commune, 25, state=QuestionState.REFUSED)
    recent = closed(commune, 12)
    still_open = QuestionFactory(
        site=commune, received_at=timezone.now() - datetime.timedelta(days=900)
    )
    other_old = closed(other_commune, 6)
    other_recent = closed(other_commune, 4)

    out = StringIO()
    call_command("purge_question_data", "--dry-run", stdout=out)
    assert "3" in out.getvalue()
    old.refresh_from_db()
    assert old.erased_at is None  # dry run changed nothing

    call_command("purge_question_data", stdout=StringIO())
    for question in (old, old_refused, other_old):
        question.refresh_from_db()
        assert question.erased_at and not question.asker_name and not question.email
        event = question.events.get(action="erase")
        assert event.actor is None and event.note
    for question in (recent, still_open, other_recent):
        question.refresh_from_db()
        assert question.erased_at is None and question.asker_name

    # run again: nothing more to do
    assert purge_expired().total == 0


def test_purge_one_site_and_unknown_site(commune, other_commune):
    here, there = closed(commune, 30), closed(other_commune, 30)
    call_command("purge_question_data", "--site", commune.hostname, stdout=StringIO())
    here.refresh_from_db()
    there.refresh_from_db()
    assert here.erased_at and there.erased_at is None
    with pytest.raises(CommandError):
        call_command("purge_question_data", "--site", "nowhere.example", stdout=StringIO())


ASKER = {
    "asker_name": "Lê Thị Bích Ngọc",
    "phone": "0987.654.321",
    "email": "ngoc.le.hoi@gmail.com",
}


def _tables_holding(needles):
    """Every (table, column value) of the database that still holds a needle:
    every table, every column, as stored (SQLite and PostgreSQL alike)."""
    import re

    from django.db import connection

    phone_re = re.compile(r"[\s.-]?".join(re.sub(r"\D", "", needles["phone"])))
    found = []
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names():
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")  # noqa: S608
            for row in cursor.fetchall():
                for value in row:
                    text = (
                        value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)
                    )
                    if (
                        needles["asker_name"] in text
                        or needles["email"] in text.lower()
                        or phone_re.search(text)
                    ):
                        found.append((table, text[:120]))
    return found


@pytest.mark.django_db
@pytest.mark.parametrize("how", ["on request", "retention"])
def test_erasure_leaves_the_askers_data_in_no_table(commune, head, site_client, settings, how):
    """The receipt waits in the mail queue (and another is already sent);
    after erasure nothing in any table still holds the name, phone or email."""
    from questions.models import Question
    from questions.services.consent import current_notice
    from tests.questions.helpers import VALID

    settings.EMAIL_BACKEND = "outbox.backends.QueuedEmailBackend"
    settings.QUESTIONS_RATE_LIMITS = None
    data = {**VALID, **ASKER, "notice_version": current_notice().version}
    for _ in range(2):
        response = site_client(commune).post("/hoi-dap/gui-cau-hoi/", data)
        assert response.status_code == 200
    from outbox.models import OutgoingEmail

    OutgoingEmail.objects.filter(pk=OutgoingEmail.objects.first().pk).update(sent_at=timezone.now())
    assert _tables_holding(ASKER)  # the test sees the data before erasure

    for question in Question.objects.all():
        if how == "on request":
            workflow.erase_personal_data(head, question, note="Yêu cầu")
        else:
            Question.objects.filter(pk=question.pk).update(
                state=QuestionState.REFUSED,
                closed_at=timezone.now() - datetime.timedelta(days=3 * 366),
            )
    if how == "retention":
        call_command("purge_question_data", stdout=StringIO())

    assert _tables_holding(ASKER) == []


@pytest.mark.django_db
def test_sent_mail_is_deleted_after_the_keeping_period(settings):
    from django.core.mail import EmailMessage

    from outbox.models import OutgoingEmail
    from outbox.services.queue import enqueue

    settings.OUTBOX_KEEP_DAYS = 30
    old, recent, waiting = enqueue(
        [EmailMessage("Tiêu đề", "…", None, [f"{n}@example.vn"]) for n in ("cu", "moi", "cho")]
    )
    now = timezone.now()
    OutgoingEmail.objects.filter(pk=old).update(sent_at=now - datetime.timedelta(days=31))
    OutgoingEmail.objects.filter(pk=recent).update(sent_at=now - datetime.timedelta(days=29))
    OutgoingEmail.objects.filter(pk=waiting).update(
        next_attempt_at=now + datetime.timedelta(days=1)
    )
    call_command("send_queued_mail", stdout=StringIO())
    assert set(OutgoingEmail.objects.values_list("pk", flat=True)) == {recent, waiting}
