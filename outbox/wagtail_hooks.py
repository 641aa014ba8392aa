"""The mail queue, read-only, under Settings for whoever holds the model's
view permission (district admins): what waits, how often it failed, why."""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet

from outbox.models import OutgoingEmail


class OutgoingEmailViewSet(ModelViewSet):
    model = OutgoingEmail
    icon = "mail"
    menu_label = _("Outgoing mail")
    add_to_settings_menu = True
    add_to_reference_index = False
    # Recipients are not listed: the queue holds citizens' addresses.
    list_display = ["subject", "created_at", "attempts", "last_error", "sent_at", "failed_at"]
    list_per_page = 50
    form_fields = []  # never edited
    copy_view_enabled = False

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(
            **{
                "add_url_name": None,
                "edit_url_name": None,
                "delete_url_name": None,
                "history_url_name": None,
                "usage_url_name": None,
                **kwargs,
            }
        )

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
        ]

    def get_permissions_to_register(self):
        return super().get_permissions_to_register().filter(codename="view_outgoingemail")


@hooks.register("register_admin_viewset")
def register_outbox():
    return OutgoingEmailViewSet("outbox", url_prefix="outbox")
