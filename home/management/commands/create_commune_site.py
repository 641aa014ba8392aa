from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from home.services.provisioning import create_site


class Command(BaseCommand):
    help = (
        "Create a complete commune site in one step: home page, every mandatory "
        "section, image and document collection, profile, board groups and workflow."
    )

    def add_arguments(self, parser):
        parser.add_argument("--hostname", required=True, help="e.g. tancuong.thainguyen.gov.vn")
        parser.add_argument("--name", required=True, help="e.g. 'Xã Tân Cương'")
        parser.add_argument("--port", type=int, default=80)
        parser.add_argument("--agency", default="", help="Managing agency shown in the footer")
        parser.add_argument(
            "--portal",
            action="store_true",
            help="Create the hosting district's or province's portal instead of a commune",
        )

    def handle(self, *args, **options):
        if not 1 <= options["port"] <= 65535:
            raise CommandError(_("The port must be between 1 and 65535."))
        try:
            site = create_site(
                hostname=options["hostname"],
                name=options["name"],
                port=options["port"],
                kind="portal" if options["portal"] else "commune",
                agency_name=options["agency"],
            )
        except ValidationError as error:
            messages = [
                f"{field}: {msg}" for field, msgs in error.message_dict.items() for msg in msgs
            ]
            raise CommandError("\n".join(messages)) from None
        self.stdout.write(
            self.style.SUCCESS(
                _("Created site “%(name)s” at http://%(host)s/ (root page %(id)s).")
                % {"name": site.site_name, "host": site.hostname, "id": site.root_page_id}
            )
        )
