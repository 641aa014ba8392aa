"""gunicorn's settings for production (read by default from the working
directory: ``gunicorn website.wsgi``). Every value can be overridden with
the environment variable named beside it.

The timeout sits above the application's own limits (PostgreSQL connect
3 s and statement 4 s, Redis 0.3 s, no mail sent from a request), so a hung
service gives visitors the Vietnamese 503 page and gunicorn never has to
kill a worker for it.
"""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("GUNICORN_WORKERS", str(multiprocessing.cpu_count() * 2 + 1)))
worker_class = "sync"
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", "30"))
keepalive = 5
# A worker is replaced after this many requests (plus jitter, so they are
# not all replaced at once): a slow leak never grows without bound. The
# application is loaded once in the master and forked: a new worker starts
# in milliseconds, not the second and a half of importing Django and
# Wagtail, during which its share of requests would wait. It opens no
# connection before the fork (Django connects at the first query).
preload_app = os.environ.get("GUNICORN_PRELOAD", "1") not in ("0", "false", "False")
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "20000"))
max_requests_jitter = int(os.environ.get("GUNICORN_MAX_REQUESTS_JITTER", "2000"))
# Request lines and headers are bounded before Django sees them.
limit_request_line = 8190
limit_request_fields = 100

# Access log: the path without its query string (searches and tracking codes
# carry what citizens typed), no referrer, no user agent; every line also
# goes through the project's redaction filter, as the application's do.
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-")
access_log_format = '%(t)s "%(m)s %(U)s %(H)s" %(s)s %(B)s %(M)sms'
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
logconfig_dict = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"redact": {"()": "website.logs.RedactFilter"}},
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": "plain",
            "filters": ["redact"],
            "stream": "ext://sys.stderr",
        },
        "access": {
            "class": "logging.StreamHandler",
            "formatter": "plain",
            "filters": ["redact"],
            "stream": "ext://sys.stdout",
        },
    },
    "root": {"level": "INFO", "handlers": ["console"]},
    "loggers": {
        "gunicorn.error": {"level": "INFO", "handlers": ["console"], "propagate": False},
        "gunicorn.access": {"level": "INFO", "handlers": ["access"], "propagate": False},
    },
}
