"""Receiving a citizen's question: one transaction, a unique tracking code,
a due date and the recorded consent; the confirmation email is queued with
the question and goes out only once it is safely stored."""

from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext as _

from outbox.services.mail import send_after_commit
from questions.models.records import Question, QuestionEvent, QuestionState
from questions.services.codes import new_tracking_code
from questions.services.deadlines import answer_due_date

#: Collisions are astronomically rare; a few retries make them harmless.
CODE_ATTEMPTS = 8


def receive_question(
    *,
    site,
    notice,
    asker_name,
    topic,
    text,
    phone="",
    email="",
    notify_by_email=False,
    tracking_url="",
    now=None,
):
    """Store a question already validated by ``QuestionForm`` and return it.

    Each insert runs in its own savepoint, so a tracking code that collides
    with another one (two askers at the same instant) is retried with a new
    code without breaking the surrounding transaction.
    """

    now = now or timezone.now()
    due_date = answer_due_date(now, site)
    with transaction.atomic():
        for attempt in range(CODE_ATTEMPTS):
            question = Question(
                site=site,
                tracking_code=new_tracking_code(),
                asker_name=asker_name,
                phone=phone,
                email=email,
                notify_by_email=bool(email and notify_by_email),
                topic=topic,
                text=text,
                received_at=now,
                due_date=due_date,
                state=QuestionState.RECEIVED,
                consent_at=now,
                consent_notice=notice,
                consent_version=notice.version,
            )
            try:
                with transaction.atomic():
                    question.save()
            except IntegrityError:
                if attempt == CODE_ATTEMPTS - 1:
                    raise
                continue
            break
        QuestionEvent.objects.create(
            question=question,
            at=now,
            action="receive",
            to_state=QuestionState.RECEIVED,
            note=_("Consent given to notice %(version)s.") % {"version": notice.version},
        )
        if email:
            # Queued in this transaction (outbox), sent once it commits.
            send_after_commit([confirmation_message(question, tracking_url=tracking_url)])
    return question


def confirmation_message(question, tracking_url=""):
    """The email telling the asker their tracking code."""
    context = {"question": question, "site": question.site, "tracking_url": tracking_url}
    subject = _("Your question to %(site)s: tracking code %(code)s") % {
        "site": question.site.site_name,
        "code": question.tracking_code,
    }
    body = render_to_string("questions/email/received.txt", context)
    return EmailMessage(subject, body, None, [question.email])
