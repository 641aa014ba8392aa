"""Legal and administrative documents (Văn bản) and statistics (Thống kê)."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from core.blocks import DataTableBlock
from core.listings import lazy_context, paginate, subtree
from core.mixins import BasePage, SectionMixin, SupplyMixin
from core.restrictions import public
from core.validators import validate_document_number
from deadlines.mixins import DeadlineMixin
from documents.listings import document_register_context
from documents.validators import validate_pdf_document


class DocumentType(models.TextChoices):
    RESOLUTION = "resolution", _("Resolution")
    DECISION = "decision", _("Decision")
    DIRECTIVE = "directive", _("Directive")
    PLAN = "plan", _("Plan")
    REPORT = "report", _("Report")
    ANNOUNCEMENT = "announcement", _("Announcement")
    OFFICIAL_LETTER = "letter", _("Official letter")
    PROPOSAL = "proposal", _("Proposal")
    GUIDANCE = "guidance", _("Guidance")
    OTHER = "other", _("Other")


class DocumentIndexPage(SectionMixin, BasePage):
    """The register of documents, filterable by type, year and issuer."""

    intro = RichTextField(_("introduction"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.CommuneHomePage", "home.DistrictHomePage"]
    subpage_types = ["documents.LegalDocumentPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("documents section")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(
            lazy_context(
                lambda: document_register_context(
                    self, request, LegalDocumentPage.objects.all(), DocumentType.choices
                ),
                ("filter_form", "page_obj"),
            )
        )
        return context


class LegalDocumentPage(DeadlineMixin, SupplyMixin, BasePage):
    """A document issued by the commune, with its official particulars and
    the signed PDF. Published within one working day of signing."""

    printable = True

    number = models.CharField(
        _("number and symbol"),
        max_length=64,
        validators=[validate_document_number],
        help_text=_("For example: 63/QĐ-UBND"),
    )
    document_type = models.CharField(
        _("document type"), max_length=16, choices=DocumentType.choices
    )
    issuing_body = models.CharField(
        _("issuing body"), max_length=255, help_text=_("For example: UBND xã Tân Cương")
    )
    signer = models.CharField(_("signed by"), max_length=255)
    signing_date = models.DateField(_("signing date"))
    effective_date = models.DateField(_("effective date"), null=True, blank=True)
    expiry_date = models.DateField(_("no longer in force from"), null=True, blank=True)
    summary = models.TextField(_("summary (trích yếu)"), max_length=2000)
    file = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=False,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("document file (PDF)"),
        validators=[validate_pdf_document],
    )

    content_panels = (
        BasePage.content_panels
        + [
            MultiFieldPanel(
                [
                    FieldPanel("number"),
                    FieldPanel("document_type"),
                    FieldPanel("issuing_body"),
                    FieldPanel("signer"),
                    FieldPanel("signing_date"),
                    FieldPanel("effective_date"),
                    FieldPanel("expiry_date"),
                ],
                heading=_("Particulars"),
            ),
            FieldPanel("summary"),
            FieldPanel("file"),
        ]
        + SupplyMixin.supply_panels
    )

    parent_page_types = ["documents.DocumentIndexPage"]
    subpage_types = []
    search_fields = BasePage.search_fields + [
        index.FilterField("document_type"),
        index.FilterField("signing_date"),
        index.FilterField("issuing_body"),
    ]
    search_text_attributes = ("title", "number", "summary", "issuing_body", "signer")

    deadline_kind = "document"

    class Meta:
        verbose_name = _("legal document")
        verbose_name_plural = _("legal documents")
        indexes = [models.Index(fields=["signing_date"]), models.Index(fields=["document_type"])]

    def clean(self):
        super().clean()
        errors = {}
        if self.effective_date and self.signing_date and self.effective_date < self.signing_date:
            errors["effective_date"] = _("A document cannot take effect before it is signed.")
        if self.expiry_date and self.effective_date and self.expiry_date <= self.effective_date:
            errors["expiry_date"] = _("A document must stay in force for at least one day.")
        if errors:
            raise ValidationError(errors)

    def get_deadline_trigger(self):
        return self.signing_date

    def dc_subject(self):
        return self.get_document_type_display()

    def dc_description(self):
        return self.summary


class StatisticsIndexPage(SectionMixin, BasePage):
    intro = RichTextField(_("introduction"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.CommuneHomePage", "home.DistrictHomePage"]
    subpage_types = ["documents.StatisticsPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("statistics section")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        reports = (
            public(StatisticsPage.objects.live())
            .filter(subtree(self, children=True))
            .order_by("-date_sent", "-id")
        )
        context.update(
            lazy_context(lambda: {"page_obj": paginate(request, reports, 20)}, ("page_obj",))
        )
        return context


class StatisticsPage(DeadlineMixin, SupplyMixin, BasePage):
    """A statistical report: published the day the report is sent, with its
    figures as a real table, not only an attached file."""

    printable = True

    period = models.CharField(
        _("period"), max_length=100, help_text=_("For example: Quý III/2026 or Tháng 10/2026")
    )
    period_start = models.DateField(_("period start"))
    period_end = models.DateField(_("period end"))
    date_sent = models.DateField(_("date the report was sent"))
    summary = models.TextField(_("summary"), max_length=2000, blank=True)
    tables = StreamField(
        [("table", DataTableBlock())],
        verbose_name=_("tables"),
        min_num=1,
    )
    attachments = StreamField(
        [("document", DocumentChooserBlock(label=_("Attachment")))],
        blank=True,
        verbose_name=_("attachments"),
    )
    notes = RichTextField(_("notes"), blank=True)

    content_panels = (
        BasePage.content_panels
        + [
            MultiFieldPanel(
                [
                    FieldPanel("period"),
                    FieldPanel("period_start"),
                    FieldPanel("period_end"),
                    FieldPanel("date_sent"),
                ],
                heading=_("Period"),
            ),
            FieldPanel("summary"),
            FieldPanel("tables"),
            FieldPanel("attachments"),
            FieldPanel("notes"),
        ]
        + SupplyMixin.supply_panels
    )

    parent_page_types = ["documents.StatisticsIndexPage"]
    subpage_types = []
    search_text_attributes = ("title", "period", "summary", "tables")

    deadline_kind = "statistics"

    class Meta:
        verbose_name = _("statistical report")
        verbose_name_plural = _("statistical reports")

    def clean(self):
        super().clean()
        errors = {}
        if self.period_start and self.period_end and self.period_end < self.period_start:
            errors["period_end"] = _("The period cannot end before it starts.")
        if self.period_end and self.date_sent and self.date_sent < self.period_start:
            errors["date_sent"] = _("A report cannot be sent before its period starts.")
        if errors:
            raise ValidationError(errors)

    def get_deadline_trigger(self):
        return self.date_sent

    def dc_description(self):
        return self.summary or self.period
