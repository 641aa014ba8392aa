"""Deliver queued email: ``manage.py send_queued_mail`` from cron every
minute, or ``manage.py send_queued_mail --loop`` as a process of its own
beside gunicorn. Web requests only queue (outbox.backends)."""

import signal
import time

from django.core.management.base import BaseCommand, CommandError
from django.db import close_old_connections, connection
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from outbox.models import OutgoingEmail
from outbox.services.delivery import deliver
from outbox.services.erasure import purge_old_mail


class Command(BaseCommand):
    help = gettext_lazy("Send queued email that is due, retrying failures with backoff.")

    def add_arguments(self, parser):
        parser.add_argument("--limit", type=int, default=500)
        parser.add_argument(
            "--loop",
            action="store_true",
            help=gettext_lazy("Keep running: a mail worker beside gunicorn."),
        )
        parser.add_argument(
            "--interval",
            type=float,
            default=5.0,
            help=gettext_lazy("Seconds between two rounds (with --loop)."),
        )
        parser.add_argument(
            "--rounds",
            type=int,
            default=0,
            help=gettext_lazy("Stop after this many rounds (0: never)."),
        )

    def handle(self, *args, limit, loop, interval, rounds, **options):
        if limit < 1 or interval <= 0 or rounds < 0:
            raise CommandError(
                _("--limit and --interval must be positive and --rounds not negative.")
            )
        if not loop:
            self._round(limit)
            return
        stopping = []
        signal.signal(signal.SIGTERM, lambda *_: stopping.append(True))
        done = 0
        while not stopping and (rounds == 0 or done < rounds):
            if not connection.in_atomic_block:
                # As a request boundary would: a connection PostgreSQL dropped is replaced.
                close_old_connections()
            self._round(limit)
            done += 1
            if rounds == 0 or done < rounds:
                time.sleep(interval)

    def _round(self, limit):
        purge_old_mail()
        sent, failed = deliver(limit=limit)
        waiting = OutgoingEmail.objects.pending().count()
        self.stdout.write(f"sent {sent}, failed {failed}, still queued {waiting}")
