"""The admin form every page of the project is edited with."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from wagtail.admin.forms import WagtailAdminPageForm

from core.models import Supplier


def suppliers_for(page, parent_page=None):
    """The suppliers of the units of the commune ``page`` belongs to."""
    anchor = page if page.pk else parent_page
    site = anchor.get_site() if anchor is not None else None
    if site is None:
        return Supplier.objects.none()
    return Supplier.objects.filter(unit__site=site).select_related("unit")


class BasePageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "supplier" in self.fields:
            # A plain select would list every commune's suppliers.
            field = self.fields["supplier"]
            field.queryset = suppliers_for(self.instance, self.parent_page)
            field.label_from_instance = lambda supplier: f"{supplier.name} ({supplier.unit})"

    def clean(self):
        cleaned_data = super().clean()
        if getattr(self.instance, "_newer_revision", None) is not None:
            # Set by core.edit_conflicts for a save from an out-of-date form.
            raise ValidationError(
                _("Someone saved a newer version of this page after you opened it."),
                code="newer_revision",
            )
        return cleaned_data
