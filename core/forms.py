"""The admin form every page of the project is edited with."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from wagtail.admin.forms import WagtailAdminPageForm


class BasePageForm(WagtailAdminPageForm):
    def clean(self):
        cleaned_data = super().clean()
        if getattr(self.instance, "_newer_revision", None) is not None:
            # Set by core.edit_conflicts for a save from an out-of-date form.
            raise ValidationError(
                _("Someone saved a newer version of this page after you opened it."),
                code="newer_revision",
            )
        return cleaned_data
