"""send_after_commit: the one way app code sends email tied to a change."""

from django.core.mail import get_connection
from django.db import transaction


def send_after_commit(messages):
    """Send ``messages`` if, and only after, the current transaction commits.

    With the queueing backend (production) they are written to the outbox now,
    in this transaction, so a crash after the commit cannot lose them; with a
    plain backend (tests, development) sending waits for the commit.
    """
    messages = list(messages)
    if not messages:
        return
    connection = get_connection()
    if getattr(connection, "queues_in_transaction", False):
        connection.send_messages(messages)
    else:
        transaction.on_commit(lambda: connection.send_messages(messages), robust=True)
