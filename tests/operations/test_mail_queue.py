"""Email is queued with the change that causes it and sent by a process that
serves no web request, retried with backoff: a mail server that is down
loses nothing, one that hangs holds no request."""

import datetime
import logging
import re
from io import StringIO

import pytest

from django.core.mail import send_mail
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone

from news.factories import NewsPageFactory
from outbox.models import OutgoingEmail
from outbox.services import delivery
from questions.models import Question
from questions.services.consent import current_notice
from subscriptions.models import Subscription
from subscriptions.services.digest import queue_digest
from tests.helpers import section
from tests.questions.helpers import VALID

from .servers import SilentListener, SMTPSink

SMTP_PORT = 8204
ASK = "/hoi-dap/gui-cau-hoi/"


@pytest.fixture
def queued_mail(settings):
    settings.EMAIL_BACKEND = "outbox.backends.QueuedEmailBackend"
    settings.OUTBOX_DELIVERY_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = SMTP_PORT
    settings.EMAIL_TIMEOUT = 2
    settings.QUESTIONS_RATE_LIMITS = None


@pytest.fixture
def smtp():
    servers = []

    def start():
        servers.append(SMTPSink(SMTP_PORT))
        return servers[-1]

    yield start
    for server in servers:
        server.stop()


def run_cron():
    out = StringIO()
    call_command("send_queued_mail", stdout=out)
    return out.getvalue()


def time_passes(minutes):
    OutgoingEmail.objects.pending().update(
        next_attempt_at=timezone.now() - datetime.timedelta(minutes=minutes)
    )


def test_question_receipt_survives_a_mail_server_outage(
    queued_mail, smtp, site_client, commune, caplog, django_capture_on_commit_callbacks
):
    data = {**VALID, "notice_version": current_notice().version}
    # The mail server is down: nothing listens on its port.
    with caplog.at_level(logging.WARNING), django_capture_on_commit_callbacks(execute=True):
        response = site_client(commune).post(ASK, data, REMOTE_ADDR="203.0.113.9")
    assert response.status_code == 200
    question = Question.objects.get()
    assert question.tracking_code in response.content.decode()
    row = OutgoingEmail.objects.get()
    assert row.sent_at is None and row.attempts == 0  # the request only queued it

    # The worker tries while the server is down.
    assert "sent 0, failed 1" in run_cron()
    row.refresh_from_db()
    assert row.sent_at is None and row.attempts == 1
    assert row.last_error == "ConnectionRefusedError"
    assert row.next_attempt_at > timezone.now()
    assert "an.nguyen@gmail.com" not in caplog.text

    # Cron before the backoff has elapsed does not hammer the server.
    server = smtp()
    assert "sent 0" in run_cron()
    assert server.received == []

    # The server is back and the delay has passed: the receipt goes out once.
    time_passes(2)
    assert "sent 1, failed 0, still queued 0" in run_cron()
    assert len(server.received) == 1
    assert server.received[0]["to"] == ["an.nguyen@gmail.com"]
    assert question.tracking_code.encode() in server.received[0]["data"]
    row.refresh_from_db()
    assert row.sent_at is not None and row.attempts == 2
    time_passes(60)
    run_cron()
    assert len(server.received) == 1


def test_a_request_only_queues_and_the_worker_sends(
    queued_mail, smtp, db, django_capture_on_commit_callbacks
):
    server = smtp()
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        send_mail("Chào", "Nội dung", None, ["can.bo@example.gov.vn"])
    assert server.received == []  # not from the request, even after the commit
    assert OutgoingEmail.objects.get().sent_at is None
    out = StringIO()
    call_command("send_queued_mail", "--loop", "--rounds", "2", "--interval", "0.01", stdout=out)
    assert out.getvalue().splitlines()[0] == "sent 1, failed 0, still queued 0"
    assert [m["to"] for m in server.received] == [["can.bo@example.gov.vn"]]
    assert OutgoingEmail.objects.get().sent_at is not None


def test_a_hung_mail_server_holds_no_request_and_the_worker_gives_up_on_it(
    queued_mail, settings, site_client, commune, django_capture_on_commit_callbacks
):
    """The mail server accepts the connection and never answers."""
    hung = SilentListener()
    settings.EMAIL_PORT = hung.port
    settings.EMAIL_TIMEOUT = 1
    try:
        data = {**VALID, "notice_version": current_notice().version}
        with django_capture_on_commit_callbacks(execute=True):
            response = site_client(commune).post(ASK, data, REMOTE_ADDR="203.0.113.10")
        assert response.status_code == 200
        assert hung.accepted == 0  # the request never talked to the mail server
        assert "sent 0, failed 1" in run_cron()
        assert hung.accepted == 1
        row = OutgoingEmail.objects.get()
        assert row.sent_at is None and row.attempts == 1 and row.next_attempt_at > timezone.now()
    finally:
        hung.stop()


