"""Scheduled commands run once at a time across every node.

README's multi-node deployment runs cron on one node only; this lock makes
a mistake there (cron on two nodes, a run that outlasts its interval)
harmless: a second run of the same command finds it held, says so and
does nothing, so no reminder, digest or purge happens twice.

On PostgreSQL, the database every node shares, it is a session advisory
lock, released when the command ends or its connection drops (a killed
run never leaves it held). SQLite lives on one machine: a file lock there.
"""

import contextlib
import fcntl
import hashlib

from django.conf import settings
from django.core.management.base import BaseCommand, OutputWrapper
from django.db import connection
from django.utils.translation import gettext


def lock_file(name):
    """SQLite's lock for ``name``: one per database file, as PostgreSQL's
    advisory locks are per database."""
    directory = settings.BASE_DIR / "tmp" / "locks"
    directory.mkdir(parents=True, exist_ok=True)
    database = hashlib.blake2b(str(connection.settings_dict["NAME"]).encode(), digest_size=6)
    return directory / f"{name}-{database.hexdigest()}.lock"


def lock_key(name):
    """PostgreSQL's advisory lock key for ``name`` (signed 64 bits)."""
    digest = hashlib.blake2b(f"ttdt:{name}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


@contextlib.contextmanager
def single_run(name):
    """Yields True while this process alone holds ``name``, else False."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_try_advisory_lock(%s)", [lock_key(name)])
            acquired = cursor.fetchone()[0]
        try:
            yield acquired
        finally:
            if acquired:
                with connection.cursor() as cursor:
                    cursor.execute("SELECT pg_advisory_unlock(%s)", [lock_key(name)])
        return
    with lock_file(name).open("w") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            yield False
            return
        try:
            yield True
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


class ScheduledCommand(BaseCommand):
    """A command cron runs: never twice at once, on any node."""

    def execute(self, *args, **options):
        name = self.__module__.rsplit(".", 1)[-1]
        with single_run(name) as acquired:
            if not acquired:
                if options.get("stderr"):
                    self.stderr = OutputWrapper(options["stderr"])
                self.stderr.write(
                    gettext("%(command)s is already running on another server; nothing was done.")
                    % {"command": name}
                )
                return ""
            return super().execute(*args, **options)
