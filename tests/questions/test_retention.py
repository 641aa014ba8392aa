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
    question = QuestionFactory(site=commune, state=QuestionState.PUBLISHED,
                               answer="Trả lời", published_at=timezone.now())
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
    still_open = QuestionFactory(site=commune, received_at=timezone.now() - datetime.timedelta(days=900))
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
