"""Site roots, standard sections, contacts and the commune's profile."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Site
from wagtail.search import index

from core.blocks import BodyBlock, DisclosureItemBlock, LinkBlock, ProcedureBlock
from core.listings import lazy_context
from core.mixins import BasePage, SectionMixin
from core.models import ValidityPeriod
from core.validators import validate_official_email, validate_phone
from home.listings import home_page_context, portal_context

# ---------------------------------------------------------------------------
# Slogans and banners
# ---------------------------------------------------------------------------


class BannerQuerySet(models.QuerySet):
    def current(self, when=None):
        when = when or timezone.now()
        return self.filter(valid_from__lte=when, valid_until__gt=when)

    def for_site(self, site):
        return self.filter(site=site)


class Banner(index.Indexed, ValidityPeriod):
    """A slogan or banner that carries a validity period and disappears when
    it ends (requirements S2: stale slogans left on commune sites)."""

    site = models.ForeignKey(
        Site, on_delete=models.CASCADE, related_name="banners", verbose_name=_("site")
    )
    text = models.CharField(_("slogan"), max_length=255)
    image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("banner image"),
    )
    link_url = models.URLField(_("link"), blank=True)

    objects = BannerQuerySet.as_manager()

    panels = [
        FieldPanel("site"),
        FieldPanel("text"),
        FieldPanel("image"),
        FieldPanel("link_url"),
        FieldPanel("valid_from"),
        FieldPanel("valid_until"),
    ]
    search_fields = [index.SearchField("text"), index.FilterField("site")]

    class Meta:
        verbose_name = _("slogan / banner")
        verbose_name_plural = _("slogans and banners")
        ordering = ["-valid_from"]
        indexes = [models.Index(fields=["site", "valid_until"])]

    def __str__(self):
        return self.text


# ---------------------------------------------------------------------------
# Site roots
# ---------------------------------------------------------------------------


class CommuneHomePage(BasePage):
    """Root of a commune's (or ward's) official information website."""

    welcome = models.TextField(_("welcome text"), blank=True, max_length=1000)
    featured_links = StreamField([("link", LinkBlock())], blank=True, verbose_name=_("quick links"))

    content_panels = BasePage.content_panels + [
        FieldPanel("welcome"),
        FieldPanel("featured_links"),
    ]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.IntroductionPage",
        "news.NewsIndexPage",
        "documents.DocumentIndexPage",
        "documents.StatisticsIndexPage",
        "home.ProceduresPage",
        "consultations.ConsultationIndexPage",
        "questions.QuestionIndexPage",
        "home.DisclosurePage",
        "home.ContactPage",
        "home.StandardPage",
    ]
    search_text_attributes = ("title", "welcome")

    class Meta:
        verbose_name = _("commune home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(
            lazy_context(
                lambda: home_page_context(self, request),
                ("latest_news", "urgent_news", "latest_documents"),
            )
        )
        return context


class DistrictHomePage(BasePage):
    """The host's portal: its own sections plus the latest news of every
    commune it hosts (requirements S5: component sites)."""

    welcome = models.TextField(_("welcome text"), blank=True, max_length=1000)

    content_panels = BasePage.content_panels + [FieldPanel("welcome")]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = CommuneHomePage.subpage_types
    search_text_attributes = ("title", "welcome")

    class Meta:
        verbose_name = _("district or province portal home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(
            lazy_context(lambda: portal_context(self, request), ("latest_news", "commune_news"))
        )
        return context


# ---------------------------------------------------------------------------
# Sections
# ---------------------------------------------------------------------------

SECTION_PARENTS = ["home.CommuneHomePage", "home.DistrictHomePage"]


class StandardPage(BasePage):
    """A plain article: a sub-page of the introduction or any section."""

    printable = True
    summary = models.TextField(_("summary"), blank=True, max_length=1000)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = BasePage.content_panels + [FieldPanel("summary"), FieldPanel("body")]
    subpage_types = ["home.StandardPage"]
    search_text_attributes = ("title", "summary", "body")

    class Meta:
        verbose_name = _("standard page")

    def is_empty_section(self):
        return not self.body and not self.get_children().live().exists()


class IntroductionPage(SectionMixin, BasePage):
    """Giới thiệu: what the current decree asks a commune site to present."""

    printable = True
    functions = RichTextField(_("functions and duties"), blank=True)
    organisation = RichTextField(_("administrative organisation"), blank=True)
    boundary_map = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("boundary map"),
    )
    natural_conditions = RichTextField(_("natural conditions"), blank=True)
    history_culture = RichTextField(_("history and culture"), blank=True)
    relics = RichTextField(_("relics and scenic sites"), blank=True)
    spokesperson_name = models.CharField(_("press spokesperson"), max_length=255, blank=True)
    spokesperson_title = models.CharField(_("spokesperson's title"), max_length=255, blank=True)
    spokesperson_phone = models.CharField(
        _("spokesperson's phone"), max_length=32, blank=True, validators=[validate_phone]
    )
    spokesperson_email = models.EmailField(
        _("spokesperson's email"), blank=True, validators=[validate_official_email]
    )
    organisation_en = RichTextField(
        _("organisation and contacts in English"),
        blank=True,
        help_text=_("Shown in English for foreign visitors, as the decree requires."),
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("functions"),
        FieldPanel("organisation"),
        InlinePanel("leaders", label=_("Leaders")),
        FieldPanel("boundary_map"),
        FieldPanel("natural_conditions"),
        FieldPanel("history_culture"),
        FieldPanel("relics"),
        MultiFieldPanel(
            [
                FieldPanel("spokesperson_name"),
                FieldPanel("spokesperson_title"),
                FieldPanel("spokesperson_phone"),
                FieldPanel("spokesperson_email"),
            ],
            heading=_("Press spokesperson"),
        ),
        FieldPanel("organisation_en"),
    ]
    parent_page_types = SECTION_PARENTS
    subpage_types = ["home.StandardPage"]
    max_count_per_parent = 1
    search_text_attributes = (
        "title",
        "functions",
        "organisation",
        "natural_conditions",
        "history_culture",
        "relics",
    )

    class Meta:
        verbose_name = _("introduction")

    def is_empty_section(self):
        return not (self.functions or self.organisation) and not self.leaders.exists()


class Leader(Orderable):
    """A leader of the commune with photo, biography, duties and contacts."""

    page = ParentalKey(IntroductionPage, on_delete=models.CASCADE, related_name="leaders")
    name = models.CharField(_("full name"), max_length=255)
    position = models.CharField(_("position"), max_length=255)
    photo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("photo"),
    )
    biography = models.TextField(_("short biography"), blank=True, max_length=3000)
    duties = models.TextField(_("duties"), blank=True, max_length=3000)
    phone = models.CharField(_("phone"), max_length=32, blank=True, validators=[validate_phone])
    email = models.EmailField(_("email"), blank=True, validators=[validate_official_email])

    panels = [
        FieldPanel("name"),
        FieldPanel("position"),
        FieldPanel("photo"),
        FieldPanel("biography"),
        FieldPanel("duties"),
        FieldPanel("phone"),
        FieldPanel("email"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("leader")

    def __str__(self):
        return f"{self.name} – {self.position}"


class ContactPage(SectionMixin, BasePage):
    """Liên hệ: the official contacts of the commune's political system."""

    printable = True
    intro = RichTextField(_("introduction"), blank=True)

    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        InlinePanel("units", label=_("Agencies and units"), min_num=0),
    ]
    parent_page_types = SECTION_PARENTS
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("contact page")

    def is_empty_section(self):
        return not self.units.exists()


