"""Citizens' questions and published answers (Hỏi đáp).

A question is personal data (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15,
Nghị định 356/2025/NĐ-CP): the asker sees the purpose and consents on the
form, the consent is recorded with the notice version shown, and the contact
details are erased on request or after a retention period set per site.
The rules that move a question between states live in
questions.services.workflow; the models only hold data.
"""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Site

from core.text import local_moment

# ---------------------------------------------------------------------------
# Settings and consent
# ---------------------------------------------------------------------------


@register_setting(icon="help")
class QuestionSettings(BaseSiteSetting):
    """Per-site rules for questions that a new decree may change."""

    retention_months = models.PositiveSmallIntegerField(
        _("keep askers' personal data for (months)"),
        default=24,
        validators=[MinValueValidator(1), MaxValueValidator(240)],
        help_text=_(
            "After a question is closed (published or refused), the asker's name and "
            "contacts are anonymised once this many months have passed."
        ),
    )

    panels = [FieldPanel("retention_months")]

    class Meta:
        verbose_name = _("questions settings")


class ConsentNotice(models.Model):
    """A version of the personal-data notice shown on the question form.

    Notices are never edited once questions refer to them: a new wording is a
    new version, so each consent points at exactly the text the asker saw.
    """

    version = models.CharField(_("version"), max_length=32, unique=True)
    purpose = models.TextField(
        _("purpose and notice text"),
        help_text=_("Shown above the consent box on the public form."),
    )
    effective_from = models.DateTimeField(_("effective from"), default=timezone.now)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("personal data notice")
        verbose_name_plural = _("personal data notices")
        ordering = ["-effective_from", "-id"]
        get_latest_by = "effective_from"

    def __str__(self):
        return self.version

    def is_referenced(self):
        """Whether anyone consented to this notice: a question, a comment on a
        draft, a subscription (any model pointing here)."""
        return any(
            relation.related_model._default_manager.filter(**{relation.field.name: self}).exists()
            for relation in self._meta.related_objects
        )

    def clean(self):
        super().clean()
        if not self.pk or not self.is_referenced():
            return
        stored = ConsentNotice.objects.get(pk=self.pk)
        if (stored.version, stored.purpose) != (self.version, self.purpose):
            raise ValidationError(
                {
                    "purpose": _(
                        "Citizens have consented to this notice, so it cannot change. "
                        "Add a new version instead."
                    )
                }
            )


# ---------------------------------------------------------------------------
# Questions
# ---------------------------------------------------------------------------


class QuestionState(models.TextChoices):
    RECEIVED = "received", _("Received")
    ASSIGNED = "assigned", _("Assigned")
    ANSWERED = "answered", _("Answer drafted")
    SUBMITTED = "submitted", _("Awaiting approval")
    PUBLISHED = "published", _("Published")
    REFUSED = "refused", _("Refused")


OPEN_STATES = (
    QuestionState.RECEIVED,
    QuestionState.ASSIGNED,
    QuestionState.ANSWERED,
    QuestionState.SUBMITTED,
)
CLOSED_STATES = (QuestionState.PUBLISHED, QuestionState.REFUSED)


class QuestionTopic(models.TextChoices):
    PROCEDURES = "procedures", _("Administrative procedures")
    LAND = "land", _("Land and construction")
    SOCIAL = "social", _("Social policy and labour")
    HEALTH = "health", _("Health and insurance")
    EDUCATION = "education", _("Education")
    ENVIRONMENT = "environment", _("Environment and agriculture")
    SECURITY = "security", _("Security and public order")
    OTHER = "other", _("Other")


class QuestionQuerySet(models.QuerySet):
    def for_site(self, site):
        return self.filter(site=site)

    def published(self):
        return self.filter(state=QuestionState.PUBLISHED)

    def open(self):
        return self.filter(state__in=OPEN_STATES)

    def overdue(self, today=None):
        today = today or timezone.localdate()
        return self.open().filter(due_date__lt=today)


