"""Citizens' comments on drafts (góp ý dự thảo).

A comment is personal data as a question is (Luật Bảo vệ dữ liệu cá nhân
91/2025/QH15): it records the consent to the same notice, its contact is
never shown publicly, and it is erased on request, when marked as spam, or
after the site's retention period once the consultation has closed
(consultations.services.comments). The models only hold data.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.models import Site

from core.text import local_moment


class CommentState(models.TextChoices):
    PENDING = "pending", _("Awaiting moderation")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Rejected")
    SPAM = "spam", _("Spam")


class CommentQuerySet(models.QuerySet):
    def for_site(self, site):
        return self.filter(site=site)

    def approved(self):
        return self.filter(state=CommentState.APPROVED)

    def pending(self):
        return self.filter(state=CommentState.PENDING)


class DraftComment(models.Model):
    site = models.ForeignKey(
        Site, on_delete=models.CASCADE, related_name="draft_comments", verbose_name=_("site")
    )
    page = models.ForeignKey(
        "consultations.ConsultationPage",
        on_delete=models.CASCADE,
        related_name="comments",
        verbose_name=_("draft"),
    )
    #: Given when approved (1, 2, 3… per draft) so the report can name it.
    number = models.PositiveIntegerField(_("number"), null=True, blank=True)

    # Personal data: blanked by services.comments.erase_personal_data.
    commenter_name = models.CharField(_("full name"), max_length=100, blank=True)
    organisation = models.CharField(_("organisation"), max_length=255, blank=True)
    contact = models.CharField(_("phone or email"), max_length=254, blank=True)

    article = models.CharField(_("article of the draft"), max_length=100, blank=True)
    text = models.TextField(_("comment"), max_length=5000)
    submitted_at = models.DateTimeField(_("sent at"), db_index=True)

    state = models.CharField(
        _("state"),
        max_length=16,
        choices=CommentState.choices,
        default=CommentState.PENDING,
        db_index=True,
    )
    moderation_note = models.TextField(_("reason"), blank=True, max_length=2000)
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("moderated by"),
    )
    moderated_at = models.DateTimeField(_("moderated at"), null=True, blank=True)

    consent_at = models.DateTimeField(_("consent given at"))
    consent_notice = models.ForeignKey(
        "questions.ConsentNotice",
        on_delete=models.PROTECT,
        related_name="draft_comments",
        verbose_name=_("notice shown"),
    )
    consent_version = models.CharField(_("notice version"), max_length=32)
    erased_at = models.DateTimeField(_("personal data erased at"), null=True, blank=True)

    objects = CommentQuerySet.as_manager()

    class Meta:
        verbose_name = _("comment on a draft")
        verbose_name_plural = _("comments on drafts")
        ordering = ["-submitted_at", "-id"]
        indexes = [
            models.Index(fields=["site", "state"], name="draftcomment_site_state"),
            models.Index(fields=["page", "state", "number"], name="draftcomment_page_state"),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["page", "number"], name="unique_comment_number_per_draft"
            )
        ]

    def __str__(self):
        if self.number:
            return _("Comment no. %(number)s") % {"number": self.number}
        return _("Comment of %(date)s") % {"date": local_moment(self.submitted_at)}

    @property
    def is_erased(self):
        return self.erased_at is not None
