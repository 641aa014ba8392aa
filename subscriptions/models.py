"""Citizens who follow a commune's site by email (đăng ký nhận tin).

An address is personal data, kept under the same rules as an asker's
(Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15): the consent is recorded with the
notice version shown, nothing is sent before the address is confirmed
(double opt-in), an unconfirmed address is deleted after a few days, and
unsubscribing erases the address at once. Each subscription belongs to one
commune's site.
"""

import secrets

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.models import Site


def new_token():
    """256 random bits: the link cannot be guessed."""
    return secrets.token_urlsafe(32)


class Topic(models.TextChoices):
    NEWS = "news", _("News")
    DOCUMENTS = "documents", _("Documents")
    CONSULTATIONS = "consultations", _("Drafts for consultation")


class SubscriptionQuerySet(models.QuerySet):
    def confirmed(self):
        return self.filter(confirmed_at__isnull=False, unsubscribed_at__isnull=True)

    def unconfirmed(self):
        return self.filter(confirmed_at__isnull=True, unsubscribed_at__isnull=True)


class Subscription(models.Model):
    site = models.ForeignKey(
        Site, on_delete=models.CASCADE, related_name="subscriptions", verbose_name=_("site")
    )
    #: Blanked when the subscriber leaves (services.subscribers.unsubscribe).
    email = models.EmailField(_("email"), max_length=254, blank=True)
    news = models.BooleanField(_("news"), default=True)
    documents = models.BooleanField(_("documents"), default=False)
    consultations = models.BooleanField(_("drafts for consultation"), default=False)
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)

    created_at = models.DateTimeField(_("subscribed at"), default=timezone.now)
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)
    unsubscribed_at = models.DateTimeField(_("unsubscribed at"), null=True, blank=True)
    #: The last time a confirmation email went out (one per address and hour).
    confirmation_sent_at = models.DateTimeField(null=True, blank=True, editable=False)

    consent_at = models.DateTimeField(_("consent given at"))
    consent_notice = models.ForeignKey(
        "questions.ConsentNotice",
        on_delete=models.PROTECT,
        related_name="subscriptions",
        verbose_name=_("notice shown"),
    )
    consent_version = models.CharField(_("notice version"), max_length=32)

    objects = SubscriptionQuerySet.as_manager()

    class Meta:
        verbose_name = _("subscription")
        verbose_name_plural = _("subscriptions")
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["site", "email"],
                condition=~Q(email=""),
                name="unique_subscription_per_site_and_email",
            )
        ]
        indexes = [
            models.Index(fields=["site", "confirmed_at"], name="subscription_site_confirmed"),
        ]

    def __str__(self):
        return self.email or _("(unsubscribed)")

    @property
    def topics(self):
        return [topic for topic in Topic.values if getattr(self, topic)]

    @property
    def is_active(self):
        return self.confirmed_at is not None and self.unsubscribed_at is None


class Digest(models.Model):
    """One day's digest of one site, queued once (``send_digests``)."""

    site = models.ForeignKey(
        Site, on_delete=models.CASCADE, related_name="+", verbose_name=_("site")
    )
    day = models.DateField(_("day"))
    items = models.PositiveIntegerField(_("items"), default=0)
    recipients = models.PositiveIntegerField(_("recipients"), default=0)
    queued_at = models.DateTimeField(_("queued at"), default=timezone.now)

    class Meta:
        verbose_name = _("daily digest")
        verbose_name_plural = _("daily digests")
        ordering = ["-day", "site"]
        constraints = [
            models.UniqueConstraint(fields=["site", "day"], name="unique_digest_per_site_and_day")
        ]

    def __str__(self):
        return f"{self.site} {self.day:%d/%m/%Y}"