def test_rolled_back_change_sends_nothing(
    queued_mail, smtp, db, django_capture_on_commit_callbacks
):
    server = smtp()
    with (
        django_capture_on_commit_callbacks(execute=True),
        pytest.raises(RuntimeError),
        transaction.atomic(),
    ):
        send_mail("Chào", "Nội dung", None, ["can.bo@example.gov.vn"])
        raise RuntimeError("the change failed")
    assert not OutgoingEmail.objects.exists()
    assert server.received == []


def test_backoff_grows_and_a_message_is_given_up_after_the_last_attempt(
    queued_mail, db, settings, django_capture_on_commit_callbacks
):
    settings.OUTBOX_MAX_ATTEMPTS = 3
    with django_capture_on_commit_callbacks(execute=True):
        send_mail("Chào", "Nội dung", None, ["can.bo@example.gov.vn"])
    delivery.deliver()
    row = OutgoingEmail.objects.get()
    delays = [row.next_attempt_at - timezone.now()]
    now = timezone.now()
    for _attempt in range(2):
        now = row.next_attempt_at
        delivery.deliver(now=now)
        row.refresh_from_db()
        delays.append(row.next_attempt_at - now)
    assert row.attempts == 3 and row.failed_at is not None and row.sent_at is None
    assert delays[0] < datetime.timedelta(minutes=1, seconds=1)
    assert delays[1] == datetime.timedelta(minutes=2)
    # Given up: later runs leave it alone (it stays for an operator to see).
    assert delivery.deliver(now=now + datetime.timedelta(days=30)) == (0, 0)
    assert OutgoingEmail.objects.pending().count() == 0


@pytest.mark.usefixtures("boards")
def test_deadline_reminders_wait_in_the_queue_while_the_server_is_down(
    queued_mail, smtp, django_capture_on_commit_callbacks
):
    """check_deadlines records its reminders and queues their emails in one
    transaction; with the server down they wait, and go once it is back."""
    from board.models import DeadlineNotification

    with django_capture_on_commit_callbacks(execute=True):
        call_command("check_deadlines", "--date", "2026-02-24", stdout=StringIO())
    assert DeadlineNotification.objects.count() == 3
    assert OutgoingEmail.objects.pending().count() == 3
    server = smtp()
    time_passes(2)
    run_cron()
    assert sorted(m["to"][0] for m in server.received) == [
        "pt.head@example.gov.vn",
        "tc.editor@example.gov.vn",
        "tc.head@example.gov.vn",
    ]


def test_wagtail_notifications_go_through_the_queue(queued_mail, db):
    from wagtail.admin.mail import send_mail as wagtail_send_mail

    wagtail_send_mail("Trang chờ duyệt", "Nội dung", ["truongban@example.gov.vn"])
    assert OutgoingEmail.objects.get().to == ["truongban@example.gov.vn"]


def test_district_admins_see_the_queue_without_addresses(client, db, django_user_model):
    from django.core.mail import EmailMessage

    from outbox.services.queue import enqueue

    enqueue([EmailMessage("Mã theo dõi QA7K2M9PX4", "…", None, ["an.nguyen@gmail.com"])])
    admin = django_user_model.objects.create_superuser(
        "quantri", "quantri@example.gov.vn", "x-long-password-1"
    )
    client.force_login(admin)
    html = client.get("/admin/outbox/").content.decode()
    assert "Mã theo dõi QA7K2M9PX4" in html and "an.nguyen@gmail.com" not in html
    client.force_login(django_user_model.objects.create_user("bientap", password="x-long-pw-1"))
    assert client.get("/admin/outbox/").status_code in (302, 403)


def test_digests_wait_in_the_queue_while_the_server_is_down(queued_mail, smtp, commune):
    """A day's digest to many subscribers: none lost while the server is
    down, each sent once, with its own unsubscribe header, once it is back."""
    day = timezone.localdate() - datetime.timedelta(days=1)
    NewsPageFactory(
        parent=section(commune, "tin-tuc"),
        title="Khởi công đường liên thôn",
        first_published_at=timezone.now() - datetime.timedelta(days=1),
    )
    notice = current_notice()
    Subscription.objects.bulk_create(
        Subscription(
            site=commune,
            email=f"dan{n}@gmail.com",
            consent_at=timezone.now(),
            consent_notice=notice,
            consent_version=notice.version,
            confirmed_at=timezone.now(),
        )
        for n in range(30)
    )
    assert queue_digest(commune, day).recipients == 30

    assert "sent 0, failed 30" in run_cron()  # nothing listens on the port
    assert OutgoingEmail.objects.pending().count() == 30

    server = smtp()
    time_passes(2)
    assert "sent 30, failed 0, still queued 0" in run_cron()
    assert sorted(m["to"][0] for m in server.received) == sorted(
        f"dan{n}@gmail.com" for n in range(30)
    )
    for message in server.received:
        headers = message["data"].split(b"\r\n\r\n", 1)[0]
        assert re.search(
            rb"List-Unsubscribe:\s+<http://tancuong\.example\.gov\.vn/dang-ky-nhan-tin/huy/",
            headers,
        )
    time_passes(60)
    run_cron()
    assert len(server.received) == 30
