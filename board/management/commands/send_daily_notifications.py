"""Send each board member who chose one email a day everything kept for
them since their last one. Run daily from cron, after check_deadlines, so
the day's reminders are in it; a second run the same day sends nothing."""

from django.utils.translation import gettext as _

from board.services.notifications import send_daily_notifications
from core.scheduling import ScheduledCommand


class Command(ScheduledCommand):
    help = "Send the board members' daily notification emails."

    def handle(self, *args, **options):
        sent = send_daily_notifications()
        self.stdout.write(_("Daily notification emails sent: %(count)s") % {"count": sent})
