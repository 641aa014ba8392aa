"""What every layer needs to know of a commune site: who hosts the
installation, the commune's profile, the units that supply its content and
which Wagtail group holds which board role on it.

These models sit at the bottom so that content types, the site structure
and the board can all refer to them. Their tables keep the names they had
when they lived in the ``home`` and ``board`` apps (``Meta.db_table``): the
move changed no row.
"""

from urllib.parse import urlsplit

from django import forms
from django.conf import settings
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting, register_setting
from wagtail.models import Orderable, Site

from core.validators import (
    validate_monitoring_script_url,
    validate_monitoring_site_key,
    validate_official_email,
    validate_phone,
)


class HostLevel(models.TextChoices):
    DISTRICT = "district", _("District")
    PROVINCE = "province", _("Province")


@register_setting(icon="site")
class HostSettings(BaseGenericSetting):
    """Who hosts the installation: a district (requirements S5) or, since the 2025
    reform, a province (Nghị định 224/2026/NĐ-CP). Labels follow this, so the
    same code serves both."""

    level = models.CharField(
        _("hosting level"), max_length=16, choices=HostLevel.choices, default=HostLevel.DISTRICT
    )
    name = models.CharField(
        _("host authority"),
        max_length=255,
        default="",
        blank=True,
        help_text=_("For example: Ủy ban nhân dân huyện Phú Tân"),
    )

    monitoring_script_url = models.URLField(
        _("monitoring script address"),
        blank=True,
        default="",
        validators=[validate_monitoring_script_url],
        help_text=_(
            "The address of the national monitoring system's (EMC) script, as the "
            "province's notice gives it, starting with https://. Empty: no page loads "
            "anything from another address."
        ),
    )
    monitoring_site_key = models.CharField(
        _("monitoring site key"),
        max_length=128,
        blank=True,
        default="",
        validators=[validate_monitoring_site_key],
        help_text=_("The key the monitoring system gave this installation."),
    )

    panels = [
        FieldPanel("level"),
        FieldPanel("name"),
        MultiFieldPanel(
            [FieldPanel("monitoring_script_url"), FieldPanel("monitoring_site_key")],
            heading=_("Monitoring code (EMC, Circular 22/2023/TT-BTTTT)"),
        ),
    ]

    class Meta:
        db_table = "home_hostsettings"
        verbose_name = _("hosting authority")

    def clean(self):
        if bool(self.monitoring_script_url) != bool(self.monitoring_site_key):
            raise ValidationError(
                _("Give both the monitoring script's address and its site key, or neither.")
            )

    @property
    def monitoring_origin(self):
        """The script's origin (scheme and host), which the CSP allows."""
        if not self.monitoring_script_url:
            return ""
        parts = urlsplit(self.monitoring_script_url)
        return f"{parts.scheme}://{parts.netloc}"


