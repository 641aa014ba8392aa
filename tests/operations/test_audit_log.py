"""The audit log is kept at least twelve months and exportable as CSV."""

import csv
import datetime
import io

import pytest

from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.utils import timezone

from wagtail.models import ModelLogEntry, PageLogEntry

from news.factories import NewsPageFactory
from tests.helpers import section


def entry(page, days_ago, action="wagtail.edit", user=None):
    log = PageLogEntry.objects.log_action(page, action, user=user)
    PageLogEntry.objects.filter(pk=log.pk).update(
        timestamp=timezone.now() - datetime.timedelta(days=days_ago)
    )
    return log


def run(command, *args):
    out = io.StringIO()
    call_command(command, *args, stdout=out, stderr=io.StringIO())
    return out.getvalue()


def test_purge_deletes_only_what_is_older_than_a_year(commune):
    page = NewsPageFactory(parent=section(commune, "tin-tuc"))
    PageLogEntry.objects.all().delete()
    old, recent = entry(page, 400), entry(page, 360)
    user = get_user_model().objects.create_user("bt", password="x-long-password-1")
    model_old = ModelLogEntry.objects.log_action(user, "wagtail.create")
    ModelLogEntry.objects.filter(pk=model_old.pk).update(
        timestamp=timezone.now() - datetime.timedelta(days=500)
    )
    assert "would delete 1" in run("purge_audit_log", "--dry-run")
    assert PageLogEntry.objects.filter(pk=old.pk).exists()
    run("purge_audit_log")
    assert not PageLogEntry.objects.filter(pk=old.pk).exists()
    assert PageLogEntry.objects.filter(pk=recent.pk).exists()
    assert not ModelLogEntry.objects.filter(pk=model_old.pk).exists()


@pytest.mark.parametrize("how", ["option", "setting"])
def test_retention_below_twelve_months_is_refused(commune, settings, how):
    page = NewsPageFactory(parent=section(commune, "tin-tuc"))
    recent = entry(page, 100)
    if how == "option":
        args = ["--days", "90"]
    else:
        settings.AUDIT_LOG_RETENTION_DAYS = 30
        args = []
    with pytest.raises(CommandError, match="365"):
        run("purge_audit_log", *args)
    assert PageLogEntry.objects.filter(pk=recent.pk).exists()


def test_export_writes_csv_and_can_keep_to_one_site(commune, other_commune, tmp_path):
    user = get_user_model().objects.create_user("bientap", password="x-long-password-1")
    ours = NewsPageFactory(parent=section(commune, "tin-tuc"), title="Tin xã Tân Cương")
    theirs = NewsPageFactory(parent=section(other_commune, "tin-tuc"), title="Tin xã Phú Thạnh")
    entry(ours, 10, "wagtail.publish", user=user)
    entry(theirs, 5, "wagtail.publish")

    rows = list(csv.reader(io.StringIO(run("export_audit_log"))))
    assert rows[0][:3] == ["timestamp", "action", "object_type"]
    labels = {row[4] for row in rows[1:]}
    assert {"Tin xã Tân Cương", "Tin xã Phú Thạnh"} <= labels
    timestamps = [row[0] for row in rows[1:]]
    assert timestamps == sorted(timestamps)

    output = tmp_path / "tancuong.csv"
    run("export_audit_log", "--site", commune.hostname, "--output", str(output))
    rows = list(csv.reader(output.open(encoding="utf-8")))
    labels = {row[4] for row in rows[1:]}
    assert "Tin xã Tân Cương" in labels and "Tin xã Phú Thạnh" not in labels
    published = [
        row for row in rows if row[4] == "Tin xã Tân Cương" and row[1] == "wagtail.publish"
    ]
    assert published and published[0][6] == "bientap"

    with pytest.raises(CommandError):
        run("export_audit_log", "--site", "khong-co.example.gov.vn")
    with pytest.raises(CommandError):
        run("export_audit_log", "--since", "hôm qua")
