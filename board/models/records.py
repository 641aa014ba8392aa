"""The board's own records (requirements S3, Điều 4): its yearly plan, its
meetings with their minutes and decisions, and its periodic reports to the
commune Party committee's standing board (Thường trực Đảng ủy).

Each record belongs to one commune site; the admin lists and edits them
through site-scoped snippets (board.wagtail_hooks) like the board itself.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable, Site

from documents.validators import validate_pdf_document


def _pdf(verbose_name):
    return models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=verbose_name,
        validators=[validate_pdf_document],
    )


class BoardPlan(models.Model):
    """The board's plan for a year (kế hoạch hoạt động năm)."""

    site = models.ForeignKey(
        Site, on_delete=models.CASCADE, related_name="board_plans", verbose_name=_("site")
    )
    year = models.PositiveSmallIntegerField(_("year"))
    text = models.TextField(_("content of the plan"))
    document = _pdf(_("signed plan (PDF)"))

    panels = [FieldPanel("site"), FieldPanel("year"), FieldPanel("text"), FieldPanel("document")]

    class Meta:
        verbose_name = _("yearly plan")
        verbose_name_plural = _("yearly plans")
        ordering = ["site", "-year"]
        constraints = [
            models.UniqueConstraint(fields=["site", "year"], name="one_board_plan_per_year")
        ]

    def __str__(self):
        return _("Plan of the editorial board, %(year)s") % {"year": self.year}

    def clean(self):
        super().clean()
        if self.year is not None and not 2000 <= self.year <= 2100:
            raise ValidationError({"year": _("Write the year as YYYY, for example 2026.")})


class MeetingKind(models.TextChoices):
    MONTHLY = "monthly", _("Monthly")
    QUARTERLY = "quarterly", _("Quarterly")
    SIX_MONTHLY = "six_monthly", _("Six-monthly")
    YEARLY = "yearly", _("Yearly")
    EXTRAORDINARY = "extraordinary", _("Extraordinary")


class BoardMeeting(ClusterableModel):
    """A meeting of the board (monthly, quarterly, six-monthly, yearly or
    extraordinary), its minutes and the decisions to follow up."""

    site = models.ForeignKey(
        Site, on_delete=models.CASCADE, related_name="board_meetings", verbose_name=_("site")
    )
    kind = models.CharField(_("kind of meeting"), max_length=16, choices=MeetingKind.choices)
    date = models.DateField(_("date"), default=timezone.localdate)
    attendees = ParentalManyToManyField(
        settings.AUTH_USER_MODEL, blank=True, related_name="+", verbose_name=_("attendees")
    )
    minutes = models.TextField(_("minutes"), blank=True)
    minutes_document = _pdf(_("signed minutes (PDF)"))

    panels = [
        FieldPanel("site"),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("date")]),
        FieldPanel("attendees"),
        MultiFieldPanel(
            [FieldPanel("minutes"), FieldPanel("minutes_document")], heading=_("Minutes")
        ),
        InlinePanel("decisions", heading=_("Decisions"), label=_("meeting decision")),
    ]

    class Meta:
        verbose_name = _("board meeting")
        verbose_name_plural = _("board meetings")
        ordering = ["site", "-date"]

    def __str__(self):
        return _("%(kind)s meeting of %(date)s") % {
            "kind": self.get_kind_display().lower(),
            "date": f"{self.date:%d/%m/%Y}",
        }


