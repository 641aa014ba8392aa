"""Production settings, loaded in a fresh process as gunicorn would load them."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

from django.conf import settings

BASE_DIR = Path(settings.BASE_DIR)


def production_env(tmp_path, **overrides):
    env = {
        key: value
        for key, value in os.environ.items()
        # The browser tests set DJANGO_ALLOW_ASYNC_UNSAFE for Playwright: not a deployment's.
        if key
        not in {
            "DATABASE_URL",
            "REDIS_URL",
            "SECRET_KEY",
            "WAGTAILADMIN_BASE_URL",
            "DJANGO_ALLOW_ASYNC_UNSAFE",
        }
    }
    env.update(
        DJANGO_SETTINGS_MODULE="website.settings.production",
        SECRET_KEY=secrets.token_urlsafe(64),
        DATABASE_URL=f"sqlite:///{tmp_path / 'prod.sqlite3'}",
        WAGTAILADMIN_BASE_URL="https://quantri.example.gov.vn",
    )
    for key, value in overrides.items():
        if value is None:
            env.pop(key, None)
        else:
            env[key] = value
    return env


def manage(tmp_path, *args, **env_overrides):
    return subprocess.run(  # noqa: S603 - our own manage.py
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env=production_env(tmp_path, **env_overrides),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_check_deploy_prints_no_warning(tmp_path):
    result = manage(tmp_path, "check", "--deploy")

    assert result.returncode == 0, result.stderr
    output = result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in output
    assert "WARNING" not in output


@pytest.mark.parametrize(
    ("variable", "value"),
    [
        ("SECRET_KEY", None),
        ("SECRET_KEY", "short-guessable-key"),
        ("DATABASE_URL", None),
        ("WAGTAILADMIN_BASE_URL", None),
        ("WAGTAILADMIN_BASE_URL", "http://quantri.example.gov.vn"),
    ],
)
def test_refuses_to_start_without_its_secrets(tmp_path, variable, value):
    result = manage(tmp_path, "check", **{variable: value})

    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert variable in result.stderr
