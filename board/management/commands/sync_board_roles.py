"""Bring everyone's role groups in line with their board memberships.

Run daily from cron (after midnight): a membership whose end date has passed
loses its role, one that starts today gains it. Saving or deleting a
membership already does this at once; this catches the calendar.
"""

import datetime

from django.core.management.base import CommandError
from django.db import transaction

from wagtail.models import Site

from board.services.provisioning import provision_board_for_site
from board.services.roles import sync_all_roles
from core.scheduling import ScheduledCommand


class Command(ScheduledCommand):
    help = "Grant and revoke board roles according to membership dates."

    def add_arguments(self, parser):
        parser.add_argument(
            "--date", help="Treat this day (YYYY-MM-DD) as today; for tests and catch-up."
        )
        parser.add_argument(
            "--provision",
            action="store_true",
            help="Also create missing role groups and workflows for existing sites.",
        )

    def handle(self, *args, date=None, provision=False, **options):
        today = None
        if date:
            try:
                today = datetime.date.fromisoformat(date)
            except ValueError as exc:
                raise CommandError(f"Invalid date “{date}”: use YYYY-MM-DD.") from exc
        with transaction.atomic():
            if provision:
                for site in Site.objects.select_related("root_page"):
                    provision_board_for_site(site)
            added, removed = sync_all_roles(today=today)
        self.stdout.write(f"Roles granted: {added}, revoked: {removed}.")