class MeetingDecision(Orderable):
    """A decision taken at a meeting, owned by a member, due on a date; the
    owner's dashboard follows it until it is marked done."""

    meeting = ParentalKey(BoardMeeting, on_delete=models.CASCADE, related_name="decisions")
    text = models.TextField(_("content of the decision"), max_length=2000)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="board_decisions_owned",
        verbose_name=_("in charge"),
    )
    due_date = models.DateField(_("due date"), null=True, blank=True)
    done_on = models.DateField(_("done on"), null=True, blank=True)

    panels = [
        FieldPanel("text"),
        FieldRowPanel([FieldPanel("owner"), FieldPanel("due_date"), FieldPanel("done_on")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("meeting decision")
        verbose_name_plural = _("meeting decisions")

    def __str__(self):
        return self.text[:80]

    @property
    def is_late(self):
        return (
            self.done_on is None
            and self.due_date is not None
            and self.due_date < timezone.localdate()
        )

    def state_label(self):
        if self.done_on is not None:
            return _("Done on %(date)s") % {"date": f"{self.done_on:%d/%m/%Y}"}
        if self.is_late:
            return _("Late (due %(date)s)") % {"date": f"{self.due_date:%d/%m/%Y}"}
        return _("In progress")


class ReportKind(models.TextChoices):
    QUARTERLY = "quarterly", _("Quarterly")
    SIX_MONTHLY = "six_monthly", _("Six-monthly")
    YEARLY = "yearly", _("Yearly")


#: How many report months each kind of period covers.
MONTHS_PER_KIND = {ReportKind.QUARTERLY: 3, ReportKind.SIX_MONTHLY: 6, ReportKind.YEARLY: 12}


class PartyReport(models.Model):
    """A periodic report of the board to the commune Party committee's
    standing board. Its figures come from the data (board.services.records)
    and can be refreshed, and its assessment written, until it is filed;
    once filed it is kept exactly as issued."""

    site = models.ForeignKey(
        Site, on_delete=models.CASCADE, related_name="party_reports", verbose_name=_("site")
    )
    kind = models.CharField(_("period"), max_length=16, choices=ReportKind.choices)
    year = models.PositiveSmallIntegerField(_("year"))
    number = models.PositiveSmallIntegerField(
        _("quarter or half-year"),
        default=1,
        help_text=_("1 to 4 for a quarter, 1 or 2 for a half-year, 1 for a year."),
    )
    assessment = models.TextField(_("assessment"), blank=True)
    proposals = models.TextField(_("proposals and recommendations"), blank=True)
    tables = models.JSONField(_("figures"), default=list, blank=True, editable=False)
    figures_at = models.DateTimeField(_("figures as of"), null=True, editable=False)
    filed_at = models.DateTimeField(_("filed at"), null=True, blank=True, editable=False)
    filed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
        verbose_name=_("filed by"),
    )

    panels = [
        FieldPanel("site"),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("year"), FieldPanel("number")]),
        FieldPanel("assessment"),
        FieldPanel("proposals"),
    ]

    class Meta:
        verbose_name = _("report to the Party committee")
        verbose_name_plural = _("reports to the Party committee")
        ordering = ["site", "-year", "-kind", "-number"]
        constraints = [
            models.UniqueConstraint(
                fields=["site", "kind", "year", "number"], name="one_party_report_per_period"
            )
        ]

    def __str__(self):
        return self.period_label()

    def period_label(self):
        if self.kind == ReportKind.QUARTERLY:
            return _("Report of quarter %(number)s/%(year)s") % {
                "number": self.number,
                "year": self.year,
            }
        if self.kind == ReportKind.SIX_MONTHLY:
            return _("Report of half-year %(number)s/%(year)s") % {
                "number": self.number,
                "year": self.year,
            }
        return _("Report of the year %(year)s") % {"year": self.year}

    @property
    def is_filed(self):
        return self.filed_at is not None

    def months(self):
        """The report months (1-12) the period covers."""
        size = MONTHS_PER_KIND[ReportKind(self.kind)]
        first = (self.number - 1) * size + 1
        return list(range(first, first + size))

    def clean(self):
        super().clean()
        if self.pk and type(self).objects.filter(pk=self.pk, filed_at__isnull=False).exists():
            raise ValidationError(_("This report has been filed: it is kept as issued."))
        if self.year is not None and not 2000 <= self.year <= 2100:
            raise ValidationError({"year": _("Write the year as YYYY, for example 2026.")})
        if self.kind in MONTHS_PER_KIND and self.number is not None:
            most = 12 // MONTHS_PER_KIND[ReportKind(self.kind)]
            if not 1 <= self.number <= most:
                raise ValidationError(
                    {"number": _("Choose a number from 1 to %(most)s.") % {"most": most}}
                )
