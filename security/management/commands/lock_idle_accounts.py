from django.conf import settings
from django.utils.translation import gettext as _

from core.scheduling import ScheduledCommand
from security.services.idle import lock_idle_accounts


class Command(ScheduledCommand):
    help = (
        "Lock every account not used for ACCOUNT_IDLE_LOCK_DAYS days (daily, from cron). "
        "A district admin or the board's head unlocks it."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="List the idle accounts, lock nothing."
        )

    def handle(self, *args, dry_run=False, **options):
        users = lock_idle_accounts(dry_run=dry_run)
        for user in users:
            self.stdout.write(user.get_username())
        message = _("%(count)d idle account(s) over %(days)d days locked.")
        if dry_run:
            message = _("%(count)d idle account(s) over %(days)d days would be locked.")
        self.stdout.write(
            self.style.SUCCESS(
                message % {"count": len(users), "days": settings.ACCOUNT_IDLE_LOCK_DAYS}
            )
        )
