"""Turning Django EmailMessages into queue rows and back."""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives

from outbox.models import OutgoingEmail


def _html_part(message):
    for content, mimetype in getattr(message, "alternatives", []) or []:
        if mimetype == "text/html":
            return content
    return ""


BATCH_SIZE = 500


def enqueue(email_messages):
    """Store ``email_messages``; return the new rows' ids.

    Attachments are not queued: nothing in the site sends any, and a queue
    row must stay small.
    """
    rows = [
        OutgoingEmail(
            subject=str(message.subject)[:998],
            body=str(message.body),
            html_body=_html_part(message),
            from_email=message.from_email or settings.DEFAULT_FROM_EMAIL,
            to=list(message.to),
            cc=list(message.cc),
            bcc=list(message.bcc),
            reply_to=list(message.reply_to),
            headers={str(k): str(v) for k, v in (message.extra_headers or {}).items()},
        )
        for message in email_messages
        if message.recipients()
    ]
    # One INSERT per batch: a digest to ten thousand subscribers is queued in
    # seconds. Both databases return the new ids.
    OutgoingEmail.objects.bulk_create(rows, batch_size=BATCH_SIZE)
    return [row.pk for row in rows]


def to_message(row, connection=None):
    message = EmailMultiAlternatives(
        subject=row.subject,
        body=row.body,
        from_email=row.from_email,
        to=row.to,
        cc=row.cc,
        bcc=row.bcc,
        reply_to=row.reply_to,
        headers=row.headers,
        connection=connection,
    )
    if row.html_body:
        message.attach_alternative(row.html_body, "text/html")
    return message
