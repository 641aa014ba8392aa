"""An email backend that queues instead of sending (EMAIL_BACKEND in production).

``send_messages`` writes each message to ``outbox.OutgoingEmail`` inside the
caller's transaction and asks for delivery once it commits, so an email never
announces a change that was rolled back, and a failed delivery is retried by
``manage.py send_queued_mail``. The real transport is OUTBOX_DELIVERY_BACKEND.
"""

from django.core.mail.backends.base import BaseEmailBackend
from django.db import transaction


class QueuedEmailBackend(BaseEmailBackend):
    #: Read by outbox.services.mail.send_after_commit.
    queues_in_transaction = True

    def send_messages(self, email_messages):
        from .services.queue import enqueue

        if not email_messages:
            return 0
        ids = enqueue(email_messages)
        from .services.delivery import deliver

        transaction.on_commit(lambda: deliver(ids=ids), robust=True)
        return len(ids)
