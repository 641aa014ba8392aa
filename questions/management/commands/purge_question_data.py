"""Anonymise askers' personal data after each site's retention period.

Run daily from cron:  manage.py purge_question_data
"""

from django.core.management.base import CommandError
from django.utils.translation import gettext as _

from wagtail.models import Site

from core.scheduling import ScheduledCommand
from questions.services.retention import purge_expired


class Command(ScheduledCommand):
    help = (
        "Erase the name, phone and email of askers whose question was closed longer "
        "ago than the site's retention period (Questions settings). Each erasure is "
        "recorded in the question's history."
    )

    def add_arguments(self, parser):
        parser.add_argument("--site", help="Only this site (host name); default: every site.")
        parser.add_argument(
            "--dry-run", action="store_true", help="Count what would be erased, change nothing."
        )

    def handle(self, *args, site=None, dry_run=False, **options):
        sites = None
        if site:
            sites = list(Site.objects.filter(hostname=site.strip().lower()))
            if not sites:
                raise CommandError(_("No site with host name “%(site)s”.") % {"site": site})
        result = purge_expired(dry_run=dry_run, sites=sites)
        for name, count in result.erased.items():
            self.stdout.write(f"{name}: {count}")
        message = (
            _("Would erase the personal data of %(count)d question(s).")
            if dry_run
            else _("Erased the personal data of %(count)d question(s).")
        )
        self.stdout.write(self.style.SUCCESS(message % {"count": result.total}))
