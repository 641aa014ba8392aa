"""Page mixins for the board's rules: publication deadlines and supply.

Pages only record dates and who supplied what; the rules that turn them into
due dates and verdicts live in board.services, shared with the commands and
the reports.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel


class DeadlineMixin(models.Model):
    """An item with a legal publication deadline (002_027c0af6ba699d56.txt, Điều 8).

    Subclasses set ``deadline_kind`` and return their trigger date from
    ``get_deadline_trigger()``.
    """

    deadline_kind = None

    due_date = models.DateField(_("publication due"), null=True, blank=True, editable=False)
    published_on_time = models.BooleanField(
        _("published on time"), null=True, blank=True, editable=False
    )

    class Meta:
        abstract = True

    def get_deadline_trigger(self):
        raise NotImplementedError

    def get_deadline_kind(self):
        return self.deadline_kind


class SupplyMixin(models.Model):
    """Who supplied an item and which unit leader approved it before it
    reached the board (003_b021896bce6374b9.txt, point 2)."""

    supplying_unit = models.ForeignKey(
        "board.SupplyingUnit",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("supplying unit"),
    )
    supplier_name = models.CharField(_("supplied by"), max_length=255, blank=True)
    unit_approver_name = models.CharField(
        _("approved at the unit by"), max_length=255, blank=True
    )
    unit_approved_on = models.DateField(_("approved at the unit on"), null=True, blank=True)

    supply_panels = [
        MultiFieldPanel(
            [
                FieldPanel("supplying_unit"),
                FieldPanel("supplier_name"),
                FieldPanel("unit_approver_name"),
                FieldPanel("unit_approved_on"),
            ],
            heading=_("Supplied by"),
            classname="collapsed",
        )
    ]

    class Meta:
        abstract = True
