"""Receiving a citizen's question: one transaction, a unique tracking code,
a due date and the recorded consent; the confirmation email goes out only
once the question is safely stored."""

import logging

from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext as _

from .codes import new_tracking_code
from .deadlines import answer_due_date

logger = logging.getLogger(__name__)

#: Collisions are astronomically rare; a few retries make them harmless.
CODE_ATTEMPTS = 8


def receive_question(*, site, notice, asker_name, topic, text, phone="", email="",
                     tracking_url="", now=None):
    """Store a question already validated by ``QuestionForm`` and return it.

    Each insert runs in its own savepoint, so a tracking code that collides
    with another one (two askers at the same instant) is retried with a new
    code without breaking the surrounding transaction.
    """
    from questions.models import Question, QuestionEvent, QuestionState

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
            transaction.on_commit(
                lambda: send_confirmation(question.pk, tracking_url=tracking_url)
            )
    return question


def send_confirmation(question_pk, tracking_url=""):
    """Email the asker their tracking code. Failures are logged by code only:
    the address itself never reaches the logs."""
    from questions.models import Question

    question = Question.objects.select_related("site").filter(pk=question_pk).first()
    if question is None or not question.email:
        return
    context = {"question": question, "site": question.site, "tracking_url": tracking_url}
    subject = _("Your question to %(site)s: tracking code %(code)s") % {
        "site": question.site.site_name,
        "code": question.tracking_code,
    }
    body = render_to_string("questions/email/received.txt", context)
    try:
        send_mail(subject, body, None, [question.email])
    except Exception as error:  # noqa: BLE001 - mail trouble must not lose a stored question
        # Only the error's type: SMTP messages often quote the address.
        logger.warning(
            "Could not send the confirmation for question %s (%s)",
            question.tracking_code,
            type(error).__name__,
        )
