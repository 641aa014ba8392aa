"""Cron runs on one node, and a second run of a scheduled command, from
another node or overlapping the first, does nothing (core.scheduling)."""

import contextlib
import fcntl
import io

import psycopg
import pytest

from django.core import mail
from django.core.management import call_command
from django.db import connection

from core.scheduling import lock_file, lock_key, single_run

pytestmark = pytest.mark.django_db


@contextlib.contextmanager
def held_by_another_node(name):
    """The lock taken as another node's run would: its own connection to
    PostgreSQL, or its own open file on this machine."""
    if connection.vendor == "postgresql":
        db = connection.settings_dict
        with psycopg.connect(
            dbname=db["NAME"],
            user=db["USER"],
            host=db["HOST"] or "127.0.0.1",
            port=db["PORT"] or 5432,
        ) as other:
            assert other.execute("SELECT pg_try_advisory_lock(%s)", [lock_key(name)]).fetchone()[0]
            yield
            # Released before returning: a closed connection's backend may
            # still hold it for a moment after the client has gone.
            other.execute("SELECT pg_advisory_unlock(%s)", [lock_key(name)])
        return
    with lock_file(name).open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        yield


def test_a_command_already_running_elsewhere_does_nothing_and_says_so(boards):
    out, err = io.StringIO(), io.StringIO()
    with held_by_another_node("check_deadlines"):
        call_command("check_deadlines", "--date", "2026-02-24", stdout=out, stderr=err)
    assert "đang chạy trên máy chủ khác" in err.getvalue()
    assert mail.outbox == []
    # Once the other run ended, the next one does its work.
    call_command("check_deadlines", "--date", "2026-02-24", stdout=out, stderr=err)
    assert any(m.to == ["tc.head@example.gov.vn"] for m in mail.outbox)


def test_one_command_held_elsewhere_leaves_the_others_free():
    with (
        held_by_another_node("send_digests"),
        single_run("send_digests") as digests,
        single_run("purge_question_data") as purge,
    ):
        assert (digests, purge) == (False, True)
