"""The news item's admin form: a source is required to submit or publish.

Wagtail defers required fields when a draft is only saved
(``is_deferred_validation``); submitting for review, approving and
publishing validate everything, so no news item goes live without a stated
source (seed 002, Điều 7).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from core.forms import BasePageForm


class SourceKind(models.TextChoices):
    OWN = "own", _("The board's own reporting")
    OTHER = "other", _("Another source")


class NewsPageForm(BasePageForm):
    def clean(self):
        cleaned = super().clean()
        if self.is_deferred_validation:
            return cleaned  # a draft being saved: the source may come later
        kind = cleaned.get("source_kind")
        if not kind:
            self.add_error(
                "source_kind", _("State the source of the news before submitting or publishing.")
            )
        elif kind == SourceKind.OWN and not (cleaned.get("author") or "").strip():
            self.add_error("author", _("Give the author of the board's own reporting."))
        elif kind == SourceKind.OTHER and not (cleaned.get("source") or "").strip():
            self.add_error("source", _("Name the source the information comes from."))
        return cleaned
