"""Keep the Vietnamese catalogue of Wagtail and the other libraries complete.

Run after upgrading Wagtail (docs/operations.md): new messages are added
with the library's own Vietnamese as a fuzzy suggestion; translate them with
the words of docs/glossary.md, then run ``manage.py compilemessages``.
"""

from django.core.management.base import BaseCommand, CommandError

from operations import upstream_catalogue


class Command(BaseCommand):
    help = "Bring locale/upstream in step with the installed Wagtail and libraries."

    def add_arguments(self, parser):
        parser.add_argument(
            "--check",
            action="store_true",
            help="Write nothing; fail if a message is missing, untranslated or stale.",
        )

    def handle(self, *args, **options):
        check = options["check"]
        stale = []
        for domain in upstream_catalogue.DOMAINS:
            report = upstream_catalogue.merge(domain, write=not check)
            self.stdout.write(
                f"{domain}: {report.total} messages, {report.added} new, "
                f"{report.dropped} dropped, {len(report.missing)} to translate."
            )
            for entry in report.missing[:20]:
                self.stdout.write(f"  {entry.msgid[:100]!r}")
            if report.missing or report.added or report.dropped:
                stale.append(domain)
        if check and stale:
            raise CommandError(
                "locale/upstream is not in step with the installed libraries "
                f"({', '.join(stale)}): run manage.py upstream_messages."
            )
