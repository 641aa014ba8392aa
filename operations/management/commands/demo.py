import os

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.utils.formats import number_format
from django.utils.translation import gettext as _

from core.demo import content
from operations.demo import build_demo


class Command(BaseCommand):
    help = (
        "Create the demo district: the Huyện Phú Tân portal at localhost and the commune "
        "sites Xã Tân Cương, Xã Tu Mơ Rông and Xã Phú Thạnh at <name>.localhost, with "
        "content in every section, board users and an admin. Idempotent: running it again "
        "changes nothing. The password of every demo account comes from the DEMO_PASSWORD "
        f"environment variable (default {content.DEFAULT_PASSWORD})."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--port",
            type=int,
            default=8000,
            help="Port the sites are served on, used in their links (default 8000).",
        )

    def handle(self, *args, **options):
        port = options["port"]
        if not 1 <= port <= 65535:
            raise CommandError(_("The port must be between 1 and 65535."))
        password = os.environ.get("DEMO_PASSWORD") or content.DEFAULT_PASSWORD
        try:
            summary = build_demo(password=password, port=port)
        except ValidationError as error:
            raise CommandError("\n".join(error.messages)) from None

        if summary.created_anything:
            self.stdout.write(
                self.style.SUCCESS(
                    _("Demo district created in %(seconds)s s.")
                    % {"seconds": number_format(summary.seconds, 1)}
                )
            )
        else:
            self.stdout.write(
                self.style.SUCCESS(_("The demo district was already there; nothing changed."))
            )
        self._table(
            _("Sites"),
            [_("Site"), _("Kind"), _("Address")],
            [
                (
                    line.name,
                    _("district portal") if line.kind == "portal" else _("commune"),
                    line.url,
                )
                for line in summary.sites
            ],
        )
        self.stdout.write("")
        self.stdout.write(_("Admin: %(url)s") % {"url": summary.admin_url})
        paired = any(line.secret for line in summary.logins)
        if paired:
            self.stdout.write(
                _(
                    "No phone needed in this demo: each account below has an authenticator. "
                    "After the password, enter the code that `manage.py demo_otp USERNAME` "
                    "prints (or add the secret to an authenticator app)."
                )
            )
        else:
            self.stdout.write(
                _(
                    "At its first login each account sets up two-factor authentication: "
                    "have an authenticator app (Google Authenticator, FreeOTP) at hand."
                )
            )
        headings = [_("Username"), _("Role"), _("Site")]
        if paired:
            headings.append(_("Authenticator secret"))
        self._table(
            _("Logins (password: %(password)s)") % {"password": password},
            headings,
            [
                (line.username, line.role, line.site, line.secret)[: len(headings)]
                for line in summary.logins
            ],
        )
        if not summary.password_unchanged:
            self.stdout.write(
                self.style.WARNING(
                    _(
                        "The accounts already existed with another password; the demo did "
                        "not change it."
                    )
                )
            )

    def _table(self, title, headings, rows):
        widths = [
            max(len(str(cell)) for cell in column) for column in zip(headings, *rows, strict=False)
        ]
        self.stdout.write("")
        self.stdout.write(self.style.MIGRATE_HEADING(title))
        self.stdout.write(
            "  ".join(str(h).ljust(w) for h, w in zip(headings, widths, strict=True)).rstrip()
        )
        self.stdout.write("  ".join("-" * w for w in widths))
        for row in rows:
            self.stdout.write(
                "  ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)).rstrip()
            )
