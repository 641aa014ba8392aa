"""How each member wants the board's notifications: one email per event,
or everything of a day in one email (requirements S3; docs/board.md)."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.models import Site


class Frequency(models.TextChoices):
    IMMEDIATE = "immediate", _("One email per event, at once")
    DAILY = "daily", _("One email a day with everything")


class NotificationPreference(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="board_notification_preference",
        verbose_name=_("user"),
    )
    frequency = models.CharField(
        _("board notifications"),
        max_length=16,
        choices=Frequency.choices,
        default=Frequency.IMMEDIATE,
    )

    class Meta:
        verbose_name = _("notification preference")
        verbose_name_plural = _("notification preferences")

    def __str__(self):
        return f"{self.user} – {self.get_frequency_display()}"

    @classmethod
    def frequency_for(cls, user):
        row = cls.objects.filter(user=user).values_list("frequency", flat=True).first()
        return row or Frequency.IMMEDIATE


class QueuedNotification(models.Model):
    """A notification kept for the member's daily email."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    site = models.ForeignKey(
        Site, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    subject = models.CharField(max_length=998)
    body = models.TextField()
    created_at = models.DateTimeField(default=timezone.now)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["sent_at", "user"])]

    def __str__(self):
        return self.subject
