"""The demo's part of the deadlines: items published on their dated history."""

from core.demo.kit import publish_new
from deadlines.services import record_publication_at


def publish_item(parent, page, *, when=None, **kwargs):
    """Publish an item of the demo's dated history, and measure its deadline
    verdict against that date, through the deadlines' own rule."""
    publish_new(parent, page, when=when, **kwargs)
    if when is not None:
        record_publication_at(page, when)
    return page
