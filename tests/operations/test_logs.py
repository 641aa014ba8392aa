"""Logs are structured on request and never hold a citizen's email, phone
number or anyone's password."""

import io
import json
import logging

import pytest

from django.core.mail.backends.base import BaseEmailBackend
from django.urls import reverse

from questions.models import Question
from questions.services.consent import current_notice
from tests.questions.helpers import VALID
from website.logs import JsonFormatter, RedactFilter, redact

ASK = "/hoi-dap/gui-cau-hoi/"
PASSWORD = "Mat-khau-bi-mat-2026"


class RefusingMailBackend(BaseEmailBackend):
    """A mail server whose refusal quotes the address, as real ones do."""

    def send_messages(self, messages):
        raise OSError(f"550 mailbox {messages[0].to[0]} unavailable")


@pytest.fixture
def console():
    """Everything the configured console handler writes, at DEBUG level."""
    handler = next(
        h
        for h in logging.getLogger().handlers
        if any(isinstance(f, RedactFilter) for f in h.filters)
    )
    stream = io.StringIO()
    old_stream = handler.setStream(stream)
    root = logging.getLogger()
    old_level = root.level
    root.setLevel(logging.DEBUG)
    yield stream
    root.setLevel(old_level)
    handler.setStream(old_stream)


def test_redact_masks_emails_phones_and_password_pairs():
    text = redact(
        "to an.nguyen@gmail.com, tel 0912 345 678 or +84 912.345.678, password=hunter2x; "
        "question QA7K2M9PX4 on 2026-03-05, 3 items"
    )
    assert "an.nguyen" not in text and "345" not in text and "hunter2x" not in text
    assert text.count("[email]") == 1 and text.count("[phone]") == 2
    assert "QA7K2M9PX4" in text and "2026-03-05" in text and "3 items" in text


def test_question_submission_logs_no_contact_details(
    console, site_client, commune, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = f"{__name__}.RefusingMailBackend"  # sent after commit, fails
    data = {**VALID, "notice_version": current_notice().version}
    with django_capture_on_commit_callbacks(execute=True):
        response = site_client(commune).post(ASK, data, REMOTE_ADDR="203.0.113.8")
    assert response.status_code == 200 and Question.objects.count() == 1
    output = console.getvalue()
    assert "550 mailbox" in output  # the failure itself is logged ...
    assert "an.nguyen@gmail.com" not in output  # ... without the address
    assert "345 678" not in output and "0912" not in output


def test_failed_login_logs_no_password(console, client, django_user_model):
    django_user_model.objects.create_user("bientap", password="Dung-mat-khau-2026")
    response = client.post(
        reverse("wagtailadmin_login"), {"username": "bientap", "password": PASSWORD}
    )
    assert response.status_code in (200, 403, 429)
    assert "_auth_user_id" not in client.session
    assert PASSWORD not in console.getvalue()


def test_json_lines_carry_the_redacted_message():
    handler = logging.StreamHandler(io.StringIO())
    handler.setFormatter(JsonFormatter())
    handler.addFilter(RedactFilter())
    logger = logging.getLogger("tests.operations.json")
    logger.addHandler(handler)
    logger.propagate = False
    try:
        try:
            raise OSError("refused for an.nguyen@gmail.com")
        except OSError:
            logger.exception("mail to %s failed", "an.nguyen@gmail.com")
    finally:
        logger.removeHandler(handler)
        logger.propagate = True
    entry = json.loads(handler.stream.getvalue())
    assert entry["message"] == "mail to [email] failed"
    assert entry["levelname"] == "ERROR" and entry["name"] == "tests.operations.json"
    assert "OSError: refused for [email]" in entry["exception"]


CHECK_HANDLERS = r"""
import logging, logging.config, os, runpy, sys
import django
django.setup()
from website.logs import RedactFilter
if len(sys.argv) > 1:  # gunicorn's own logging configuration
    logging.config.dictConfig(runpy.run_path(sys.argv[1])["logconfig_dict"])
loggers = [logging.getLogger()] + [
    l for l in logging.Logger.manager.loggerDict.values() if isinstance(l, logging.Logger)
]
bare = sorted(
    f"{l.name}:{type(h).__name__}"
    for l in loggers for h in l.handlers
    if not isinstance(h, logging.NullHandler)
    and not any(isinstance(f, RedactFilter) for f in h.filters)
)
print("BARE", bare)
logging.getLogger("django.server").warning('"GET /tim-kiem/?q=0912345678 HTTP/1.1" 200 5')
logging.getLogger("gunicorn.access").warning('"GET /hoi-dap/tra-cuu/?ma=QA7K2M HTTP/1.1" 200')
"""


@pytest.mark.parametrize(
    "module,gunicorn",
    [
        ("website.settings.dev", False),
        ("website.settings.test", False),
        ("website.settings.production", False),
        ("website.settings.production", True),
    ],
)
def test_every_log_handler_of_every_settings_module_redacts(module, gunicorn):
    """runserver's request lines, gunicorn's access log and every other
    handler go through the redaction filter: a phone number searched for or a
    tracking code never reaches a log file."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": module,
        "PYTHONPATH": str(root),
        "SECRET_KEY": "k" * 30 + "abcdefghijklmnopqrstuvwxyz",
        "DATABASE_URL": "sqlite:////tmp/ttdt-logs-check.sqlite3",
        "WAGTAILADMIN_BASE_URL": "https://quantri.example.gov.vn",
    }
    args = [sys.executable, "-c", CHECK_HANDLERS]
    if gunicorn:
        args.append(str(root / "gunicorn.conf.py"))
    result = subprocess.run(  # noqa: S603 - our own interpreter
        args, cwd=root, env=env, capture_output=True, text=True, timeout=120, check=True
    )
    assert "BARE []" in result.stdout, result.stdout
    logged = result.stdout + result.stderr
    assert "tim-kiem/?[query]" in logged
    assert "0912345678" not in logged and "QA7K2M" not in logged
