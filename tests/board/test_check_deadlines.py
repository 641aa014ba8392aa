"""``manage.py check_deadlines``: daily reminders to each board."""

import datetime
from io import StringIO
from unittest import mock

import pytest

from django.core import mail
from django.core.management import CommandError, call_command
from django.utils import translation

from board.models import DeadlineNotification
from core.models import Role
from documents.factories import LegalDocumentPageFactory
from tests.helpers import member, section

D = datetime.date


def run(*args):
    """The command's output, in English whatever the catalogue holds."""
    out = StringIO()
    with translation.override("en"):
        call_command("check_deadlines", *args, stdout=out)
    return out.getvalue()


def by_recipient():
    return {message.to[0]: message for message in mail.outbox}


@pytest.mark.django_db
def test_each_board_hears_about_its_own_items(boards):
    output = run("--date", "2026-02-24")
    messages = by_recipient()
    assert set(messages) == {
        "tc.head@example.gov.vn",
        "tc.editor@example.gov.vn",
        "pt.head@example.gov.vn",
    }
    body = messages["tc.head@example.gov.vn"].body
    assert "Hội nghị triển khai nhiệm vụ năm 2026" in body
    assert "Quyết định thành lập tổ công tác" in body
    assert f"/admin/pages/{boards['due'].pk}/edit/" in body
    assert f"/admin/pages/{boards['late'].pk}/edit/" in body
    assert "Tin đã đăng" not in body
    assert "Phú Thạnh" not in body
    other = messages["pt.head@example.gov.vn"].body
    assert "Kế hoạch của xã Phú Thạnh" in other
    assert "Quyết định thành lập" not in other
    assert (
        "Xã Tân Cương: 1 due on the next working day, 1 late, 0 reports on comments, "
        "0 new or late questions; emailed 2"
    ) in output
    assert (
        "Xã Phú Thạnh: 0 due on the next working day, 1 late, 0 reports on comments, "
        "0 new or late questions; emailed 1"
    ) in output
    assert output.splitlines()[-1] == (
        "Summary: 2 boards, 1 items due on the next working day, 2 late items, 3 emails sent."
    )


@pytest.mark.django_db
def test_running_twice_sends_nothing_twice(boards):
    run("--date", "2026-02-24")
    sent = len(mail.outbox)
    assert sent == 3
    assert DeadlineNotification.objects.filter(date=D(2026, 2, 24)).count() == 3
    output = run("--date", "2026-02-24")
    assert len(mail.outbox) == sent
    assert DeadlineNotification.objects.filter(date=D(2026, 2, 24)).count() == 3
    assert output.splitlines()[-1] == (
        "Summary: 0 boards, 0 items due on the next working day, 0 late items, 0 emails sent."
    )


@pytest.mark.django_db
def test_late_items_are_reminded_again_the_next_day(boards):
    run("--date", "2026-02-24")
    mail.outbox.clear()
    run("--date", "2026-02-25")
    body = by_recipient()["tc.head@example.gov.vn"].body
    assert "Quyết định thành lập tổ công tác" in body
    # due today: neither due tomorrow nor late
    assert "Hội nghị triển khai" not in body
    mail.outbox.clear()
    run("--date", "2026-02-26")
    body = by_recipient()["tc.head@example.gov.vn"].body
    assert "Hội nghị triển khai" in body  # now late


@pytest.mark.django_db
def test_friday_before_tet_looks_to_the_monday_after(commune):
    member(commune, Role.HEAD, "tc.head")
    doc = LegalDocumentPageFactory(
        parent=section(commune, "van-ban"), live=False, signing_date=D(2026, 2, 13)
    )
    assert doc.due_date == D(2026, 2, 23)
    output = run("--date", "2026-02-13")
    assert "23/02/2026" in output
    assert len(mail.outbox) == 1
    assert doc.title in mail.outbox[0].body
    assert DeadlineNotification.objects.get().kind == "due_soon"


@pytest.mark.django_db
def test_publishing_stops_the_reminders(boards):
    boards["late"].save_revision().publish()
    run("--date", "2026-02-24")
    assert "Quyết định thành lập" not in by_recipient()["tc.head@example.gov.vn"].body


@pytest.mark.django_db
def test_dry_run_sends_and_records_nothing(boards):
    output = run("--date", "2026-02-24", "--dry-run")
    assert mail.outbox == []
    assert not DeadlineNotification.objects.exists()
    assert (
        "Xã Tân Cương: 1 due on the next working day, 1 late, 0 reports on comments, "
        "0 new or late questions; would email 2"
    ) in output
    assert "Dry run: nothing was sent or recorded." in output
    run("--date", "2026-02-24")
    assert len(mail.outbox) == 3


@pytest.mark.django_db
@pytest.mark.parametrize("value", ["24/02/2026", "2026-02-30", "tomorrow", ""])
def test_bad_date_is_refused_clearly(boards, value):
    with pytest.raises(CommandError, match="YYYY-MM-DD"):
        run("--date", value)
    assert mail.outbox == []
    assert not DeadlineNotification.objects.exists()


@pytest.mark.django_db
def test_board_without_members_is_reported_and_retried(commune):
    doc = LegalDocumentPageFactory(
        parent=section(commune, "van-ban"), live=False, signing_date=D(2026, 2, 12)
    )
    output = run("--date", "2026-02-24")
    assert "NOT SENT" in output
    assert not DeadlineNotification.objects.exists()
    member(commune, Role.HEAD, "tc.head")
    run("--date", "2026-02-24")
    assert doc.title in mail.outbox[0].body


@pytest.mark.django_db
def test_mail_failure_records_nothing(boards):
    with (
        mock.patch(
            "django.core.mail.backends.locmem.EmailBackend.send_messages",
            side_effect=OSError("SMTP down"),
        ),
        pytest.raises(CommandError),
    ):
        run("--date", "2026-02-24")
    assert not DeadlineNotification.objects.exists()
    run("--date", "2026-02-24")
    assert len(mail.outbox) == 3


@pytest.mark.django_db
def test_today_is_the_local_date_in_ha_noi(boards):
    """Just after midnight in Hà Nội it is still yesterday in UTC."""
    import zoneinfo

    moment = datetime.datetime(2026, 2, 24, 0, 30, tzinfo=zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh"))
    with mock.patch("django.utils.timezone.now", return_value=moment):
        output = run()
    assert output.splitlines()[0] == "Deadlines on 24/02/2026 (next working day: 25/02/2026)"
    assert DeadlineNotification.objects.filter(date=D(2026, 2, 24)).count() == 3
