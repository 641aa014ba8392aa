"""``manage.py board_report``: the monthly supply report from the command line.

    board_report --month 2026-10 --format xlsx --output bao-cao.xlsx   # all communes
    board_report --site tancuong.example.gov.vn --format csv           # to standard output

The same report as the admin screen (board.services.reports.build_report).
Bad input stops before anything is written; a file is written whole or not
at all (a temporary file renamed into place).
"""

import os
import sys
import tempfile

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from board.services import reports
from board.services.reports import yearly


class Command(BaseCommand):
    help = "Make the monthly supply report of one commune or of every commune."

    def add_arguments(self, parser):
        parser.add_argument("--site", help="Host name of a commune site; all communes without it.")
        parser.add_argument(
            "--month",
            help="Report month YYYY-MM (the period ends on its report day); the current "
            "period without it.",
        )
        parser.add_argument(
            "--year",
            help="The yearly report of YYYY (its twelve report periods) instead of a month.",
        )
        parser.add_argument("--format", default="xlsx", help="xlsx, csv or json (default xlsx).")
        parser.add_argument("--output", help="File to write; standard output without it.")

    def handle(
        self, *args, site=None, month=None, year=None, format="xlsx", output=None, **options
    ):
        fmt = (format or "").lower()
        if fmt not in reports.FORMATS or (year is not None and fmt == "json"):
            raise CommandError(
                _("Unknown format “%(format)s”: choose xlsx, csv or json.") % {"format": format}
            )
        if year is not None and month is not None:
            raise CommandError(_("Give a month or a year, not both."))
        try:
            period = reports.parse_period(month=month)
            year = yearly.parse_year(year) if year is not None else None
        except ValueError as error:
            raise CommandError(str(error)) from None
        chosen = None
        if site:
            chosen = next(
                (s for s in reports.commune_sites() if s.hostname == site.strip().lower()), None
            )
            if chosen is None:
                raise CommandError(
                    _("No commune site has the host name “%(host)s”.") % {"host": site}
                )
        if output:
            directory = os.path.dirname(os.path.abspath(output))
            if not os.path.isdir(directory):
                raise CommandError(
                    _("The folder %(folder)s does not exist.") % {"folder": directory}
                )

        if year is not None:
            period = year
            data = yearly.export_yearly(yearly.build_yearly_report(year, site=chosen), fmt)
        else:
            data = reports.export(reports.build_report(period, site=chosen), fmt)

        if output:
            self._write_file(output, data)
            self.stderr.write(
                _("Report %(period)s written to %(file)s.") % {"period": period, "file": output}
            )
        else:
            self._write_stdout(data, fmt)

    def _write_file(self, output, data):
        directory = os.path.dirname(os.path.abspath(output))
        handle, temporary = tempfile.mkstemp(dir=directory, prefix=".board_report-")
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
            os.replace(temporary, output)
        except BaseException:
            if os.path.exists(temporary):
                os.unlink(temporary)
            raise

    def _write_stdout(self, data, fmt):
        # Django's OutputWrapper is text only; XLSX goes to the byte stream
        # beneath it so the command can be piped.
        stream = getattr(self.stdout, "_out", sys.stdout)
        buffer = getattr(stream, "buffer", None)
        if buffer is not None:
            stream.flush()
            buffer.write(data)
            buffer.flush()
        elif fmt == "xlsx":
            raise CommandError(_("Standard output cannot take XLSX here: use --output FILE."))
        else:
            stream.write(data.decode("utf-8"))
