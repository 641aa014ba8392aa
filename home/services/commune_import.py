"""Many communes at once, from a CSV or XLSX file (a province onboarding its
merged communes).

``read_rows`` reads the file (told apart by its content, not its name) into
``Row`` objects, each checked with the provisioning rules and against the
other rows; ``import_rows`` creates every new commune in one transaction,
or none. A row whose host name already serves a commune of the same name is
"already there": re-running the same file creates nothing twice.
"""

import csv
import io
from dataclasses import dataclass, field

from openpyxl import load_workbook

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.models import Site

from core.indexing import deferred_indexing
from core.models import SiteProfile
from core.page_cache import bump_sites
from core.text import fold
from core.validators import validate_official_email, validate_phone
from home import cache_invalidation
from home.services.provisioning import create_site, normalise_hostname, validate_new_site

MAX_BYTES = 5 * 1024 * 1024
MAX_ROWS = 2000

#: Column -> the headings accepted for it (compared without diacritics or case).
COLUMNS = {
    "name": ("name", "ten xa", "ten", "xa"),
    "hostname": ("hostname", "host name", "ten mien"),
    "agency": ("agency", "co quan chu quan", "co quan"),
    "address": ("address", "dia chi"),
    "phone": ("phone", "dien thoai", "so dien thoai"),
    "email": ("email", "official email", "thu dien tu", "thu dien tu cong vu"),
    "focal_name": ("focal person", "can bo dau moi", "dau moi"),
    "focal_position": ("focal position", "chuc vu dau moi", "chuc vu"),
    "focal_phone": ("focal phone", "dien thoai dau moi"),
    "focal_email": ("focal email", "thu dien tu dau moi", "email dau moi"),
}
REQUIRED = {"name": gettext_lazy("Commune name"), "hostname": gettext_lazy("Host name")}
CHECKS = {
    "phone": validate_phone,
    "focal_phone": validate_phone,
    "email": validate_official_email,
    "focal_email": validate_official_email,
}
PROFILE_FIELDS = {
    "address": "address",
    "phone": "phone",
    "email": "email",
    "focal_name": "focal_name",
    "focal_position": "focal_position",
    "focal_phone": "focal_phone",
    "focal_email": "focal_email",
}


class ImportFileError(ValueError):
    """The file as a whole cannot be read; the message is for the user."""


@dataclass
class Row:
    line: int
    data: dict
    errors: list = field(default_factory=list)
    existing: bool = False

    @property
    def status(self):
        if self.errors:
            return "error"
        return "existing" if self.existing else "new"


def _table(content):
    """The file's cells as lists of strings, whatever its format."""
    if len(content) > MAX_BYTES:
        raise ImportFileError(_("The file is larger than 5 MB."))
    if content.startswith(b"PK\x03\x04"):
        try:
            sheet = load_workbook(io.BytesIO(content), read_only=True, data_only=True).active
            return [
                ["" if cell is None else str(cell).strip() for cell in row]
                for row in sheet.iter_rows(values_only=True)
            ]
        except Exception as error:  # noqa: BLE001 - any unreadable workbook is one message
            raise ImportFileError(_("The XLSX file cannot be read.")) from error
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportFileError(
            _("The file is neither an XLSX workbook nor a CSV file in UTF-8.")
        ) from error
    if "\x00" in text:
        raise ImportFileError(_("The file is neither an XLSX workbook nor a CSV file in UTF-8."))
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    return [[cell.strip() for cell in row] for row in csv.reader(io.StringIO(text), dialect)]


def _columns(heading):
    found = {}
    for index, cell in enumerate(heading):
        key = fold(cell).strip().replace("_", " ")
        for column, names in COLUMNS.items():
            if key in names and column not in found:
                found[column] = index
    missing = [column for column in REQUIRED if column not in found]
    if missing:
        raise ImportFileError(
            _("The first row must name the columns; missing: %(columns)s.")
            % {"columns": ", ".join(str(REQUIRED[column]) for column in missing)}
        )
    return found


def read_rows(content):
    """[Row] of the file, each with its errors in the reader's language."""
    table = [row for row in _table(content) if any(row)]
    if not table:
        raise ImportFileError(_("The file is empty."))
    if len(table) - 1 > MAX_ROWS:
        raise ImportFileError(
            _("The file has more than %(max)s communes: split it.") % {"max": MAX_ROWS}
        )
    columns = _columns(table[0])
    return recheck_rows(
        (
            line,
            {
                column: (cells[index] if index < len(cells) else "").strip()
                for column, index in columns.items()
            },
        )
        for line, cells in enumerate(table[1:], start=2)
    )


def recheck_rows(items):
    """[Row] for ``items`` of (line, {column: text}), checked with the
    provisioning rules, against the existing sites and against each other."""
    sites = {site.hostname: site.site_name for site in Site.objects.all()}
    seen_hosts, seen_names = {}, {}
    rows = []
    for line, data in items:
        data = {column: str(data.get(column, "")).strip() for column in COLUMNS}
        row = Row(line=line, data=data)
        hostname = normalise_hostname(data["hostname"])
        data["hostname"] = hostname
        if hostname in sites and fold(sites[hostname]) == fold(data["name"]):
            row.existing = True
        else:
            try:
                validate_new_site(hostname, data["name"])
            except ValidationError as error:
                row.errors.extend(error.messages)
        for column, check in CHECKS.items():
            if data.get(column):
                try:
                    check(data[column])
                except ValidationError as error:
                    row.errors.extend(error.messages)
        for seen, key, message in (
            (seen_hosts, hostname, _("Host name also on line %(line)s.")),
            (seen_names, fold(data["name"]), _("Name also on line %(line)s.")),
        ):
            if key and key in seen:
                row.errors.append(message % {"line": seen[key]})
            seen.setdefault(key, line)
        rows.append(row)
    return rows


@transaction.atomic
def import_rows(rows, progress=None):
    """Create every new commune of ``rows``, or none: a row with errors (or
    a failure half-way) leaves the database as it was. Returns the sites."""
    bad = [row for row in rows if row.errors]
    if bad:
        raise ImportFileError(
            _("Line %(line)s: %(errors)s Nothing was imported.")
            % {"line": bad[0].line, "errors": " ".join(bad[0].errors)}
        )
    new = [row for row in rows if not row.existing]
    created = []
    with deferred_indexing(), cache_invalidation.suspended():
        for done, row in enumerate(new, start=1):
            created.append(_create(row))
            if progress is not None:
                progress(done, len(new))
    bump_sites(created)
    return created


def _create(row):
    data = row.data
    site = create_site(
        hostname=data["hostname"], name=data["name"], agency_name=data.get("agency", "")
    )
    profile = SiteProfile.for_site(site)
    for column, attribute in PROFILE_FIELDS.items():
        if data.get(column):
            setattr(profile, attribute, data[column])
    profile.save()
    return site