@register_setting(icon="home")
class SiteProfile(BaseSiteSetting):
    """The commune's identity, shown in every page footer (agency responsible,
    contacts and the head of the editorial board, as the decree requires)."""

    agency_name = models.CharField(
        _("managing agency"),
        max_length=255,
        blank=True,
        help_text=_("For example: Ủy ban nhân dân xã Tân Cương"),
    )
    parent_agency = models.CharField(_("governing authority"), max_length=255, blank=True)
    address = models.CharField(_("address"), max_length=500, blank=True)
    phone = models.CharField(_("phone"), max_length=32, blank=True, validators=[validate_phone])
    fax = models.CharField(_("fax"), max_length=32, blank=True, validators=[validate_phone])
    email = models.EmailField(_("official email"), blank=True, validators=[validate_official_email])
    board_head_name = models.CharField(
        _("head of the editorial board"),
        max_length=255,
        blank=True,
        help_text=_("Named in the footer as the person responsible for the content."),
    )
    board_head_title = models.CharField(
        _("title of the head of the board"),
        max_length=255,
        blank=True,
        help_text=_("For example: Chủ tịch UBND xã"),
    )
    licence = models.CharField(_("licence or establishing decision"), max_length=255, blank=True)
    collection = models.ForeignKey(
        "wagtailcore.Collection",
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("image and document collection"),
    )
    public_services_url = models.URLField(
        _("online public services portal"),
        blank=True,
        default="https://dichvucong.gov.vn/",
    )
    # The commune's contact for the host (cán bộ đầu mối, seed 004): not shown publicly.
    focal_name = models.CharField(_("focal person"), max_length=255, blank=True)
    focal_position = models.CharField(_("focal person's position"), max_length=255, blank=True)
    focal_phone = models.CharField(
        _("focal person's phone"), max_length=32, blank=True, validators=[validate_phone]
    )
    focal_email = models.EmailField(
        _("focal person's official email"), blank=True, validators=[validate_official_email]
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("agency_name"), FieldPanel("parent_agency"), FieldPanel("licence")],
            heading=_("Agency"),
        ),
        MultiFieldPanel(
            [FieldPanel("address"), FieldPanel("phone"), FieldPanel("fax"), FieldPanel("email")],
            heading=_("Contacts"),
        ),
        MultiFieldPanel(
            [FieldPanel("board_head_name"), FieldPanel("board_head_title")],
            heading=_("Person responsible"),
        ),
        FieldPanel("public_services_url"),
        MultiFieldPanel(
            [
                FieldPanel("focal_name"),
                FieldPanel("focal_position"),
                FieldPanel("focal_phone"),
                FieldPanel("focal_email"),
            ],
            heading=_("Focal person for the hosting agency"),
            help_text=_("Seen by the district or province admins only, not on the site."),
        ),
    ]

    class Meta:
        db_table = "home_siteprofile"
        verbose_name = _("site profile")


class Role(models.TextChoices):
    """A person's role on a commune's board. Contributors (cộng tác viên) are
    the network of collaborators the board grows (S3 Điều 4): they have
    their own group but are not among the board's five members."""

    HEAD = "head", _("Head of the board")
    DEPUTY = "deputy", _("Deputy head")
    EDITOR = "editor", _("Editor")
    CONTENT = "content", _("Content member")
    CONTRIBUTOR = "contributor", _("Contributor")


#: The district admins' group is the role group with no site.
DISTRICT = "district"


class SiteRoleGroup(models.Model):
    """Which Wagtail group holds which role on which site. Groups are found
    through this table, never by their (translated, renamable) names. A row
    with no site is the district admins' group."""

    site = models.ForeignKey(
        Site, null=True, blank=True, on_delete=models.CASCADE, related_name="role_groups"
    )
    role = models.CharField(max_length=16)
    group = models.OneToOneField(Group, on_delete=models.CASCADE, related_name="site_role")

    class Meta:
        db_table = "board_siterolegroup"
        verbose_name = _("site role group")
        constraints = [
            models.UniqueConstraint(fields=["site", "role"], name="unique_role_group_per_site"),
            models.UniqueConstraint(
                fields=["role"],
                condition=models.Q(site__isnull=True),
                name="unique_district_role_group",
            ),
        ]

    def __str__(self):
        return self.group.name


class SupplyingUnit(ClusterableModel):
    """A commune department or organisation that supplies content
    (requirements S4): its leader approves each item before the board
    reviews it (board.services.unit_approval), its suppliers are listed, and
    it has a monthly quota."""

    class Kind(models.TextChoices):
        UNIT = "unit", _("Unit")
        RADIO = "radio", _("Radio station")

    site = models.ForeignKey(
        Site, on_delete=models.CASCADE, related_name="supplying_units", verbose_name=_("site")
    )
    name = models.CharField(_("name"), max_length=255)
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices, default=Kind.UNIT)
    leader_name = models.CharField(_("unit leader"), max_length=255, blank=True)
    leader_position = models.CharField(
        _("leader's position"),
        max_length=255,
        blank=True,
        help_text=_("For example Chủ tịch Hội Phụ nữ xã."),
    )
    leader_email = models.EmailField(
        _("leader's official email"),
        blank=True,
        validators=[validate_official_email],
        help_text=_(
            "The link to approve each item supplied by the unit is sent here. Without it, "
            "the head of the board has to waive the unit's approval for each item."
        ),
    )

    class Meta:
        db_table = "board_supplyingunit"
        verbose_name = _("supplying unit")
        verbose_name_plural = _("supplying units")
        ordering = ["site", "name"]
        constraints = [
            models.UniqueConstraint(fields=["site", "name"], name="unique_supplying_unit_per_site")
        ]

    def __str__(self):
        return self.name


