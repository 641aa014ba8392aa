"""The editorial board (Ban biên tập) and the units that supply content."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.models import Site


class SupplyingUnit(models.Model):
    """A commune department or organisation that supplies content
    (003_b021896bce6374b9.txt): its leader approves items before the board
    sees them, and it has a monthly quota."""

    class Kind(models.TextChoices):
        UNIT = "unit", _("Unit")
        RADIO = "radio", _("Radio station")

    site = models.ForeignKey(
        Site, on_delete=models.CASCADE, related_name="supplying_units", verbose_name=_("site")
    )
    name = models.CharField(_("name"), max_length=255)
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices, default=Kind.UNIT)
    leader_name = models.CharField(_("unit leader"), max_length=255, blank=True)

    class Meta:
        verbose_name = _("supplying unit")
        verbose_name_plural = _("supplying units")
        ordering = ["site", "name"]
        constraints = [
            models.UniqueConstraint(fields=["site", "name"], name="unique_supplying_unit_per_site")
        ]

    def __str__(self):
        return self.name


class WorkingDayOverride(models.Model):
    """A one-off day off or extra workday decided locally (a storm, a
    provincial decision) on top of the national calendar of ``holidays``."""

    class Kind(models.TextChoices):
        DAY_OFF = "day_off", _("Day off")
        WORKDAY = "workday", _("Working day")

    date = models.DateField(_("date"), unique=True)
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices)
    reason = models.CharField(_("reason"), max_length=255)

    class Meta:
        verbose_name = _("working-day exception")
        verbose_name_plural = _("working-day exceptions")
        ordering = ["-date"]

    def __str__(self):
        return f"{self.date:%d/%m/%Y} – {self.get_kind_display()}"
