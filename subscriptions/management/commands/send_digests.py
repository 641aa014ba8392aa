"""Queue each commune's daily digest for its confirmed subscribers.

Meant for a daily cron job, early in the morning, on one node only::

    manage.py send_digests                     # yesterday's publications
    manage.py send_digests --date 2026-12-05

The messages go into the outbox (``send_queued_mail`` delivers them). A
site's digest of a day is queued once, however often the command runs.
Addresses never confirmed within a week are deleted in the same run.
"""

import datetime

from django.core.management.base import CommandError
from django.utils import timezone
from django.utils.translation import gettext as _

from core.scheduling import ScheduledCommand
from subscriptions.services.digest import send_digests
from subscriptions.services.subscribers import purge_unconfirmed


class Command(ScheduledCommand):
    help = _(
        "Queue each commune's daily digest of what it published for its confirmed "
        "subscribers, and delete addresses never confirmed."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--date",
            help=_("The day whose publications are sent (YYYY-MM-DD); default: yesterday."),
        )

    def handle(self, *args, date=None, **options):
        if date is None:
            day = timezone.localdate() - datetime.timedelta(days=1)
        else:
            try:
                day = datetime.date.fromisoformat(date)
            except ValueError:
                raise CommandError(
                    _("“%(value)s” is not a valid date: use the form YYYY-MM-DD.") % {"value": date}
                ) from None
        labels = {
            "queued": _("%(site)s: %(items)d new items, %(count)d emails queued"),
            "nothing-new": _("%(site)s: nothing new, nothing sent"),
            "no-subscribers": _("%(site)s: %(items)d new items, no subscriber wants them"),
            "already": _("%(site)s: this day's digest was already queued"),
            "failed": _("%(site)s: FAILED, see the log"),
        }

        def report(result):
            line = labels[result.status] % {
                "site": result.site.site_name or result.site.hostname,
                "items": result.items,
                "count": result.recipients,
            }
            self.stdout.write(self.style.WARNING(line) if result.status == "failed" else line)

        summary = send_digests(day, report=report)
        purged = purge_unconfirmed()
        self.stdout.write(
            _(
                "Digests of %(day)s: %(emails)d emails queued; %(purged)d unconfirmed addresses deleted."
            )
            % {"day": f"{day:%d/%m/%Y}", "emails": summary.emails, "purged": purged}
        )