class Supplier(Orderable):
    """A person who supplies content for a unit (requirements S4, point 1):
    the item records who, and the yearly report counts them."""

    unit = ParentalKey(
        SupplyingUnit,
        on_delete=models.CASCADE,
        related_name="suppliers",
        verbose_name=_("supplying unit"),
    )
    name = models.CharField(_("full name"), max_length=255)
    email = models.EmailField(_("email"), blank=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("account"),
        help_text=_("When the supplier writes in the admin themselves."),
    )

    panels = [FieldPanel("name"), FieldPanel("email"), FieldPanel("user")]

    class Meta(Orderable.Meta):
        verbose_name = _("supplier")
        verbose_name_plural = _("suppliers")

    def __str__(self):
        return self.name


class ValidityPeriod(models.Model):
    """Shown from its start until its end, then gone by itself: a slogan or
    an alert never outlives its period (requirements S2: stale slogans)."""

    valid_from = models.DateTimeField(_("shown from"), default=timezone.now)
    valid_until = models.DateTimeField(_("shown until"))

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        if self.valid_from and self.valid_until and self.valid_until <= self.valid_from:
            raise ValidationError(
                {"valid_until": _("The end of the validity period must be after its start.")}
            )

    @property
    def is_current(self):
        return self.valid_from <= timezone.now() < self.valid_until


class HostAlertQuerySet(models.QuerySet):
    def for_site(self, site):
        return self.filter(models.Q(all_sites=True) | models.Q(sites=site)).distinct()


class HostAlert(ValidityPeriod):
    """The hosting agency's alert (a storm warning, an election notice),
    shown above the slogans of every commune or of the chosen ones, from its
    start to its end."""

    text = models.CharField(_("alert"), max_length=300)
    link_url = models.URLField(_("link"), blank=True)
    all_sites = models.BooleanField(
        _("on every commune site"),
        default=True,
        help_text=_("Untick to choose the communes below."),
    )
    sites = models.ManyToManyField(Site, blank=True, related_name="+", verbose_name=_("communes"))

    objects = HostAlertQuerySet.as_manager()

    panels = [
        FieldPanel("text"),
        FieldPanel("link_url"),
        FieldPanel("valid_from"),
        FieldPanel("valid_until"),
        FieldPanel("all_sites"),
        FieldPanel("sites", widget=forms.CheckboxSelectMultiple),
    ]

    class Meta:
        verbose_name = _("hosting agency's alert")
        verbose_name_plural = _("hosting agency's alerts")
        ordering = ["-valid_from"]

    def __str__(self):
        return self.text


class CommuneMerger(models.Model):
    """A commune merged into another (the 2025 reform). From ``date`` its
    host redirects permanently to the successor, its pages live on in the
    successor's tree as an archive, and the host's figures leave it out
    (board.services.mergers, home.merged_hosts)."""

    site = models.OneToOneField(
        Site, on_delete=models.CASCADE, related_name="merger", verbose_name=_("merged commune")
    )
    successor = models.ForeignKey(
        Site, on_delete=models.PROTECT, related_name="+", verbose_name=_("merged into")
    )
    date = models.DateField(_("merger date"), default=timezone.localdate)
    decision = models.CharField(
        _("merger decision"),
        max_length=255,
        blank=True,
        help_text=_("For example: Nghị quyết số 1661/NQ-UBTVQH15"),
    )

    class Meta:
        verbose_name = _("commune merger")
        verbose_name_plural = _("commune mergers")

    def __str__(self):
        return f"{self.site} → {self.successor}"

    def clean(self):
        super().clean()
        if not self.site_id or not self.successor_id:
            return
        if self.site_id == self.successor_id:
            raise ValidationError({"successor": _("A commune cannot be merged into itself.")})
        if CommuneMerger.objects.filter(site_id=self.successor_id).exists():
            raise ValidationError(
                {"successor": _("That commune has itself been merged: choose its successor.")}
            )
        if CommuneMerger.objects.filter(successor_id=self.site_id).exists():
            raise ValidationError(
                {
                    "site": _(
                        "Other communes were merged into this one: it cannot be merged in turn."
                    )
                }
            )
