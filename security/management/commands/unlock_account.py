from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from security.services import two_factor
from security.services.idle import unlock_from_shell


class Command(BaseCommand):
    help = (
        "Unlock an account from the shell (idle, locked by hand or after failed logins), "
        "e.g. the last district admin. --reset-two-factor also removes its authenticator."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument(
            "--reset-two-factor",
            action="store_true",
            help="Remove the authenticator and recovery codes: the next login sets up new ones.",
        )

    def handle(self, *args, username, reset_two_factor=False, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(_("No account named %(username)s.") % {"username": username})
        unlock_from_shell(user)
        if reset_two_factor:
            two_factor.reset_two_factor(user, actor=None)
        self.stdout.write(self.style.SUCCESS(_("Account %(user)s unlocked.") % {"user": username}))
