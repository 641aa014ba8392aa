"""Structured logs that never carry a citizen's contact details.

JsonFormatter writes one JSON object per line (LOG_FORMAT=json) for a log
collector; RedactFilter, on every handler, masks email addresses and
Vietnamese phone numbers in the message, its arguments and any traceback,
because an SMTP refusal or a database error can quote them. Passwords never
reach a log call in this code; the filter also masks ``password=...`` pairs
in case a library's message carries one.
"""

import json
import logging
import re

EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# 0912 345 678, 091.234.5678, +84 912 345 678, 02083 123 456: 9-11 digits with separators.
PHONE_RE = re.compile(r"(?<![\w])(?:\+84|0)(?:[\s.-]?\d){8,10}(?![\w])")
SECRET_RE = re.compile(r"(?i)\b(password|passwd|pwd|secret|token)(\W{1,3})([^\s&,;'\"]+)")
# A URL's query string (a search, a tracking code): what a citizen typed.
QUERY_RE = re.compile(r"(/[^\s?\"']*)\?[^\s\"']*")


def redact(text):
    text = QUERY_RE.sub(r"\1?[query]", text)
    text = EMAIL_RE.sub("[email]", text)
    text = PHONE_RE.sub("[phone]", text)
    return SECRET_RE.sub(r"\1\2[redacted]", text)


class RedactFilter(logging.Filter):
    def filter(self, record):
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001 - a malformed call must still be logged
            message = str(record.msg)
        record.msg, record.args = redact(message), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
            record.exc_info = None  # the redacted text stands in for the traceback
        return True


class JsonFormatter(logging.Formatter):
    FIELDS = ("name", "levelname", "module", "lineno", "process")

    def format(self, record):
        entry = {
            "time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S%z"),
            "message": record.getMessage(),
            **{field: getattr(record, field) for field in self.FIELDS},
        }
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            entry["exception"] = record.exc_text
        status = getattr(record, "status_code", None)
        if status is not None:
            entry["status"] = status
        return json.dumps(entry, ensure_ascii=False, default=str)
