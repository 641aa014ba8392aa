"""Backups of the database and the media files together, and their restore.

One archive (tar.gz) holds a manifest, the database (pg_dump custom format
on PostgreSQL, an SQLite online-backup copy on SQLite) and every file under
MEDIA_ROOT, each with its SHA-256. A restore checks the whole archive before
it touches anything, and refuses a database that already holds content unless
forced: the usual drill is "create an empty database, restore into it".
"""

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import connection
from django.utils import timezone
from django.utils.translation import gettext as _

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page

FORMAT_VERSION = 1
MANIFEST = "manifest.json"
DB_FILES = {"sqlite": "database.sqlite3", "postgresql": "database.pgdump"}


class BackupError(Exception):
    """A backup or restore that cannot go ahead; the message is for the operator."""


def _sha256(path):
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _vendor():
    if connection.vendor not in DB_FILES:
        raise BackupError(_("Backups support SQLite and PostgreSQL only."))
    return connection.vendor


def _pg_env(settings_dict):
    env = {**os.environ}
    if settings_dict.get("PASSWORD"):
        env["PGPASSWORD"] = settings_dict["PASSWORD"]
    return env


def _pg_args(settings_dict):
    args = []
    if settings_dict.get("HOST"):
        args += ["-h", settings_dict["HOST"]]
    if settings_dict.get("PORT"):
        args += ["-p", str(settings_dict["PORT"])]
    if settings_dict.get("USER"):
        args += ["-U", settings_dict["USER"]]
    return args + ["-d", settings_dict["NAME"]]


