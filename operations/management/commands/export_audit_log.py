"""``manage.py export_audit_log [--site HOST] [--since DATE] [--until DATE] [--output FILE]``."""

import datetime

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from wagtail.models import Site

from operations.services.audit import export_csv


def _date(value):
    try:
        day = datetime.date.fromisoformat(value)
    except ValueError as error:
        raise CommandError(f"not a date (YYYY-MM-DD): {value}") from error
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time()))


class Command(BaseCommand):
    help = "Export the audit log (page and model history) as CSV, oldest first."

    def add_arguments(self, parser):
        parser.add_argument("--site", help="Host name: only that site's pages.")
        parser.add_argument("--since", help="From this day (YYYY-MM-DD).")
        parser.add_argument("--until", help="Before this day (YYYY-MM-DD).")
        parser.add_argument("--output", help="File to write; standard output by default.")

    def handle(self, *args, site, since, until, output, **options):
        site_obj = None
        if site:
            site_obj = Site.objects.filter(hostname=site).first()
            if site_obj is None:
                raise CommandError(f"no site with host name {site}")
        since = _date(since) if since else None
        until = _date(until) if until else None
        if output:
            with open(output, "w", newline="", encoding="utf-8") as stream:
                count = export_csv(stream, site=site_obj, since=since, until=until)
            self.stderr.write(f"{count} entries written to {output}")
        else:
            export_csv(self.stdout, site=site_obj, since=since, until=until)
