"""The page mixin for items with a legal publication deadline.

Pages only record dates; the rules that turn them into due dates and
verdicts live in deadlines.services, shared with the commands and the
reports.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from deadlines.services import refresh_deadline


class DeadlineMixin(models.Model):
    """An item with a legal publication deadline (requirements S3, Điều 8).

    Subclasses set ``deadline_kind`` and return their trigger date from
    ``get_deadline_trigger()``.
    """

    deadline_kind = None

    due_date = models.DateField(_("publication due"), null=True, blank=True, editable=False)
    published_on_time = models.BooleanField(
        _("published on time"), null=True, blank=True, editable=False
    )

    #: A copy is a new item: it gets its own due date and verdict.
    exclude_fields_in_copy = ["due_date", "published_on_time"]

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        """Keep the due date in step with the trigger and record the verdict
        at the first publication (deadlines.services.refresh_deadline).

        Editing a draft only saves a revision (Wagtail updates a few fields
        of the row); while the item is unpublished its row must still carry
        the draft's due date, for the dashboard and the reminders.
        """

        update_fields = kwargs.get("update_fields")
        if update_fields is None:
            refresh_deadline(self)
        elif (
            "latest_revision" in update_fields and self.published_on_time is None and not self.live
        ):
            refresh_deadline(self)
            kwargs["update_fields"] = [*update_fields, "due_date"]
        return super().save(*args, **kwargs)

    def with_content_json(self, content):
        """Publishing rebuilds the page from a revision; the deadline record
        belongs to the item, not to a revision, so keep the row's."""
        obj = super().with_content_json(content)
        obj.due_date = self.due_date
        obj.published_on_time = self.published_on_time
        return obj

    def get_deadline_trigger(self):
        raise NotImplementedError

    def get_deadline_kind(self):
        return self.deadline_kind
