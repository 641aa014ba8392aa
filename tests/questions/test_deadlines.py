"""The 15-working-day answer deadline, across Tết 2026, and late flags."""

import datetime
from zoneinfo import ZoneInfo

import pytest

from questions.factories import QuestionFactory
from questions.models import Question, QuestionState
from questions.services.consent import current_notice
from questions.services.deadlines import answer_due_date
from questions.services.submission import receive_question

HCM = ZoneInfo("Asia/Ho_Chi_Minh")


def test_question_received_before_tet_2026(commune):
    # Received Friday 13/02/2026. Tết: Mon 16 – Fri 20/02 are days off, so the
    # 15 working days are 23–27/02, 02–06/03 and 09–13/03.
    assert answer_due_date(datetime.date(2026, 2, 13), commune) == datetime.date(2026, 3, 13)


def test_received_late_in_the_evening_counts_the_local_day(commune):
    # 23:30 in Hà Nội is 16:30 UTC on the same day: still Friday 13/02 locally.
    received = datetime.datetime(2026, 2, 13, 23, 30, tzinfo=HCM)
    assert answer_due_date(received, commune) == datetime.date(2026, 3, 13)


def test_ordinary_three_weeks(commune):
    # Monday 02/03/2026 + 15 working days = Monday 23/03/2026.
    assert answer_due_date(datetime.date(2026, 3, 2), commune) == datetime.date(2026, 3, 23)


def test_received_question_gets_its_due_date(commune):
    received = datetime.datetime(2026, 2, 13, 9, 0, tzinfo=HCM)
    question = receive_question(
        site=commune,
        notice=current_notice(),
        asker_name="Phạm Văn Cường",
        phone="0912345678",
        topic="other",
        text="Câu hỏi gửi trước Tết.",
        now=received,
    )
    assert question.due_date == datetime.date(2026, 3, 13)


def test_late_questions_are_flagged(commune):
    past = datetime.date(2020, 1, 2)
    late = QuestionFactory(site=commune, due_date=past, state=QuestionState.ASSIGNED)
    on_time = QuestionFactory(site=commune)
    answered_late = QuestionFactory(site=commune, due_date=past, state=QuestionState.PUBLISHED)
    assert late.is_overdue and not on_time.is_overdue and not answered_late.is_overdue
    assert list(Question.objects.overdue()) == [late]


@pytest.mark.parametrize(
    ("published_on", "expected"),
    [(datetime.date(2026, 3, 13), True), (datetime.date(2026, 3, 16), False)],
)
def test_answered_on_time(commune, published_on, expected):
    question = QuestionFactory(
        site=commune,
        state=QuestionState.PUBLISHED,
        due_date=datetime.date(2026, 3, 13),
        published_at=datetime.datetime.combine(published_on, datetime.time(16), tzinfo=HCM),
    )
    assert question.answered_on_time is expected
