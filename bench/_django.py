"""Django set-up shared by the bench scripts, which run outside manage.py."""

import os
import sys
from pathlib import Path

import django

ROOT = Path(__file__).resolve().parent.parent


def setup(settings_module, database_url=None):
    """Import the project with ``settings_module``, on ``database_url`` if given."""
    sys.path.insert(0, str(ROOT))
    os.environ["DJANGO_SETTINGS_MODULE"] = settings_module
    if database_url:
        os.environ["DATABASE_URL"] = database_url
    django.setup()
