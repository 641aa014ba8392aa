from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from security.services import two_factor


class Command(BaseCommand):
    help = (
        "Development only: print the current authenticator code of a demo account, "
        "to enter the admin without a phone."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        if not settings.DEMO_TWO_FACTOR:
            raise CommandError(
                _(
                    "Demo authenticators exist only in development settings: every account "
                    "pairs its own authenticator app."
                )
            )
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(_("No account named %(username)s.") % {"username": username})
        device = two_factor.demo_device(user)
        if device is None:
            raise CommandError(
                _("%(username)s has no demo authenticator: run manage.py demo first.")
                % {"username": username}
            )
        code, seconds = two_factor.current_code(device)
        self.stdout.write(code)
        self.stderr.write(_("Valid for %(seconds)s more seconds.") % {"seconds": seconds})