class Question(models.Model):
    """A citizen's question to a commune, from receipt to published answer."""

    site = models.ForeignKey(
        Site, on_delete=models.CASCADE, related_name="questions", verbose_name=_("site")
    )
    tracking_code = models.CharField(_("tracking code"), max_length=16, unique=True)

    # Personal data: blanked by services.workflow.erase_personal_data.
    asker_name = models.CharField(_("asker's name"), max_length=100, blank=True)
    phone = models.CharField(_("phone"), max_length=20, blank=True)
    email = models.EmailField(_("email"), max_length=254, blank=True)
    #: The asker agreed to be told by email when the question is closed.
    notify_by_email = models.BooleanField(_("notify by email"), default=False)

    topic = models.CharField(
        _("topic"), max_length=32, choices=QuestionTopic.choices, default=QuestionTopic.OTHER
    )
    text = models.TextField(_("question"), max_length=5000)

    received_at = models.DateTimeField(_("received at"), default=timezone.now)
    due_date = models.DateField(_("answer due"))
    state = models.CharField(
        _("state"),
        max_length=16,
        choices=QuestionState.choices,
        default=QuestionState.RECEIVED,
        db_index=True,
    )
    refusal_reason = models.TextField(_("reason for refusal"), blank=True, max_length=2000)
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="assigned_questions",
        verbose_name=_("assigned to"),
    )
    answer = models.TextField(_("answer"), blank=True, max_length=20000)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("answered by"),
    )
    answered_at = models.DateTimeField(_("answered at"), null=True, blank=True)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("approved by"),
    )
    published_at = models.DateTimeField(_("published at"), null=True, blank=True)
    closed_at = models.DateTimeField(_("closed at"), null=True, blank=True)

    consent_at = models.DateTimeField(_("consent given at"))
    consent_notice = models.ForeignKey(
        ConsentNotice,
        on_delete=models.PROTECT,
        related_name="questions",
        verbose_name=_("notice shown"),
    )
    consent_version = models.CharField(_("notice version"), max_length=32)
    erased_at = models.DateTimeField(_("personal data erased at"), null=True, blank=True)

    #: Question and answer folded to ASCII for diacritic-insensitive search on
    #: any database (see core.text.fold); filled when published.
    search_text = models.TextField(blank=True, editable=False)

    objects = QuestionQuerySet.as_manager()

    class Meta:
        verbose_name = _("question")
        verbose_name_plural = _("questions")
        ordering = ["-received_at", "-id"]
        indexes = [
            models.Index(fields=["site", "state", "-published_at"], name="question_site_state"),
            models.Index(fields=["site", "due_date"], name="question_site_due"),
        ]

    def __str__(self):
        return self.tracking_code

    @property
    def is_open(self):
        return self.state in OPEN_STATES

    @property
    def is_overdue(self):
        return self.is_open and self.due_date < timezone.localdate()

    @property
    def late_since(self):
        """The first day the open question counts as late (None if it is not)."""
        if not self.is_overdue:
            return None
        return self.due_date + datetime.timedelta(days=1)

    @property
    def answered_on_time(self):
        """Whether the answer was published by the due date (None while open)."""
        if self.state != QuestionState.PUBLISHED or not self.published_at:
            return None
        return timezone.localdate(self.published_at) <= self.due_date

    @property
    def is_erased(self):
        return self.erased_at is not None


#: What each recorded action is called; the workflow's transitions carry the
#: same labels (questions.services.workflow.TRANSITIONS).
EVENT_LABELS = {
    "receive": _("Received"),
    "assign": _("Assign"),
    "answer": _("Write the answer"),
    "submit": _("Send for approval"),
    "send_back": _("Send back"),
    "publish": _("Approve and publish"),
    "refuse": _("Refuse"),
    "erase": _("Erase personal data"),
}


class QuestionEvent(models.Model):
    """One change of a question: who, when, from which state to which, why.

    Kept even when personal data is erased: the log names staff, never the
    asker.
    """

    question = models.ForeignKey(
        Question, on_delete=models.CASCADE, related_name="events", verbose_name=_("question")
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("by"),
    )
    at = models.DateTimeField(_("at"), default=timezone.now)
    action = models.CharField(_("action"), max_length=32)
    from_state = models.CharField(_("from"), max_length=16, blank=True)
    to_state = models.CharField(_("to"), max_length=16, blank=True)
    note = models.TextField(_("note"), blank=True)

    class Meta:
        verbose_name = _("question event")
        verbose_name_plural = _("question events")
        ordering = ["at", "id"]

    def __str__(self):
        return f"{self.question_id} {self.action} {local_moment(self.at)}"

    def get_action_display(self):
        return EVENT_LABELS.get(self.action, self.action)

    @staticmethod
    def _state_label(value):
        return QuestionState(value).label if value in QuestionState.values else value

    def get_from_state_display(self):
        return self._state_label(self.from_state)

    def get_to_state_display(self):
        return self._state_label(self.to_state)


# ---------------------------------------------------------------------------
# Satisfaction ratings
# ---------------------------------------------------------------------------


class SatisfactionRating(models.Model):
    """A citizen's 1-5 rating of a page (a service page, or the home page for
    the site as a whole), with an optional comment. Anonymous: no name, no
    address, no IP is stored."""

    site = models.ForeignKey(
        Site, on_delete=models.CASCADE, related_name="ratings", verbose_name=_("site")
    )
    page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("page"),
    )
    score = models.PositiveSmallIntegerField(
        _("score"), validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    comment = models.TextField(pgettext_lazy("rating", "comment"), blank=True, max_length=1000)
    created_at = models.DateTimeField(_("rated at"), default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("satisfaction rating")
        verbose_name_plural = _("satisfaction ratings")
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["site", "page"], name="rating_site_page")]

    def __str__(self):
        return f"{self.score}/5"

    def clean(self):
        super().clean()
        if self.page_id and self.site_id:
            root_path = (
                Site.objects.filter(pk=self.site_id)
                .values_list("root_page__path", flat=True)
                .first()
                or ""
            )
            if not self.page.path.startswith(root_path):
                raise ValidationError({"page": _("This page is not part of this site.")})
