"""Erase commenters' personal data after each site's retention period.

Run daily from cron:  manage.py purge_comment_data
"""

from django.core.management.base import CommandError
from django.utils.translation import gettext as _

from wagtail.models import Site

from consultations.services.comments import purge_expired
from core.scheduling import ScheduledCommand


class Command(ScheduledCommand):
    help = (
        "Erase the name, organisation and contact of people who commented on a draft "
        "whose consultation closed longer ago than the site's retention period (the "
        "questions settings). The comments themselves are kept."
    )

    def add_arguments(self, parser):
        parser.add_argument("--site", help="Only this site (host name); default: every site.")
        parser.add_argument(
            "--dry-run", action="store_true", help="Count what would be erased, change nothing."
        )

    def handle(self, *args, site=None, dry_run=False, **options):
        sites = Site.objects.order_by("hostname")
        if site:
            sites = sites.filter(hostname=site.strip().lower())
            if not sites.exists():
                raise CommandError(_("No site with host name “%(site)s”.") % {"site": site})
        erased = purge_expired(sites, dry_run=dry_run)
        for name, count in erased.items():
            self.stdout.write(f"{name}: {count}")
        message = (
            _("Would erase the personal data of %(count)d comment(s).")
            if dry_run
            else _("Erased the personal data of %(count)d comment(s).")
        )
        self.stdout.write(self.style.SUCCESS(message % {"count": sum(erased.values())}))