def _run(command, settings_dict):
    result = subprocess.run(  # noqa: S603 - fixed programs, arguments from settings
        command, env=_pg_env(settings_dict), capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise BackupError(
            _("%(program)s failed: %(error)s")
            % {"program": command[0], "error": result.stderr.strip()[-500:]}
        )


def content_counts():
    """What a restore must bring back, for the manifest and the drill."""

    return {
        "pages": Page.objects.count(),
        "documents": get_document_model().objects.count(),
        "images": get_image_model().objects.count(),
        "users": get_user_model().objects.count(),
    }


def _dump_database(target_dir):
    vendor = _vendor()
    path = Path(target_dir) / DB_FILES[vendor]
    if vendor == "sqlite":
        connection.ensure_connection()
        destination = sqlite3.connect(path)
        try:
            # The online backup API copies a consistent snapshot while the site runs.
            connection.connection.backup(destination)
        finally:
            destination.close()
    else:
        settings_dict = connection.settings_dict
        _run(
            [
                "pg_dump",
                "--format=custom",
                "--no-owner",
                "--no-acl",
                "-f",
                str(path),
                *_pg_args(settings_dict),
            ],
            settings_dict,
        )
    return path


def _media_files(media_root):
    root = Path(media_root)
    if not root.is_dir():
        return []
    return sorted(p for p in root.rglob("*") if p.is_file() and not p.is_symlink())


def create_backup(output_dir, now=None):
    """Write ``ttdt-backup-<time>.tar.gz`` in ``output_dir``; return its path.

    The archive is written under a temporary name and renamed when complete,
    so a crash never leaves something that looks like a finished backup.
    """
    now = now or timezone.now()
    output_dir = Path(output_dir)
    output_dir.mkdir(parents=True, exist_ok=True)
    name = f"ttdt-backup-{now.strftime('%Y%m%d-%H%M%S')}.tar.gz"
    final, partial = output_dir / name, output_dir / (name + ".partial")
    media_root = Path(settings.MEDIA_ROOT)
    with tempfile.TemporaryDirectory(dir=output_dir) as work:
        db_path = _dump_database(work)
        media = [
            {
                "path": path.relative_to(media_root).as_posix(),
                "size": path.stat().st_size,
                "sha256": _sha256(path),
            }
            for path in _media_files(media_root)
        ]
        manifest = {
            "format": FORMAT_VERSION,
            "created_at": now.isoformat(),
            "engine": connection.vendor,
            "database": {"file": db_path.name, "sha256": _sha256(db_path)},
            "counts": content_counts(),
            "media": media,
        }
        manifest_path = Path(work) / MANIFEST
        manifest_path.write_text(json.dumps(manifest, ensure_ascii=False, indent=1))
        with tarfile.open(partial, "w:gz") as archive:
            archive.add(manifest_path, arcname=MANIFEST)
            archive.add(db_path, arcname=db_path.name)
            for item in media:
                archive.add(media_root / item["path"], arcname=f"media/{item['path']}")
    os.replace(partial, final)
    return final


# ---------------------------------------------------------------------------
# Restore
# ---------------------------------------------------------------------------


def _safe_member(name):
    path = Path(name)
    return not path.is_absolute() and ".." not in path.parts


def read_and_check(archive_path, work_dir):
    """Unpack ``archive_path`` into ``work_dir`` and check it against its
    manifest; return the manifest. Raises BackupError, having touched
    nothing but ``work_dir``."""
    try:
        with tarfile.open(archive_path, "r:gz") as archive:
            members = archive.getmembers()
            bad = [
                m.name for m in members if not _safe_member(m.name) or not (m.isfile() or m.isdir())
            ]
            if bad:
                raise BackupError(
                    _("The archive holds unexpected entries: %(names)s")
                    % {"names": ", ".join(bad[:5])}
                )
            archive.extractall(work_dir, filter="data")
    except (tarfile.TarError, OSError, EOFError) as error:
        raise BackupError(
            _("The archive cannot be read (%(error)s).") % {"error": type(error).__name__}
        ) from error
    work = Path(work_dir)
    try:
        manifest = json.loads((work / MANIFEST).read_text())
    except (OSError, ValueError) as error:
        raise BackupError(_("The archive has no readable manifest.")) from error
    if manifest.get("format") != FORMAT_VERSION:
        raise BackupError(_("Unknown backup format."))
    if manifest.get("engine") != _vendor():
        raise BackupError(
            _("This backup is of a %(engine)s database; the site uses %(current)s.")
            % {"engine": manifest.get("engine"), "current": connection.vendor}
        )
    db_file = work / manifest["database"]["file"]
    if not db_file.is_file() or _sha256(db_file) != manifest["database"]["sha256"]:
        raise BackupError(_("The database copy in the archive is missing or damaged."))
    for item in manifest["media"]:
        path = work / "media" / item["path"]
        if not _safe_member(item["path"]) or not path.is_file() or _sha256(path) != item["sha256"]:
            raise BackupError(
                _("The media file %(path)s in the archive is missing or damaged.")
                % {"path": item["path"]}
            )
    return manifest


def database_is_empty():
    """True for a database nobody has put content in: no tables yet, or only
    what the migrations create (Wagtail's root and welcome pages)."""
    tables = set(connection.introspection.table_names())
    if "wagtailcore_page" not in tables:
        return True
    counts = content_counts()
    return (
        counts["users"] == 0
        and counts["documents"] == 0
        and counts["images"] == 0
        and (counts["pages"] <= 2)
    )


def media_is_empty():
    return not _media_files(settings.MEDIA_ROOT)


def _restore_database(manifest, work):
    db_file = Path(work) / manifest["database"]["file"]
    settings_dict = connection.settings_dict
    connection.close()
    if manifest["engine"] == "sqlite":
        source = sqlite3.connect(db_file)
        target = sqlite3.connect(settings_dict["NAME"])
        try:
            source.backup(target)
        finally:
            source.close()
            target.close()
    else:
        _run(
            [
                "pg_restore",
                "--clean",
                "--if-exists",
                "--no-owner",
                "--no-acl",
                "--single-transaction",
                "--exit-on-error",
                *_pg_args(settings_dict),
                str(db_file),
            ],
            settings_dict,
        )


def _restore_media(manifest, work):
    media_root = Path(settings.MEDIA_ROOT)
    for item in manifest["media"]:
        target = media_root / item["path"]
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(Path(work) / "media" / item["path"], target)


def restore_backup(archive_path, force=False):
    """Restore the database and media from ``archive_path``; return the
    manifest. Nothing is changed unless the whole archive checks out and the
    target is empty (or ``force``)."""
    archive_path = Path(archive_path)
    if not archive_path.is_file():
        raise BackupError(_("No such archive: %(path)s") % {"path": archive_path})
    Path(settings.MEDIA_ROOT).mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=Path(settings.MEDIA_ROOT).parent) as work:
        manifest = read_and_check(archive_path, work)
        if not force and not database_is_empty():
            raise BackupError(
                _(
                    "The database already holds content. Restore into an empty database, "
                    "or use --force to replace it."
                )
            )
        if not force and not media_is_empty():
            raise BackupError(
                _(
                    "The media folder is not empty. Restore into an empty folder, "
                    "or use --force to overwrite it."
                )
            )
        _restore_database(manifest, work)
        _restore_media(manifest, work)
    return manifest
