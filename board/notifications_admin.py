"""The member's own choice of notifications, in Wagtail's account settings."""

from django import forms
from django.utils.translation import gettext_lazy as _

from wagtail.admin.views.account import BaseSettingsPanel, notifications_tab

from board.models import NotificationPreference


class NotificationFrequencyForm(forms.ModelForm):
    class Meta:
        model = NotificationPreference
        fields = ["frequency"]
        widgets = {"frequency": forms.RadioSelect}


class NotificationFrequencyPanel(BaseSettingsPanel):
    """In the member's account settings, beside Wagtail's own notification
    choices: every board notification at once, or one email a day."""

    name = "board_notifications"
    title = _("Editorial board notifications")
    tab = notifications_tab
    order = 110
    form_class = NotificationFrequencyForm

    def get_form(self):
        instance = NotificationPreference.objects.filter(user=self.user).first()
        instance = instance or NotificationPreference(user=self.user)
        data = self.request.POST if self.request.method == "POST" else None
        return self.form_class(data, instance=instance, prefix=self.name)
