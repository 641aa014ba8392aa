"""``manage.py purge_audit_log [--days N] [--dry-run]`` (monthly cron)."""

from django.core.management.base import CommandError

from core.scheduling import ScheduledCommand
from operations.services.audit import MIN_RETENTION_DAYS, purge


class Command(ScheduledCommand):
    help = (
        "Delete audit log entries older than AUDIT_LOG_RETENTION_DAYS "
        f"(never fewer than {MIN_RETENTION_DAYS} days)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int)
        parser.add_argument("--dry-run", action="store_true")

    def handle(self, *args, days, dry_run, **options):
        try:
            counts = purge(days=days, dry_run=dry_run)
        except ValueError as error:
            raise CommandError(str(error)) from error
        verb = "would delete" if dry_run else "deleted"
        for label, count in counts.items():
            self.stdout.write(f"{label}: {verb} {count}")
