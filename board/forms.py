"""Forms of the board's admin screens and workflow actions."""

from django import forms
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.forms import TaskStateCommentForm

from board.services.composition import composition_errors
from core.access import is_district_admin, sites_where


class SendBackForm(TaskStateCommentForm):
    """Sending an item back needs a reason: the author reads it in the email
    and in the workflow history."""

    comment = forms.CharField(
        label=_("Why is it sent back?"),
        required=True,
        widget=forms.Textarea({"rows": 3}),
        error_messages={"required": _("Say why the item is sent back: a comment is required.")},
    )

    def clean_comment(self):
        comment = self.cleaned_data["comment"].strip()
        if not comment:
            raise forms.ValidationError(
                _("Say why the item is sent back: a comment is required."), code="required"
            )
        return comment


class BoardForm(WagtailAdminModelForm):
    """Checks the composition rules on the members as entered, before any is
    saved (the model's clean() only sees what is already stored)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user = self.for_user
        if user is not None and "site" in self.fields and not is_district_admin(user):
            self.fields["site"].queryset = sites_where(user, ["head"])
            self.fields["site"].disabled = self.instance.pk is not None
        memberships = self.formsets.get("memberships")
        if memberships is not None and user is not None and not is_district_admin(user):
            # A head picks among the people already in their commune's
            # groups or boards, not the whole installation's accounts.
            site_ids = self._user_site_ids(user)
            allowed = get_user_model().objects.filter(models_q_for_sites(site_ids)).distinct()
            for form in memberships.forms:
                if "user" in form.fields:
                    form.fields["user"].queryset = allowed
            # ``empty_form`` (the template of a new row) is built anew at each
            # access: the formset's class is narrowed so it is limited too.
            memberships.__class__ = _limited_empty_form(type(memberships), allowed)

    @staticmethod
    def _user_site_ids(user):
        return list(sites_where(user, ["head"]).values_list("pk", flat=True))

    def _post_clean(self):
        # The model's clean() checks the stored members; the entered ones are
        # checked in is_valid(), once the inline forms are clean.
        self.instance._members_checked_by_form = True
        super()._post_clean()

    def is_valid(self):
        valid = super().is_valid()
        memberships = self.formsets.get("memberships")
        if not valid or memberships is None:
            return valid

        entered = []
        for form in memberships.forms:
            if not form.cleaned_data or form.cleaned_data.get("DELETE"):
                continue
            entered.append(form.instance)
        errors = composition_errors(entered)
        for error in errors:
            self.add_error(None, error)
        return not errors


def _limited_empty_form(formset_class, users):
    class LimitedFormSet(formset_class):
        @property
        def empty_form(self):
            form = super().empty_form
            if "user" in form.fields:
                form.fields["user"].queryset = users
            return form

    return LimitedFormSet


def models_q_for_sites(site_ids):
    return Q(groups__site_role__site_id__in=site_ids) | Q(
        board_memberships__board__site_id__in=site_ids
    )


class SupplyingUnitForm(WagtailAdminModelForm):
    """A commune's head or deputy adds units to their own site only."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user = self.for_user
        if user is not None and "site" in self.fields and not is_district_admin(user):
            self.fields["site"].queryset = sites_where(user, ["head", "deputy"])
