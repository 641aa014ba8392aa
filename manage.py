#!/usr/bin/env python
import os
import sys

if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "website.settings.dev")
    # Commands (backup, reports over every commune, the generator) may run long
    # statements; web requests keep the 4 s default (website/settings/base.py).
    os.environ.setdefault("DB_STATEMENT_TIMEOUT", "0")

    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
