"""The Vietnamese catalogue of the libraries the admin is made of.

Wagtail's own Vietnamese catalogue translates about a fifth of its admin
and uses other words than the board's (docs/glossary.md); wagtail-localize,
django-otp, django-axes, django-filter and django-taggit ship none. The
project therefore carries its own translation of every message of these
libraries, in ``locale/upstream`` (second in LOCALE_PATHS, so it wins over
every library and loses only to the project's own catalogue).

``manage.py upstream_messages`` keeps it in step with the installed
versions: after an upgrade it adds the new messages (suggesting the
library's own Vietnamese, marked fuzzy so that it is reviewed against the
glossary), drops the ones no library has any more, and reports what is left
to translate. polib reads and writes the catalogues: Django's makemessages
only extracts from our own sources.
"""

import dataclasses
import importlib.util
from pathlib import Path

import polib

from django.apps import apps
from django.conf import settings

LANGUAGE = "vi"
DOMAINS = ("django", "djangojs")

# The packages whose screens a board member or a district admin can reach.
PACKAGES = (
    "wagtail",
    "wagtail_localize",
    "django_otp",
    "axes",
    "django_filters",
    "taggit",
)


def catalogue_dir():
    return Path(settings.BASE_DIR) / "locale" / "upstream" / LANGUAGE / "LC_MESSAGES"


def catalogue_path(domain):
    return catalogue_dir() / f"{domain}.po"


def _package_dir(name):
    spec = importlib.util.find_spec(name)
    return Path(spec.origin).parent


def _django_locale_dirs():
    """Django's own messages, and those of the contrib apps we install."""
    root = _package_dir("django")
    dirs = [root / "conf" / "locale"]
    for config in apps.get_app_configs():
        if config.name.startswith("django.contrib."):
            dirs.append(Path(config.path) / "locale")
    return dirs


def _locale_dirs():
    dirs = _django_locale_dirs()
    for name in PACKAGES:
        dirs.extend(sorted(p for p in _package_dir(name).rglob("locale") if p.is_dir()))
    return dirs


def _source_catalogues(locale_dir, domain):
    """The English catalogue holds every msgid; a package that ships none
    (django-otp, django-axes) is read through all its languages."""
    english = locale_dir / "en" / "LC_MESSAGES" / f"{domain}.po"
    if english.exists():
        return [english]
    return sorted(locale_dir.glob(f"*/LC_MESSAGES/{domain}.po"))


def _key(entry):
    return (entry.msgctxt, entry.msgid)


def _translated(entry):
    if "fuzzy" in entry.flags or entry.obsolete:
        return False
    if entry.msgid_plural:
        return bool(entry.msgstr_plural) and all(entry.msgstr_plural.values())
    return bool(entry.msgstr)


def upstream_messages(domain):
    """Every message of the libraries for ``domain``, with the library's own
    Vietnamese when it has one: {(msgctxt, msgid): (source entry, vi text)}."""
    messages = {}
    for locale_dir in _locale_dirs():
        own = {}
        vietnamese = locale_dir / LANGUAGE / "LC_MESSAGES" / f"{domain}.po"
        if vietnamese.exists():
            for entry in polib.pofile(str(vietnamese)):
                if _translated(entry):
                    own[_key(entry)] = entry.msgstr or entry.msgstr_plural.get(0, "")
        for path in _source_catalogues(locale_dir, domain):
            for entry in polib.pofile(str(path)):
                if entry.obsolete or not entry.msgid:
                    continue
                messages.setdefault(_key(entry), (entry, own.get(_key(entry), "")))
    return messages


@dataclasses.dataclass
class Report:
    domain: str
    total: int = 0
    added: int = 0
    dropped: int = 0
    missing: list = dataclasses.field(default_factory=list)


def _new_entry(source, suggestion):
    entry = polib.POEntry(
        msgctxt=source.msgctxt,
        msgid=source.msgid,
        msgid_plural=source.msgid_plural,
        flags=[flag for flag in source.flags if flag != "fuzzy"],
    )
    if source.msgid_plural:
        entry.msgstr_plural = {0: suggestion}
    else:
        entry.msgstr = suggestion
    if suggestion:
        entry.flags.append("fuzzy")
    return entry


def _empty_catalogue():
    catalogue = polib.POFile(wrapwidth=79)
    catalogue.metadata = {
        "Project-Id-Version": "ttdt upstream",
        "Language": LANGUAGE,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "Plural-Forms": "nplurals=1; plural=0;",
    }
    return catalogue


def load(domain):
    path = catalogue_path(domain)
    return polib.pofile(str(path), wrapwidth=79) if path.exists() else _empty_catalogue()


def merge(domain, write=True):
    """Bring the catalogue for ``domain`` in step with the installed libraries."""
    sources = upstream_messages(domain)
    catalogue = load(domain)
    report = Report(domain=domain, total=len(sources))
    kept = {}
    for entry in catalogue:
        if entry.obsolete or _key(entry) not in sources:
            report.dropped += 1
            continue
        source = sources[_key(entry)][0]
        entry.msgid_plural = source.msgid_plural
        kept[_key(entry)] = entry
    merged = _empty_catalogue()
    merged.metadata = catalogue.metadata or merged.metadata
    for key in sorted(sources, key=lambda k: (k[1], k[0] or "")):
        entry = kept.get(key)
        if entry is None:
            entry = _new_entry(*sources[key])
            report.added += 1
        if not _translated(entry):
            report.missing.append(entry)
        merged.append(entry)
    if write:
        catalogue_dir().mkdir(parents=True, exist_ok=True)
        merged.save(str(catalogue_path(domain)))
    return report
