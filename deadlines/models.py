"""Publication deadlines as data (docs/requirements.md §3 and 2.8).

The number of working days allowed for each kind of content comes from a
regulation (requirements S3, Điều 8) that a new decree may change,
so it lives in settings editable in the admin, not in code: the host sets the
defaults for every site, and a commune's own regulation may only make them
stricter. The tables keep the names they had in the ``board`` app.
"""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, HelpPanel
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting, register_setting

#: The kinds of content with a legal deadline, in the order of Điều 8; each
#: has a ``<kind>_days`` field on both policies below.
DEADLINE_KINDS = (
    ("news", _("News of an activity or event")),
    ("document", _("Documents issued by the commune People's Committee")),
    ("conference", _("Conferences, reviews, workshops and important events")),
    ("statistics", _("Statistics")),
    ("answer", _("Answers to citizens' and businesses' questions")),
    ("consultation", _("Reports on comments received on drafts")),
    ("emergency", _("Review of publications made at once by the head")),
)

#: Defaults of docs/requirements.md §3 (working days after the trigger; 0 = the same day).
DEFAULT_DEADLINE_DAYS = {
    "news": 3,
    "document": 1,
    "conference": 3,
    "statistics": 0,
    "answer": 15,
    # No decree fixes it for communes: a local rule, changed in the admin.
    "consultation": 10,
    # The deputy reviews what the head published at once (seed 002): a local rule.
    "emergency": 1,
}

#: No regulation gives more than this; it only guards against typing errors.
MAX_DEADLINE_DAYS = 60


def _days_field(kind, *, default=None, null=False):
    labels = {
        "news": _("news of an activity or event"),
        "document": _("documents issued by the commune"),
        "conference": _("conferences, reviews and workshops"),
        "statistics": _("statistics"),
        "answer": _("answers to questions"),
        "consultation": _("reports on comments on drafts"),
        "emergency": _("review of emergency publications"),
    }
    help_texts = {
        "news": _("Working days after the activity or event."),
        "document": _("Working days after the document is signed."),
        "conference": _("Working days after the conference or event ends."),
        "statistics": _("Working days after the report is sent (0: the same day)."),
        "answer": _("Working days after the question is received."),
        "consultation": _("Working days after the consultation on a draft closes."),
        "emergency": _("Working days after the head published at once (0: the same day)."),
    }
    kwargs = {"validators": [MaxValueValidator(MAX_DEADLINE_DAYS)]}
    if null:
        kwargs.update(null=True, blank=True)
    else:
        kwargs["default"] = default
    return models.PositiveSmallIntegerField(labels[kind], help_text=help_texts[kind], **kwargs)


@register_setting(icon="date")
class DeadlinePolicy(BaseGenericSetting):
    """The host's default deadlines, in working days, for every site."""

    news_days = _days_field("news", default=DEFAULT_DEADLINE_DAYS["news"])
    document_days = _days_field("document", default=DEFAULT_DEADLINE_DAYS["document"])
    conference_days = _days_field("conference", default=DEFAULT_DEADLINE_DAYS["conference"])
    statistics_days = _days_field("statistics", default=DEFAULT_DEADLINE_DAYS["statistics"])
    answer_days = _days_field("answer", default=DEFAULT_DEADLINE_DAYS["answer"])
    consultation_days = _days_field("consultation", default=DEFAULT_DEADLINE_DAYS["consultation"])
    emergency_days = _days_field("emergency", default=DEFAULT_DEADLINE_DAYS["emergency"])

    panels = [
        HelpPanel(
            content=_(
                "Publication deadlines in working days (Monday to Friday, without "
                "public holidays, Tết and substitute days off). Each commune may set "
                "stricter deadlines in its own deadline settings, never looser ones."
            )
        ),
        FieldPanel("news_days"),
        FieldPanel("document_days"),
        FieldPanel("conference_days"),
        FieldPanel("statistics_days"),
        FieldPanel("answer_days"),
        FieldPanel("consultation_days"),
        FieldPanel("emergency_days"),
    ]

    class Meta:
        db_table = "board_deadlinepolicy"
        verbose_name = _("publication deadlines")

    def days(self):
        return {kind: getattr(self, f"{kind}_days") for kind, _label in DEADLINE_KINDS}


@register_setting(icon="date")
class SiteDeadlinePolicy(BaseSiteSetting):
    """A commune's own, stricter deadlines; an empty field keeps the host's."""

    news_days = _days_field("news", null=True)
    document_days = _days_field("document", null=True)
    conference_days = _days_field("conference", null=True)
    statistics_days = _days_field("statistics", null=True)
    answer_days = _days_field("answer", null=True)
    consultation_days = _days_field("consultation", null=True)
    emergency_days = _days_field("emergency", null=True)

    panels = [
        HelpPanel(
            content=_(
                "Leave a field empty to keep the host's deadline. A commune's own "
                "regulation may only shorten a deadline."
            )
        ),
        FieldPanel("news_days"),
        FieldPanel("document_days"),
        FieldPanel("conference_days"),
        FieldPanel("statistics_days"),
        FieldPanel("answer_days"),
        FieldPanel("consultation_days"),
        FieldPanel("emergency_days"),
    ]

    class Meta:
        db_table = "board_sitedeadlinepolicy"
        verbose_name = _("commune publication deadlines")

    def days(self):
        return {kind: getattr(self, f"{kind}_days") for kind, _label in DEADLINE_KINDS}

    def clean(self):
        super().clean()
        host = DeadlinePolicy.load().days()
        errors = {}
        for kind, value in self.days().items():
            if value is not None and value > host[kind]:
                errors[f"{kind}_days"] = ValidationError(
                    _(
                        "A commune may only set a stricter deadline: at most "
                        "%(days)s working days, the host's deadline."
                    ),
                    code="looser_than_host",
                    params={"days": host[kind]},
                )
        if errors:
            raise ValidationError(errors)


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
        db_table = "board_workingdayoverride"
        verbose_name = _("working-day exception")
        verbose_name_plural = _("working-day exceptions")
        ordering = ["-date"]

    def __str__(self):
        return f"{self.date:%d/%m/%Y} – {self.get_kind_display()}"
