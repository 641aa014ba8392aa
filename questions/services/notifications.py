"""Telling the asker that their question was answered or refused.

Sent only to an asker who gave an email address and ticked the box to be
told; queued in the transaction that closes the question (outbox), so it
goes exactly once, and only if the change is saved.
"""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _

from outbox.services.mail import send_after_commit
from questions.models.pages import QuestionIndexPage
from questions.models.records import QuestionState


def tracking_url(site):
    """The full address of ``site``'s tracking page, or "" without a Q&A section."""
    page = QuestionIndexPage.objects.live().filter(path__startswith=site.root_page.path).first()
    if page is None:
        return ""
    return page.get_full_url() + page.reverse_subpage("track")


def closing_message(question):
    """The email telling the asker the outcome, in Vietnamese, naming the commune."""
    with translation.override(settings.LANGUAGE_CODE):
        context = {
            "question": question,
            "site": question.site,
            "tracking_url": tracking_url(question.site),
            "published": question.state == QuestionState.PUBLISHED,
        }
        if context["published"]:
            subject = _("%(site)s has answered your question %(code)s")
        else:
            subject = _("%(site)s cannot answer your question %(code)s")
        subject %= {"site": question.site.site_name, "code": question.tracking_code}
        body = render_to_string("questions/email/closed.txt", context)
    return EmailMessage(subject, body, None, [question.email])


def tell_asker(question):
    """Queue the outcome email if the asker asked for it (call inside the
    transaction that publishes or refuses)."""
    if question.email and question.notify_by_email and not question.erased_at:
        send_after_commit([closing_message(question)])
