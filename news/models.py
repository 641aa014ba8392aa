"""News and events (Tin tức – Sự kiện) and direction (Chỉ đạo điều hành)."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.images.models import Filter
from wagtail.images.shortcuts import get_rendition_or_not_found
from wagtail.search import index

from core.blocks import BodyBlock
from core.listings import LIST_RENDITION, lazy_context
from core.mixins import BasePage, SectionMixin, SupplyMixin
from deadlines.mixins import DeadlineMixin
from news.feeds import NewsFeed
from news.forms import NewsPageForm, SourceKind
from news.listings import news_cards, news_index_context

CARD_FILTER = Filter(spec=LIST_RENDITION)


class NewsCategory(models.TextChoices):
    ACTIVITY = "activity", _("Activity")
    EVENT = "event", _("Event")
    CONFERENCE = "conference", _("Conference, review or workshop")
    DIRECTION = "direction", _("Direction and administration")
    ANNOUNCEMENT = "announcement", _("Announcement")
    OTHER = "other", _("Other")


class NewsIndexPage(RoutablePageMixin, SectionMixin, BasePage):
    """A listing of news items with category filter and an RSS feed."""

    intro = RichTextField(_("introduction"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.CommuneHomePage", "home.DistrictHomePage"]
    subpage_types = ["news.NewsPage"]

    class Meta:
        verbose_name = _("news section")

    def news_items(self):
        return news_cards(NewsPage.objects.all(), self)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(
            lazy_context(
                lambda: news_index_context(self.news_items(), request, NewsCategory),
                ("page_obj", "categories", "current_category", "filter_message"),
            )
        )
        return context

    @path("rss/", name="rss")
    def rss(self, request):
        return NewsFeed(self)(request)


class NewsPage(DeadlineMixin, SupplyMixin, BasePage):
    """A news item. A lead photo is required: every item a unit supplies
    carries at least one photo (requirements S4)."""

    printable = True
    # The portal's listings name the commune of each item (listings.portal_context).
    commune_name = ""

    @cached_property
    def card_image(self):
        """The lead photo's rendition for news cards (prefetched by the
        listings), through one parsed filter instead of the image tag's
        parsing, cache writes and attribute building per card."""
        if self.lead_image_id is None:
            return None
        return get_rendition_or_not_found(self.lead_image, CARD_FILTER)

    lead_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=False,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("lead photo"),
    )
    lead_image_alt = models.CharField(
        _("photo description"),
        max_length=255,
        help_text=_("What the photo shows, read aloud to blind visitors."),
    )
    summary = models.TextField(_("summary"), max_length=600)
    body = StreamField(BodyBlock(), verbose_name=_("body"))
    category = models.CharField(
        _("category"), max_length=16, choices=NewsCategory.choices, default=NewsCategory.ACTIVITY
    )
    event_date = models.DateField(
        _("event date"), help_text=_("The day the activity or event took place (or began).")
    )
    event_end_date = models.DateField(
        _("event end date"),
        null=True,
        blank=True,
        help_text=_("For conferences and events lasting several days: the last day."),
    )
    # Every item states its source (seed 002, Điều 7): the board's own
    # reporting, with its author, or another source, named, with its link.
    # Required when the item is submitted or published (news.forms).
    source_kind = models.CharField(
        _("source of the news"),
        max_length=16,
        choices=SourceKind.choices,
        blank=True,
    )
    author = models.CharField(_("author"), max_length=255, blank=True)
    source = models.CharField(
        _("name of the source"),
        max_length=255,
        blank=True,
        help_text=_("The newspaper, agency or unit the information comes from."),
    )
    source_url = models.URLField(
        _("link to the source"),
        max_length=500,
        blank=True,
        help_text=_("When the source is published online."),
    )
    is_urgent = models.BooleanField(
        _("urgent notice"),
        default=False,
        help_text=_("Shown first on the home page."),
    )

    content_panels = (
        BasePage.content_panels
        + [
            FieldPanel("summary"),
            MultiFieldPanel(
                [FieldPanel("lead_image"), FieldPanel("lead_image_alt")], heading=_("Lead photo")
            ),
            FieldPanel("body"),
            MultiFieldPanel(
                [
                    FieldPanel("category"),
                    FieldPanel("event_date"),
                    FieldPanel("event_end_date"),
                    FieldPanel("is_urgent"),
                ],
                heading=_("Event"),
            ),
            MultiFieldPanel(
                [
                    FieldPanel("source_kind"),
                    FieldPanel("author"),
                    FieldPanel("source"),
                    FieldPanel("source_url"),
                ],
                heading=_("Source"),
            ),
        ]
        + SupplyMixin.supply_panels
    )

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []
    base_form_class = NewsPageForm
    search_fields = BasePage.search_fields + [
        index.FilterField("category"),
        index.FilterField("event_date"),
    ]
    search_text_attributes = ("title", "summary", "body", "author")

    deadline_kind = "news"

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news items")

    def clean(self):
        super().clean()
        errors = {}
        if self.event_end_date and self.event_date and self.event_end_date < self.event_date:
            errors["event_end_date"] = _("The event cannot end before it begins.")
        if errors:
            raise ValidationError(errors)

    def get_deadline_kind(self):
        return "conference" if self.category == NewsCategory.CONFERENCE else "news"

    def get_deadline_trigger(self):
        if self.category == NewsCategory.CONFERENCE and self.event_end_date:
            return self.event_end_date
        return self.event_date

    def dc_subject(self):
        return self.get_category_display()

    def dc_description(self):
        return self.summary