class UnitKind(models.TextChoices):
    PARTY_COMMITTEE = "party", _("Party Committee")
    PEOPLES_COUNCIL = "council", _("People's Council")
    PEOPLES_COMMITTEE = "committee", _("People's Committee")
    FATHERLAND_FRONT = "front", _("Fatherland Front Committee")
    MASS_ORGANISATION = "mass", _("Mass organisation")
    UNIT = "unit", _("Other unit")


class UnitContact(Orderable):
    page = ParentalKey(ContactPage, on_delete=models.CASCADE, related_name="units")
    kind = models.CharField(_("kind"), max_length=16, choices=UnitKind.choices)
    name = models.CharField(_("agency or unit"), max_length=255)
    address = models.CharField(_("address"), max_length=500, blank=True)
    phone = models.CharField(_("phone"), max_length=32, blank=True, validators=[validate_phone])
    fax = models.CharField(_("fax"), max_length=32, blank=True, validators=[validate_phone])
    email = models.EmailField(_("official email"), blank=True, validators=[validate_official_email])

    panels = [
        FieldPanel("kind"),
        FieldPanel("name"),
        FieldPanel("address"),
        FieldPanel("phone"),
        FieldPanel("fax"),
        FieldPanel("email"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("unit contact")

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        if not (self.phone or self.email or self.address):
            raise ValidationError(
                _("Give at least an address, a phone number or an official email.")
            )


class ProceduresPage(BasePage):
    """Thủ tục hành chính: procedures with links to the national portal."""

    printable = True
    intro = RichTextField(_("introduction"), blank=True)
    procedures = StreamField(
        [("procedure", ProcedureBlock())], blank=True, verbose_name=_("procedures")
    )

    content_panels = BasePage.content_panels + [FieldPanel("intro"), FieldPanel("procedures")]
    parent_page_types = SECTION_PARENTS
    subpage_types = ["home.StandardPage"]
    max_count_per_parent = 1
    search_text_attributes = ("title", "intro", "procedures")

    class Meta:
        verbose_name = _("administrative procedures page")

    def is_empty_section(self):
        return not self.procedures and not self.get_children().live().exists()


class DisclosurePage(BasePage):
    """Công khai thông tin: the list of information the commune must disclose,
    each item linking to where it is published."""

    printable = True
    intro = RichTextField(_("introduction"), blank=True)
    items = StreamField(
        [("item", DisclosureItemBlock())], blank=True, verbose_name=_("disclosed information")
    )

    content_panels = BasePage.content_panels + [FieldPanel("intro"), FieldPanel("items")]
    parent_page_types = SECTION_PARENTS
    subpage_types = ["home.StandardPage"]
    max_count_per_parent = 1
    search_text_attributes = ("title", "intro", "items")

    class Meta:
        verbose_name = _("access to information page")

    def is_empty_section(self):
        return not self.items
