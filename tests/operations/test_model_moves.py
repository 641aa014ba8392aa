"""Databases made before models moved between apps migrate forward whole.

The fixtures are the demo (``manage.py demo``) made on commit 0831643, the
last before the site profile, host settings, supplying units and role groups
moved to ``core``, the deadline rules to ``deadlines``, the account
security to ``security`` (and, later, the consultation pages to
``consultations``): SQLite as a file, PostgreSQL as a ``pg_dump``.
Each is migrated by ``manage.py migrate`` in a child process, as an upgrade
would, and every row counted before is still there afterwards.
"""

import gzip
import os
import shutil
import sqlite3
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from django.conf import settings
from django.db import connection

pytestmark = pytest.mark.slow

FIXTURES = Path(__file__).parent / "fixtures"

#: What an upgrade must keep: pages and their history, the boards and their
#: members, questions, every setting that moved and the groups' permissions.
TABLES = (
    "wagtailcore_page",
    "wagtailcore_revision",
    "wagtailcore_site",
    "board_board",
    "board_boardmembership",
    "questions_question",
    "home_siteprofile",
    "home_hostsettings",
    "board_supplyingunit",
    "board_siterolegroup",
    "board_deadlinepolicy",
    "board_sitedeadlinepolicy",
    "board_accountsecurity",
    "auth_group_permissions",
    "wagtailcore_groupsitepermission",
    "home_consultationpage",
)

MOVED = {
    ("home", "siteprofile"): "core",
    ("home", "hostsettings"): "core",
    ("board", "supplyingunit"): "core",
    ("board", "siterolegroup"): "core",
    ("board", "deadlinepolicy"): "deadlines",
    ("board", "sitedeadlinepolicy"): "deadlines",
    ("board", "workingdayoverride"): "deadlines",
    ("board", "accountsecurity"): "security",
    ("home", "consultationindexpage"): "consultations",
    ("home", "consultationpage"): "consultations",
}

#: Each group's model permissions and per-site permissions, by app and name.
GRANTS_SQL = """
    SELECT ct.app_label, p.codename, COUNT(*)
    FROM (
        SELECT permission_id FROM auth_group_permissions
        UNION ALL SELECT permission_id FROM wagtailcore_groupsitepermission
    ) AS granted
    JOIN auth_permission p ON p.id = granted.permission_id
    JOIN django_content_type ct ON ct.id = p.content_type_id
    GROUP BY ct.app_label, p.codename
"""


def _snapshot(cursor):
    counts = {}
    for table in TABLES:
        cursor.execute(f"SELECT COUNT(*) FROM {table}")  # noqa: S608 - fixed names
        counts[table] = cursor.fetchone()[0]
    cursor.execute("SELECT app_label, model, id FROM django_content_type")
    content_types = {(app, model): pk for app, model, pk in cursor.fetchall()}
    cursor.execute(GRANTS_SQL)
    grants = {(app, codename): n for app, codename, n in cursor.fetchall()}
    return counts, content_types, grants


def _migrate(database_url, media):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "website.settings.dev",
        "DATABASE_URL": database_url,
        "MEDIA_ROOT": str(media),
        "REDIS_URL": "",
    }
    done = subprocess.run(  # noqa: S603 - our own manage.py
        [sys.executable, "manage.py", "migrate", "--noinput"],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-3000:]


#: Permissions granted at ``migrate`` to the district admins' group for models
#: added after the fixtures were made (core.HostAlert): new rows, not moved ones.
ADDED_SINCE = {("core", f"{action}_hostalert") for action in ("view", "add", "change", "delete")}


def _assert_kept(before, after):
    counts_before, types_before, grants_before = before
    counts_after, types_after, grants_after = after
    assert counts_before["wagtailcore_page"] > 30 and counts_before["board_boardmembership"] > 5
    added = {key: n for key, n in grants_after.items() if key in ADDED_SINCE}
    grants_after = {key: n for key, n in grants_after.items() if key not in ADDED_SINCE}
    counts_after = {
        **counts_after,
        "auth_group_permissions": counts_after["auth_group_permissions"] - sum(added.values()),
    }
    assert counts_after == counts_before
    for (old_app, model), new_app in MOVED.items():
        if (old_app, model) in types_before:
            # The same content type row, relabelled: permissions and history follow.
            assert types_after[(new_app, model)] == types_before[(old_app, model)]
            assert (old_app, model) not in types_after
    moved_grants = {
        (MOVED.get((app, codename.split("_", 1)[1]), app), codename): n
        for (app, codename), n in grants_before.items()
    }
    assert grants_after == moved_grants
    assert grants_after[("core", "change_siteprofile")] > 0


def test_a_sqlite_demo_made_before_the_move_migrates_forward_whole(tmp_path):
    path = tmp_path / "demo.sqlite3"
    with gzip.open(FIXTURES / "demo.sqlite3.gz") as packed, open(path, "wb") as out:
        shutil.copyfileobj(packed, out)
    with sqlite3.connect(path) as db:
        before = _snapshot(db.cursor())
    _migrate(f"sqlite:///{path}", tmp_path / "media")
    with sqlite3.connect(path) as db:
        after = _snapshot(db.cursor())
    _assert_kept(before, after)


@pytest.mark.postgres
@pytest.mark.skipif(connection.vendor != "postgresql", reason="needs DATABASE_URL=postgres://")
def test_a_postgresql_demo_made_before_the_move_migrates_forward_whole(tmp_path):
    import psycopg

    params = connection.get_connection_params()
    server = {k: params[k] for k in ("host", "port", "user") if params.get(k)}
    name = f"ttdt_premove_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(dbname="postgres", autocommit=True, **server) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        sql = gzip.decompress((FIXTURES / "demo.pg.sql.gz").read_bytes()).decode()
        psql = [
            "psql",
            "-q",
            "-v",
            "ON_ERROR_STOP=1",
            "-h",
            server.get("host", "127.0.0.1"),
            "-p",
            str(server.get("port", 5432)),
            "-U",
            server.get("user", "postgres"),
            name,
        ]
        loaded = subprocess.run(psql, input=sql, capture_output=True, text=True, timeout=300)  # noqa: S603
        assert loaded.returncode == 0, loaded.stderr[-3000:]
        with psycopg.connect(dbname=name, **server) as db:
            before = _snapshot(db.cursor())
        user = server.get("user", "postgres")
        url = (
            f"postgres://{user}@{server.get('host', '127.0.0.1')}:{server.get('port', 5432)}/{name}"
        )
        _migrate(url, tmp_path / "media")
        with psycopg.connect(dbname=name, **server) as db:
            after = _snapshot(db.cursor())
        _assert_kept(before, after)
    finally:
        with psycopg.connect(dbname="postgres", autocommit=True, **server) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
