"""Email each board about items due on the next working day and late items.

Meant for a daily cron job::

    manage.py check_deadlines              # today, in Asia/Ho_Chi_Minh
    manage.py check_deadlines --dry-run    # show what would be sent
    manage.py check_deadlines --date 2026-02-13

Running it twice on the same day sends nothing twice.
"""

import datetime

from django.core.management.base import CommandError
from django.utils import timezone
from django.utils.translation import gettext as _

from board.services.deadline_reminders import check_deadlines
from board.services.sections import remind_overdue_reviews
from core.scheduling import ScheduledCommand
from deadlines.services import next_working_day


def parse_date(value):
    try:
        return datetime.date.fromisoformat(value)
    except (TypeError, ValueError):
        raise CommandError(
            _("“%(value)s” is not a valid date: use the form YYYY-MM-DD, for example 2026-02-13.")
            % {"value": value}
        ) from None


class Command(ScheduledCommand):
    help = (
        "Email each commune's editorial board about items due on the next working "
        "day and late items, once per item per day, and print a summary."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--date",
            help="Check as if today were this date (YYYY-MM-DD); default: today.",
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Show what would be sent without sending or recording anything.",
        )

    def handle(self, *args, date=None, dry_run=False, **options):
        today = parse_date(date) if date is not None else timezone.localdate()
        tomorrow = next_working_day(today)
        self.stdout.write(
            _("Deadlines on %(today)s (next working day: %(tomorrow)s)")
            % {"today": f"{today:%d/%m/%Y}", "tomorrow": f"{tomorrow:%d/%m/%Y}"}
        )

        def report(reminder, status):
            labels = {
                "sent": _("emailed %(count)d board members"),
                "dry-run": _("would email %(count)d board members"),
                "no-recipients": _("NOT SENT: the board has no member with an email"),
                "failed": _("NOT SENT: the email could not be sent"),
            }
            line = _(
                "%(site)s: %(due)d due on the next working day, %(late)d late, "
                "%(reports)d reports on comments, %(questions)d new or late questions; "
            ) % {
                "site": reminder.site.site_name or reminder.site.hostname,
                "due": len(reminder.due_soon),
                "late": len(reminder.late),
                "reports": len(reminder.reports_due_soon) + len(reminder.reports_late),
                "questions": len(reminder.new_questions) + len(reminder.late_questions),
            }
            line += labels[status] % {"count": len(reminder.recipients)}
            style = self.style.WARNING if status in ("no-recipients", "failed") else str
            self.stdout.write(style(line))

        summary = check_deadlines(today, dry_run=dry_run, report=report)
        if not dry_run:
            reviews = remind_overdue_reviews(today)
            self.stdout.write(
                _("Standing pages past their review date, owners told: %(count)d")
                % {"count": reviews}
            )
        self.stdout.write(
            _(
                "Summary: %(sites)d boards, %(due)d items due on the next working day, "
                "%(late)d late items, %(emails)d emails sent."
            )
            % {
                "sites": summary.sites,
                "due": summary.due_soon,
                "late": summary.late,
                "emails": summary.emails,
            }
        )
        if dry_run:
            self.stdout.write(_("Dry run: nothing was sent or recorded."))
        if summary.failed_sites:
            raise CommandError(
                _("Reminders could not be sent to %(count)d boards; they will be retried.")
                % {"count": len(summary.failed_sites)}
            )
