"""The lock and forced-reset state of board members' accounts."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class AccountSecurity(models.Model):
    """Lock and forced-reset state of one account (requirements S3
    Điều 6: a stolen password is reported to the head, who has it changed)."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="account_security"
    )
    must_change_password = models.BooleanField(_("must choose a new password"), default=False)
    locked_at = models.DateTimeField(_("locked at"), null=True, blank=True)
    locked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("locked by"),
    )
    reason = models.CharField(_("reason"), max_length=255, blank=True)

    class Meta:
        db_table = "board_accountsecurity"
        verbose_name = _("account security")

    def __str__(self):
        return str(self.user)
