"""Abstract building blocks for every public page type.

Each mixin brings its fields, panels and one behaviour; BasePage combines
the ones every page needs so page models stay short and consistent.
"""

import functools

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.blocks import StreamValue
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.rich_text import RichText, get_text_for_indexing
from wagtail.search import index

from core import restrictions
from core.forms import BasePageForm
from core.rich_text import clean_page_rich_text
from core.search import search_words
from core.wagtail_speedups import language_code


class SearchTextMixin:
    """Index a diacritic-free copy of the page's text.

    Wagtail's database backends match accents literally (and PostgreSQL's
    default configuration stems English), so we fold text to ASCII before
    indexing and fold queries the same way (see core.search).
    """

    #: attribute names whose text is folded into the search index
    search_text_attributes = ("title", "search_description")

    @property
    def search_text(self):
        parts = []
        for name in self.search_text_attributes:
            value = getattr(self, name, "")
            if callable(value):
                value = value()
            parts.append(plain_text(value))
        return " ".join(search_words(" ".join(parts)))


def plain_text(value):
    """The words of a field value, for the search index.

    StreamFields give their blocks' searchable content (text of headings,
    paragraphs, tables...) without rendering templates, which would create
    image renditions and glue words of adjacent blocks together; rich text
    keeps a space between paragraphs ("<p>tổng kết</p><p>phần</p>").
    """
    if value is None:
        return ""
    if isinstance(value, StreamValue):
        return " ".join(
            get_text_for_indexing(str(text))
            for text in value.stream_block.get_searchable_content(value)
        )
    if isinstance(value, RichText):
        value = value.source
    return get_text_for_indexing(str(value))


class DublinCoreMixin:
    """Dublin Core metadata for the page head (title, creator, date, subject)."""

    def dc_date(self):
        return self.first_published_at or self.latest_revision_created_at

    def dc_subject(self):
        trail = getattr(self, "_breadcrumbs", None)
        if trail:  # ancestors in path order, already read for the breadcrumbs
            return trail[-1].title
        parent = self.get_parent()
        return parent.title if parent else ""

    def dc_language(self):
        return language_code(self.locale_id)

    def dc_description(self):
        return self.search_description or getattr(self, "summary", "") or ""


class SectionMixin:
    """A mandatory section knows whether it is still empty.

    Empty sections are flagged to editors (home.wagtail_hooks) and shown to
    citizens as "being updated", never as a broken page.
    """

    def is_empty_section(self):
        return not self.get_children().live().exists()


class BasePage(SearchTextMixin, DublinCoreMixin, Page):
    printable = False
    base_form_class = BasePageForm

    search_fields = Page.search_fields + [index.SearchField("search_text")]

    class Meta:
        abstract = True

    def full_clean(self, *args, **kwargs):
        # Rich text from an import or a command, kept to the editor's allow-list
        # before any validation and before a revision stores it (core.rich_text).
        clean_page_rich_text(self)
        return super().full_clean(*args, **kwargs)

    def save(self, *args, **kwargs):
        clean_page_rich_text(self)
        return super().save(*args, **kwargs)

    def publish(self, revision, *args, **kwargs):
        """Publish all or nothing. Wagtail saves the page, then sends
        page_published, logs and updates aliases outside any transaction: a
        failing receiver or a worker killed in between would leave a page
        half-published. Here the whole publish commits or none of it does."""
        with transaction.atomic():
            return super().publish(revision, *args, **kwargs)

    def get_view_restrictions(self):
        """Wagtail's two queries per page served, only for a page that may lie
        in a private section (core.restrictions)."""

        if restrictions.may_be_restricted(self):
            return super().get_view_restrictions()
        return PageViewRestriction.objects.none()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Called by the template when it shows them (not when the content is kept).
        context["breadcrumbs"] = functools.partial(self.get_breadcrumbs, request)
        return context

    def get_breadcrumbs(self, request):
        """Ancestors below the site root; cached per page instance."""
        if not hasattr(self, "_breadcrumbs"):
            site = Site.find_for_request(request) if request is not None else None
            if site is None or not self.path.startswith(site.root_page.path):
                site = self.get_site()  # a preview or a page of another site
            if site is None or self.depth <= site.root_page.depth:
                self._breadcrumbs = []  # the site's home has no trail
            else:
                self._breadcrumbs = list(
                    self.get_ancestors()
                    .filter(depth__gte=site.root_page.depth)
                    .only("id", "title", "url_path", "depth", "path")
                )
        return self._breadcrumbs


EMPTY_SECTION_MESSAGE = _("This section is being updated. Please come back later.")


class SupplyMixin(models.Model):
    """Which unit supplied an item, who in it, and which unit leader
    approved it before it reached the board (requirements S4, points 1-2).

    The approval itself is a step of the workflow (board.models.supply);
    the two "approved at the unit" fields record its outcome."""

    supplying_unit = models.ForeignKey(
        "core.SupplyingUnit",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("supplying unit"),
        help_text=_("The unit's leader is asked to approve the item before the board reviews it."),
    )
    supplier = models.ForeignKey(
        "core.Supplier",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("supplier"),
        help_text=_("One of the unit's suppliers (Editorial board → Supplying units)."),
    )
    supplier_name = models.CharField(
        _("supplied by"),
        max_length=255,
        blank=True,
        help_text=_("Filled in from the supplier chosen above; type a name only for someone else."),
    )
    unit_approver_name = models.CharField(_("approved at the unit by"), max_length=255, blank=True)
    unit_approved_on = models.DateField(_("approved at the unit on"), null=True, blank=True)

    supply_panels = [
        MultiFieldPanel(
            [
                FieldPanel("supplying_unit"),
                FieldPanel("supplier"),
                FieldPanel("supplier_name"),
                FieldPanel("unit_approver_name", read_only=True),
                FieldPanel("unit_approved_on", read_only=True),
            ],
            heading=_("Supplied by"),
            classname="collapsed",
        )
    ]

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        unit = self.supplying_unit
        if unit is not None and self.path:
            # The admin's unit chooser lists the user's own sites only; a
            # hand-made request naming another commune's unit stops here.
            site = self.get_site()
            if site is not None and unit.site_id != site.pk:
                raise ValidationError({"supplying_unit": _("Choose a unit of this commune.")})
        if self.supplier is not None:
            if self.supplier.unit_id != self.supplying_unit_id:
                raise ValidationError(
                    {"supplier": _("Choose one of the suppliers of the unit chosen above.")}
                )
            self.supplier_name = self.supplier.name
