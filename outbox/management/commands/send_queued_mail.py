"""Retry queued email (cron, every minute or few): ``manage.py send_queued_mail``."""

from django.core.management.base import BaseCommand

from outbox.models import OutgoingEmail
from outbox.services.delivery import deliver


class Command(BaseCommand):
    help = "Send queued email that is due, retrying failures with backoff."

    def add_arguments(self, parser):
        parser.add_argument("--limit", type=int, default=500)

    def handle(self, *args, limit, **options):
        sent, failed = deliver(limit=limit)
        waiting = OutgoingEmail.objects.pending().count()
        self.stdout.write(f"sent {sent}, failed {failed}, still queued {waiting}")
