from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from home.services.commune_import import ImportFileError, import_rows, read_rows


class Command(BaseCommand):
    help = (
        "Create many complete commune sites from a CSV or XLSX file (columns: name, hostname, "
        "agency, address, phone, email, focal person...): all or none; a re-run creates "
        "nothing twice."
    )

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument(
            "--dry-run", action="store_true", help="Check and list the rows; create nothing."
        )

    def handle(self, *args, file, dry_run=False, **options):
        path = Path(file)
        if not path.is_file():
            raise CommandError(_("No file at %(path)s.") % {"path": file})
        try:
            rows = read_rows(path.read_bytes())
        except ImportFileError as error:
            raise CommandError(str(error)) from None
        labels = {"new": _("new"), "existing": _("already there"), "error": _("error")}
        for row in rows:
            line = f"{row.line:>5}  {row.data['name'][:40]:<40}  {row.data['hostname'][:40]:<40}"
            self.stdout.write(f"{line}  {labels[row.status]}")
            for message in row.errors:
                self.stdout.write(f"       {message}")
        bad = [row for row in rows if row.errors]
        new = sum(1 for row in rows if row.status == "new")
        if bad:
            raise CommandError(
                _("%(count)s lines have errors (first: line %(line)s); nothing was imported.")
                % {"count": len(bad), "line": bad[0].line}
            )
        if dry_run:
            self.stdout.write(_("%(new)s communes would be created.") % {"new": new})
            return
        try:
            sites = import_rows(rows, progress=self._progress)
        except ImportFileError as error:
            raise CommandError(str(error)) from None
        self.stdout.write("")
        self.stdout.write(
            self.style.SUCCESS(
                _("%(created)s communes created, %(existing)s already there.")
                % {"created": len(sites), "existing": len(rows) - len(sites)}
            )
        )

    def _progress(self, done, total):
        width = 30
        filled = width * done // total
        self.stdout.write(f"\r[{'#' * filled}{' ' * (width - filled)}] {done}/{total}", ending="")
        self.stdout.flush()
