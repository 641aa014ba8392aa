"""District oversight as data: the monthly report's period and quotas, and
the royalty rates (docs/requirements.md §4; requirements S3 Điều 9 and S4 points 2, 3, 7).

A new instruction from the district or province may change the report day,
the quotas or the royalty amounts, so they are settings edited in the admin,
not constants. Imported at the end of ``board.models`` so Django sees them.
"""

from decimal import Decimal

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, HelpPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting, register_setting


@register_setting(icon="table")
class ReportSettings(BaseGenericSetting):
    """When the monthly report's period ends and what each unit must supply."""

    period_end_day = models.PositiveSmallIntegerField(
        _("report day"),
        default=25,
        validators=[MinValueValidator(1), MaxValueValidator(28)],
        help_text=_(
            "The monthly period ends on this day (inclusive) and starts the day after "
            "it in the previous month. 003/UBND: the 25th."
        ),
    )
    unit_quota = models.PositiveSmallIntegerField(
        _("items with a photo per unit and month"),
        default=2,
        validators=[MaxValueValidator(1000)],
    )
    radio_quota = models.PositiveSmallIntegerField(
        _("items per month for the radio station"),
        default=15,
        validators=[MaxValueValidator(1000)],
    )

    review_months = models.PositiveSmallIntegerField(
        _("review standing pages every (months)"),
        default=6,
        validators=[MinValueValidator(1), MaxValueValidator(36)],
        help_text=_(
            "The introduction, procedures, access to information and contact pages are due "
            "for review this many months after they were last published."
        ),
    )

    panels = [
        FieldPanel("period_end_day"),
        MultiFieldPanel(
            [FieldPanel("unit_quota"), FieldPanel("radio_quota")],
            heading=_("Supply quotas"),
        ),
        FieldPanel("review_months"),
    ]

    class Meta:
        verbose_name = _("monthly report and quotas")


#: Royalty genres (thể loại), in the order of the settings form and the report.
ROYALTY_GENRES = ("news", "photo", "document", "statistics", "answer")

#: Host defaults of the coefficients (hệ số); the unit value starts at 0 so no
#: amount is paid before the host has set one.
DEFAULT_COEFFICIENTS = {
    "news": Decimal("1.0"),
    "photo": Decimal("0.5"),
    "document": Decimal("0.5"),
    "statistics": Decimal("0.5"),
    "answer": Decimal("0.5"),
}

_COEFFICIENT_LABELS = {
    "news": _("coefficient for a news item"),
    "photo": _("coefficient for a photo"),
    "document": _("coefficient for a legal document"),
    "statistics": _("coefficient for a statistical report"),
    "answer": _("coefficient for an answer to a question"),
}


def _coefficient_field(genre, *, null=False):
    kwargs = {
        "max_digits": 5,
        "decimal_places": 2,
        "validators": [MinValueValidator(Decimal("0")), MaxValueValidator(Decimal("100"))],
    }
    if null:
        kwargs.update(null=True, blank=True)
    else:
        kwargs["default"] = DEFAULT_COEFFICIENTS[genre]
    return models.DecimalField(_COEFFICIENT_LABELS[genre], **kwargs)


def _unit_value_field(*, null=False):
    kwargs = {"validators": [MaxValueValidator(100_000_000)]}
    if null:
        kwargs.update(null=True, blank=True)
    else:
        kwargs["default"] = 0
    return models.PositiveIntegerField(
        _("unit value (đồng)"),
        help_text=_("The amount a coefficient of 1 earns."),
        **kwargs,
    )


class _RoyaltyFields:
    def coefficients(self):
        return {genre: getattr(self, f"{genre}_coefficient") for genre in ROYALTY_GENRES}


_COEFFICIENT_PANELS = [FieldPanel(f"{genre}_coefficient") for genre in ROYALTY_GENRES]


@register_setting(icon="tag")
class RoyaltyRates(_RoyaltyFields, BaseGenericSetting):
    """The host's default royalty rates, used by every site that sets none."""

    unit_value = _unit_value_field()
    news_coefficient = _coefficient_field("news")
    photo_coefficient = _coefficient_field("photo")
    document_coefficient = _coefficient_field("document")
    statistics_coefficient = _coefficient_field("statistics")
    answer_coefficient = _coefficient_field("answer")

    panels = [
        HelpPanel(
            content=_(
                "Each published item earns coefficient × unit value for its author. A news "
                "item with a photo also earns the photo coefficient. Each commune may set "
                "its own values in its royalty settings."
            )
        ),
        FieldPanel("unit_value"),
        *_COEFFICIENT_PANELS,
    ]

    class Meta:
        verbose_name = _("royalty rates")


@register_setting(icon="tag")
class SiteRoyaltyRates(_RoyaltyFields, BaseSiteSetting):
    """A commune's own royalty rates (its budget decides, S3 Điều 9); an
    empty field keeps the host's value."""

    unit_value = _unit_value_field(null=True)
    news_coefficient = _coefficient_field("news", null=True)
    photo_coefficient = _coefficient_field("photo", null=True)
    document_coefficient = _coefficient_field("document", null=True)
    statistics_coefficient = _coefficient_field("statistics", null=True)
    answer_coefficient = _coefficient_field("answer", null=True)

    panels = [
        HelpPanel(content=_("Leave a field empty to keep the host's value.")),
        FieldPanel("unit_value"),
        *_COEFFICIENT_PANELS,
    ]

    class Meta:
        verbose_name = _("commune royalty rates")
