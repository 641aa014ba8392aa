"""The demo's questions: answered, in progress and refused, with ratings."""

import datetime

from core.demo import content
from core.demo.kit import (
    aware,
    publish_changes,
)
from questions.models import Question, QuestionEvent
from questions.services import workflow
from questions.services.consent import current_notice
from questions.services.submission import receive_question


def questions(ctx):
    page = ctx.sections["hoi-dap"]
    page.intro = ctx.text(
        "<p>Người dân, tổ chức gửi câu hỏi, kiến nghị đến UBND {ten_xa}. Câu trả lời được "
        "đăng không quá 15 ngày làm việc kể từ khi tiếp nhận.</p>"
    )
    publish_changes(page, user=ctx.users["head"])
    if ctx.place["kind"] == "commune" and ctx.board_wired:
        questions_and_answers(ctx)


def questions_and_answers(ctx):
    """Questions received, answered by a board member and published by
    the head, through the questions app's services (roles, four eyes and
    its log included); then dated like the rest of the demo."""

    notice = current_notice()
    users = ctx.users
    for spec in content.QUESTIONS:
        received = aware(ctx.day(spec["days_ago"]), 9, 30)
        question = receive_question(
            site=ctx.site,
            notice=notice,
            asker_name=spec["asker"],
            topic=spec["topic"],
            text=ctx.text(spec["text"]),
            phone=spec["phone"],
            now=received,
        )
        if not spec.get("answer"):
            continue
        workflow.assign(users["deputy"], question, users["content"])
        workflow.answer(users["content"], question, ctx.text(spec["answer"]))
        workflow.submit(users["content"], question)
        workflow.publish(users["head"], question)
        answered_day = received.date() + datetime.timedelta(days=spec["answer_after"])
        while answered_day.weekday() >= 5:  # the board answers on working days
            answered_day += datetime.timedelta(days=1)
        answered = aware(min(answered_day, ctx.today), 15, 0)
        Question.objects.filter(pk=question.pk).update(
            answered_at=answered, published_at=answered, closed_at=answered
        )
        QuestionEvent.objects.filter(question=question).exclude(action="receive").update(
            at=answered
        )
