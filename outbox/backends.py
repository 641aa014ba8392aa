"""An email backend that queues instead of sending (EMAIL_BACKEND in production).

``send_messages`` writes each message to ``outbox.OutgoingEmail`` inside the
caller's transaction, so an email never announces a change that was rolled
back. Nothing is sent from the request: a mail server that hangs would hold
the worker for EMAIL_TIMEOUT. ``manage.py send_queued_mail`` delivers the
queue, every minute from cron or continuously with ``--loop`` beside
gunicorn, through the real transport OUTBOX_DELIVERY_BACKEND.
"""

from django.core.mail.backends.base import BaseEmailBackend

from outbox.services.queue import enqueue


class QueuedEmailBackend(BaseEmailBackend):
    #: Read by outbox.services.mail.send_after_commit.
    queues_in_transaction = True

    def send_messages(self, email_messages):
        if not email_messages:
            return 0
        return len(enqueue(email_messages))
