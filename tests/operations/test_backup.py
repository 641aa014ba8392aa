"""Backup then restore into an empty database: every page, document, image
and media file comes back; damaged archives and non-empty targets are refused
before anything is touched."""

import hashlib
import io
import json
import os
import sqlite3
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from django.conf import settings
from django.core.management import CommandError, call_command
from django.db import connection

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page

from core.factories import ImageFactory, PdfDocumentFactory
from home.factories import CommuneSiteFactory
from news.factories import NewsPageFactory
from tests.helpers import section

ROOT = Path(__file__).resolve().parents[2]
PG_RESTORE_DB = "ttdt_h8c_restore"

# Committed data (pg_dump and a second process only see what is committed);
# serialized_rollback keeps the migrations' rows for the tests after these.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def _digest(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


@pytest.fixture
def content(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    site = CommuneSiteFactory(hostname="tancuong.example.gov.vn", name="Xã Tân Cương")
    NewsPageFactory(parent=section(site, "tin-tuc"), title="Thông báo lịch tiếp công dân")
    PdfDocumentFactory(title="Quyết định số 12/QĐ-UBND")
    ImageFactory(title="Trụ sở Ủy ban nhân dân xã")
    files = {
        p.relative_to(settings.MEDIA_ROOT).as_posix(): _digest(p)
        for p in Path(settings.MEDIA_ROOT).rglob("*")
        if p.is_file()
    }
    return {
        "pages": sorted(Page.objects.values_list("title", flat=True)),
        "documents": sorted(get_document_model().objects.values_list("title", flat=True)),
        "images": sorted(get_image_model().objects.values_list("title", flat=True)),
        "files": files,
    }


def backup(tmp_path):
    out = io.StringIO()
    call_command("backup", output=str(tmp_path / "backups"), stdout=out)
    return Path(out.getvalue().strip())


def restore_in_new_process(archive, database_url, media_root, *extra):
    """``manage.py restore`` as an operator runs it, against another database."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "website.settings.dev",
        "DATABASE_URL": database_url,
        "MEDIA_ROOT": str(media_root),
    }
    return subprocess.run(  # noqa: S603 - our own interpreter and manage.py
        [sys.executable, "manage.py", "restore", str(archive), *extra],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )


def _restored_rows(database_url):
    queries = {
        "pages": "SELECT title FROM wagtailcore_page",
        "documents": "SELECT title FROM wagtaildocs_document",
        "images": "SELECT title FROM wagtailimages_image",
    }
    if database_url.startswith("sqlite"):
        db = sqlite3.connect(database_url.removeprefix("sqlite:///"))
    else:
        import psycopg

        db = psycopg.connect(database_url.replace("postgres://", "postgresql://"))
    try:
        return {
            key: sorted(r[0] for r in db.execute(sql).fetchall()) for key, sql in queries.items()
        }
    finally:
        db.close()


def _empty_target(tmp_path):
    if connection.vendor == "sqlite":
        return f"sqlite:///{tmp_path / 'restored.sqlite3'}"
    import psycopg

    base = connection.settings_dict
    url = f"postgresql://{base['USER'] or 'postgres'}@{base['HOST'] or '127.0.0.1'}:{base['PORT'] or 5432}"
    with psycopg.connect(f"{url}/postgres", autocommit=True) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {PG_RESTORE_DB}")
        admin.execute(f"CREATE DATABASE {PG_RESTORE_DB}")
    return f"{url}/{PG_RESTORE_DB}"


def test_backup_then_restore_into_an_empty_database_brings_everything_back(content, tmp_path):
    archive = backup(tmp_path)
    assert archive.name.startswith("ttdt-backup-") and archive.suffixes[-2:] == [".tar", ".gz"]
    with tarfile.open(archive) as tar:
        manifest = json.load(tar.extractfile("manifest.json"))
    assert manifest["counts"]["pages"] == len(content["pages"])
    assert manifest["counts"]["documents"] == len(content["documents"])
    assert manifest["counts"]["images"] == len(content["images"])
    assert {m["path"] for m in manifest["media"]} == set(content["files"])

    target = _empty_target(tmp_path)
    media_root = tmp_path / "restored-media"
    result = restore_in_new_process(archive, target, media_root)
    assert result.returncode == 0, result.stderr[-2000:]

    rows = _restored_rows(target)
    assert rows["pages"] == content["pages"]
    assert "Thông báo lịch tiếp công dân" in rows["pages"]
    assert rows["documents"] == content["documents"]
    assert rows["images"] == content["images"]
    restored_files = {
        p.relative_to(media_root).as_posix(): _digest(p)
        for p in media_root.rglob("*")
        if p.is_file()
    }
    assert restored_files == content["files"]

    # Restoring again over what is now a full database is refused.
    again = restore_in_new_process(archive, target, tmp_path / "other-media")
    assert again.returncode != 0
    assert "already holds content" in again.stderr or "đã có dữ liệu" in again.stderr
    # ... unless the operator says so.
    forced = restore_in_new_process(archive, target, tmp_path / "other-media", "--force")
    assert forced.returncode == 0, forced.stderr[-2000:]
    assert _restored_rows(target)["pages"] == content["pages"]


def test_restore_refuses_a_database_with_content_and_changes_nothing(content, tmp_path):
    archive = backup(tmp_path)
    NewsPageFactory(title="Tin đăng sau khi sao lưu")
    with pytest.raises(CommandError):
        call_command("restore", str(archive), stdout=io.StringIO())
    assert Page.objects.filter(title="Tin đăng sau khi sao lưu").exists()


def test_damaged_archive_is_refused_before_anything_is_touched(content, tmp_path):
    archive = backup(tmp_path)
    damaged = tmp_path / "damaged.tar.gz"
    with tarfile.open(archive) as source, tarfile.open(damaged, "w:gz") as target:
        for member in source.getmembers():
            data = source.extractfile(member).read()
            if member.name.startswith("media/") and member.name.endswith(".pdf"):
                data = data[:-10] + b"tampered!!"
            target.addfile(member, io.BytesIO(data))
    media_root = tmp_path / "untouched-media"
    result = restore_in_new_process(damaged, _empty_target(tmp_path), media_root)
    assert result.returncode != 0
    assert "damaged" in result.stderr or "hỏng" in result.stderr
    assert not any(p.is_file() for p in media_root.rglob("*"))
    truncated = tmp_path / "truncated.tar.gz"
    truncated.write_bytes(archive.read_bytes()[:2000])
    with pytest.raises(CommandError):
        call_command("restore", str(truncated), "--force", stdout=io.StringIO())
    assert Page.objects.filter(title="Thông báo lịch tiếp công dân").exists()
    assert settings.MEDIA_ROOT
