"""Signals the site structure sends to the apps above it."""

from django.dispatch import Signal

#: Sent inside the transaction that creates a site, with ``site`` and
#: ``home`` (its root page). Receivers add their part of a complete site;
#: an exception in one rolls the whole creation back.
site_created = Signal()
