"""Lấy ý kiến dự thảo: the consultation section and its drafts.

The pages moved here from ``home`` and kept their tables (``db_table``) and
content types, so existing drafts, revisions and permissions stay whole.
A draft goes through four stages: upcoming, open for comments, closed and
awaiting the report on how comments were taken into account (báo cáo tiếp
thu, giải trình), and concluded once that report is published.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import PageManager
from wagtail.query import PageQuerySet

from consultations.blocks import ResponseBlock
from consultations.views import comment_on_draft, consultation_list, show_draft
from core.listings import subtree
from core.mixins import BasePage, SectionMixin
from deadlines.services import due_date_for, site_for_page


class Stage(models.TextChoices):
    UPCOMING = "upcoming", _("Not yet open")
    OPEN = "open", _("Open for comments")
    AWAITING_REPORT = "awaiting", _("Closed, report pending")
    CONCLUDED = "concluded", _("Concluded")


class ConsultationQuerySet(PageQuerySet):
    """Drafts by stage, as database filters (the list's ?trang-thai=)."""

    def open_for_comments(self, today=None):
        today = today or timezone.localdate()
        return self.filter(opens_on__lte=today, closes_on__gte=today)

    def awaiting_report(self, today=None):
        today = today or timezone.localdate()
        return self.filter(closes_on__lt=today, report_published_at__isnull=True)

    def concluded(self):
        return self.filter(report_published_at__isnull=False)


#: The stages a citizen can filter the list by, with their filters.
STAGE_FILTERS = {
    "open": ConsultationQuerySet.open_for_comments,
    "awaiting": ConsultationQuerySet.awaiting_report,
    "concluded": ConsultationQuerySet.concluded,
}


class ConsultationIndexPage(RoutablePageMixin, SectionMixin, BasePage):
    """Lấy ý kiến dự thảo: drafts open for citizens' comments."""

    intro = RichTextField(_("introduction"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.CommuneHomePage", "home.DistrictHomePage"]
    subpage_types = ["consultations.ConsultationPage"]
    max_count_per_parent = 1

    class Meta:
        db_table = "home_consultationindexpage"
        verbose_name = _("consultation section")

    @path("")
    def drafts(self, request):
        drafts = (
            ConsultationPage.objects.live()
            .filter(subtree(self, children=True))
            .select_related("draft_document")
            .order_by("-closes_on", "-id")
        )
        return consultation_list(self, request, drafts, STAGE_FILTERS)


class ConsultationPage(RoutablePageMixin, BasePage):
    printable = True
    summary = models.TextField(_("summary"), max_length=2000)
    drafting_body = models.CharField(_("drafting body"), max_length=255)
    opens_on = models.DateField(_("open for comments from"))
    closes_on = models.DateField(_("open for comments until"))
    draft_document = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=False,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("draft document"),
    )
    how_to_comment = RichTextField(_("how to send comments"), blank=True)

    report_intro = RichTextField(
        _("report on the comments received"),
        blank=True,
        help_text=_(
            "Once comments are closed: how many comments were received and how the "
            "draft was changed."
        ),
    )
    report = StreamField(
        [("response", ResponseBlock())],
        blank=True,
        verbose_name=_("responses to comments"),
    )
    report_document = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("signed report (PDF)"),
    )
    #: When the report first went live (consultations.receivers); the
    #: report's deadline is measured against it.
    report_published_at = models.DateTimeField(
        _("report published at"), null=True, blank=True, editable=False
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("summary"),
        FieldPanel("drafting_body"),
        FieldPanel("opens_on"),
        FieldPanel("closes_on"),
        FieldPanel("draft_document"),
        FieldPanel("how_to_comment"),
        MultiFieldPanel(
            [FieldPanel("report_intro"), FieldPanel("report"), FieldPanel("report_document")],
            heading=_("Report on how comments were taken into account"),
        ),
    ]
    parent_page_types = ["consultations.ConsultationIndexPage"]
    subpage_types = []
    search_text_attributes = ("title", "summary", "drafting_body")
    exclude_fields_in_copy = ["report_published_at"]

    objects = PageManager.from_queryset(ConsultationQuerySet)()

    class Meta:
        db_table = "home_consultationpage"
        verbose_name = _("draft for consultation")

    def clean(self):
        super().clean()
        if self.opens_on and self.closes_on and self.closes_on < self.opens_on:
            raise ValidationError(
                {"closes_on": _("The consultation cannot close before it opens.")}
            )
        if self.has_report and self.closes_on and self.closes_on >= timezone.localdate():
            raise ValidationError(
                {
                    "report": _(
                        "The report on comments can be published only after the "
                        "consultation has closed."
                    )
                }
            )

    def with_content_json(self, content):
        """The report's publication time belongs to the draft, not to a
        revision: publishing an older revision keeps the row's."""
        obj = super().with_content_json(content)
        obj.report_published_at = self.report_published_at
        return obj

    @property
    def has_report(self):
        return bool(self.report) or bool(self.report_intro and self.report_intro.strip())

    @property
    def is_open(self):
        today = timezone.localdate()
        return self.opens_on <= today <= self.closes_on

    @property
    def stage(self):
        today = timezone.localdate()
        if today < self.opens_on:
            return Stage.UPCOMING
        if today <= self.closes_on:
            return Stage.OPEN
        if self.report_published_at is None:
            return Stage.AWAITING_REPORT
        return Stage.CONCLUDED

    def get_stage_display(self):
        return Stage(self.stage).label

    def report_due_date(self, site=None):
        """The last working day to publish the report (deadline rule "consultation")."""
        return due_date_for("consultation", self.closes_on, site or site_for_page(self))

    @path("")
    def draft(self, request):
        return show_draft(self, request)

    @path("gop-y/", name="comment")
    def comment(self, request):
        return comment_on_draft(self, request)
