"""The editorial board (Ban biên tập), its members, its workflow task and
the records of its emergency publications and deadline reminders."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import AbstractGroupApprovalTask, Orderable, RevisionMixin, Site

from board.forms import SendBackForm
from board.services.composition import validate_composition, validate_membership
from board.services.four_eyes import authors_under_review, check_task_action
from core.models import Role
from core.text import local_moment
from documents.validators import validate_pdf_document
from home.services.provisioning import MANDATORY_SECTIONS

# ---------------------------------------------------------------------------
# The editorial board (requirements S1, docs/requirements.md §1 and §2)
# ---------------------------------------------------------------------------


class Office(models.TextChoices):
    """The office a member holds in the commune, which the rules tie to roles."""

    CHAIRMAN = "chairman", _("Chairman of the commune People's Committee")
    VICE_CHAIRMAN = "vice_chairman", _("Vice-Chairman of the commune People's Committee")
    OFFICE_STATISTICS = "office_statistics", _("Office–Statistics officer")
    RADIO = "radio", _("Officer in charge of the commune radio station")
    CULTURE_SOCIETY = "culture_society", _("Culture–Society officer")
    JUSTICE = "justice", _("Justice–Civil status officer")
    FATHERLAND_FRONT = "fatherland_front", _("Fatherland Front")
    MASS_ORGANISATION = "mass_organisation", _("Mass organisation")
    OTHER = "other", _("Other")


#: The office each role typically holds (requirements S1); used to
#: prefill memberships in the demo and the factories.
DEFAULT_OFFICE = {
    Role.HEAD: Office.CHAIRMAN,
    Role.DEPUTY: Office.OFFICE_STATISTICS,
    Role.EDITOR: Office.RADIO,
    Role.CONTENT: Office.CULTURE_SOCIETY,
    Role.CONTRIBUTOR: Office.OTHER,
}


class Board(RevisionMixin, ClusterableModel):
    """The editorial board (Ban biên tập) of one commune site.

    Its members and decisions are edited inline; every save keeps a revision,
    so the board's history (who was a member, when) survives later changes.
    """

    site = models.OneToOneField(
        Site, on_delete=models.CASCADE, related_name="board", verbose_name=_("site")
    )
    name = models.CharField(_("name"), max_length=255, blank=True)

    panels = [
        FieldPanel("site"),
        FieldPanel("name"),
        InlinePanel("decisions", heading=_("Establishing decisions"), label=_("Decision")),
        InlinePanel("memberships", heading=_("Members"), label=_("Member")),
        InlinePanel(
            "assignments",
            heading=_("Sections and units assigned to members"),
            label=_("assignment"),
        ),
    ]

    class Meta:
        verbose_name = _("editorial board")
        verbose_name_plural = _("editorial boards")
        ordering = ["site__site_name"]

    def __str__(self):
        return self.name or _("Editorial board of %(site)s") % {"site": self.site.site_name}

    def clean(self):
        super().clean()
        if getattr(self, "_members_checked_by_form", False):
            # The admin's BoardForm checks the members as entered instead.
            return

        validate_composition(self.memberships.all())

    def current_memberships(self, on=None):
        return [m for m in self.memberships.all() if m.is_current(on)]

    # Shown on the board's read-only page (the inspect view), for members who
    # may see the board but not change it.
    def members(self):
        return self.get_members_display()

    members.short_description = _("Members")

    def get_members_display(self):
        lines = []
        for m in self.memberships.select_related("user").order_by("start_date"):
            period = f"{m.start_date:%d/%m/%Y} – " + (
                f"{m.end_date:%d/%m/%Y}" if m.end_date else ""
            )
            name = m.user.get_full_name() or m.user.get_username()
            lines.append(f"{name}: {m.get_role_display()}, {m.get_office_display()} ({period})")
        return "; ".join(lines) or "-"

    def decisions_list(self):
        return self.get_decisions_list_display()

    decisions_list.short_description = _("Establishing decisions")

    def get_decisions_list_display(self):
        return "; ".join(f"{d} – {d.signer}" for d in self.decisions.all()) or "-"


class BoardDecision(Orderable):
    """The decision that establishes (kiện toàn) the board, with its signed PDF."""

    board = ParentalKey(Board, on_delete=models.CASCADE, related_name="decisions")
    number = models.CharField(_("number"), max_length=64, help_text=_("For example: 63/QĐ-UBND"))
    date = models.DateField(_("date signed"))
    signer = models.CharField(_("signed by"), max_length=255)
    document = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("signed PDF"),
        validators=[validate_pdf_document],
    )

    panels = [
        FieldPanel("number"),
        FieldPanel("date"),
        FieldPanel("signer"),
        FieldPanel("document"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("establishing decision")
        verbose_name_plural = _("establishing decisions")

    def __str__(self):
        return f"{self.number} ({self.date:%d/%m/%Y})"


class BoardMembership(Orderable):
    """One person's role on one board for a period. Ending a membership sets
    its end date rather than deleting it, so the history stays."""

    board = ParentalKey(Board, on_delete=models.CASCADE, related_name="memberships")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="board_memberships",
        verbose_name=_("user"),
    )
    role = models.CharField(_("role"), max_length=16, choices=Role.choices)
    office = models.CharField(_("office held"), max_length=32, choices=Office.choices)
    start_date = models.DateField(_("start date"), default=timezone.localdate)
    end_date = models.DateField(_("end date"), null=True, blank=True)

    panels = [
        FieldPanel("user"),
        FieldPanel("role"),
        FieldPanel("office"),
        FieldPanel("start_date"),
        FieldPanel("end_date"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("board membership")
        verbose_name_plural = _("board memberships")

    def __str__(self):
        return f"{self.user} – {self.get_role_display()}"

    def is_current(self, on=None):
        on = on or timezone.localdate()
        return self.start_date <= on and (self.end_date is None or self.end_date >= on)

    def clean(self):
        super().clean()

        validate_membership(self)


SECTION_CHOICES = [(section.slug, _(section.title)) for section in MANDATORY_SECTIONS]


class SectionAssignment(Orderable):
    """A member in charge of one mandatory section, or of one supplying
    unit's supply: their dashboard follows its state (requirements S1
    item 1; S2, the assignment notice)."""

    board = ParentalKey(Board, on_delete=models.CASCADE, related_name="assignments")
    section = models.CharField(_("section"), max_length=32, choices=SECTION_CHOICES, blank=True)
    unit = models.ForeignKey(
        "core.SupplyingUnit",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="assignments",
        verbose_name=_("supplying unit"),
    )
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="board_assignments",
        verbose_name=_("member in charge"),
    )

    panels = [FieldPanel("section"), FieldPanel("unit"), FieldPanel("owner")]

    class Meta(Orderable.Meta):
        verbose_name = _("assignment")
        verbose_name_plural = _("assignments")

    def __str__(self):
        return f"{self.get_section_display() or self.unit} – {self.owner}"

    def clean(self):
        super().clean()
        if bool(self.section) == (self.unit_id is not None):
            raise ValidationError(_("Choose either a section or a supplying unit."))
        if self.unit_id is not None and self.board_id and self.unit.site_id != self.board.site_id:
            raise ValidationError({"unit": _("Choose a unit of this commune.")})


class FourEyesApprovalTask(AbstractGroupApprovalTask):
    """A group approval step where nobody approves a revision they wrote, and
    sending an item back requires a comment the author will read.

    Wagtail's GroupApprovalTask offers "approve" to every group member; the
    four-eyes rule (docs/requirements.md §2) needs the revision's author left out.
    """

    admin_form_fields = AbstractGroupApprovalTask.admin_form_fields

    class Meta:
        verbose_name = _("four-eyes approval task")
        verbose_name_plural = _("four-eyes approval tasks")

    @staticmethod
    def authors_under_review(obj):
        """Users who wrote the revision that approval would let through."""

        return authors_under_review(obj)

    def user_wrote_revision(self, obj, user):
        return user.pk in self.authors_under_review(obj)

    def get_actions(self, obj, user):
        actions = super().get_actions(obj, user)
        if actions and self.user_wrote_revision(obj, user):
            actions = [action for action in actions if action[0] != "approve"]
        return actions

    def get_form_for_action(self, action):
        if action == "reject":
            return SendBackForm
        return super().get_form_for_action(action)

    def on_action(self, task_state, user, action_name, **kwargs):
        check_task_action(self, task_state, user, action_name, kwargs.get("comment", ""))
        return super().on_action(task_state, user, action_name, **kwargs)

    def get_task_states_user_can_moderate(self, user, **kwargs):
        states = super().get_task_states_user_can_moderate(user, **kwargs)
        return states.exclude(revision__user=user)

    def _user_in_groups(self, user):
        # Wagtail asks one query per task, and its moderation lists ask every
        # task of every commune (TaskState.objects.reviewable_by): one query
        # per request answers for all tasks instead.
        task_ids = getattr(user, "_four_eyes_task_ids", None)
        if task_ids is None:
            task_ids = set(
                FourEyesApprovalTask.objects.filter(groups__user=user).values_list("pk", flat=True)
            )
            user._four_eyes_task_ids = task_ids
        return self.pk in task_ids

    @classmethod
    def get_description(cls):
        return _(
            "Members of the chosen groups approve this step, except the author of the "
            "revision; sending back needs a comment."
        )


class EmergencyPublication(models.Model):
    """A page published at once by the head (or the deputy standing in),
    outside the review → approval workflow. It is marked and waits for a
    review afterwards by the other of the two (docs/requirements.md §2)."""

    site = models.ForeignKey(Site, on_delete=models.CASCADE, related_name="emergency_publications")
    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="emergency_publications"
    )
    revision = models.ForeignKey(
        "wagtailcore.Revision", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("published by"),
    )
    published_at = models.DateTimeField(_("published at"), default=timezone.now)
    reason = models.TextField(_("reason for publishing at once"), blank=True, max_length=2000)
    #: The last working day for the review (deadline rule "emergency").
    review_due = models.DateField(_("review due"), null=True, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("reviewed by"),
    )
    reviewed_at = models.DateTimeField(_("reviewed at"), null=True, blank=True)
    review_note = models.TextField(_("review note"), blank=True)

    class Meta:
        verbose_name = _("emergency publication")
        verbose_name_plural = _("emergency publications")
        ordering = ["-published_at"]
        permissions = [("review_emergencypublication", _("Can review emergency publications"))]

    def __str__(self):
        return _("%(page)s, published at once on %(date)s") % {
            "page": self.page.title,
            "date": local_moment(self.published_at),
        }

    @property
    def is_reviewed(self):
        return self.reviewed_at is not None

    @property
    def is_overdue(self):
        return (
            not self.is_reviewed
            and self.review_due is not None
            and self.review_due < timezone.localdate()
        )


class DeadlineNotification(models.Model):
    """One reminder sent by ``check_deadlines``: an item is reminded at most
    once per kind and day, so the command can run twice without sending
    anything twice."""

    class Kind(models.TextChoices):
        DUE_SOON = "due_soon", _("Due on the next working day")
        LATE = "late", _("Late")
        QUESTIONS = "questions", _("New and late questions")
        REVIEW = "review", _("Review of an emergency publication overdue")
        STANDING_REVIEW = "standing_review", _("Review of a standing page overdue")

    page = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=pgettext_lazy("published item", "item"),
    )
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices)
    date = models.DateField(_("date"))
    sent_at = models.DateTimeField(_("sent at"), default=timezone.now)
    recipients = models.PositiveIntegerField(_("recipients"), default=0)

    class Meta:
        verbose_name = _("deadline reminder")
        verbose_name_plural = _("deadline reminders")
        ordering = ["-date", "page"]
        constraints = [
            models.UniqueConstraint(
                fields=["page", "kind", "date"], name="unique_deadline_notification_per_day"
            )
        ]

    def __str__(self):
        return f"{self.page_id} {self.kind} {self.date:%d/%m/%Y}"
