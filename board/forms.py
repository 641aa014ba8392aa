"""Forms of the board's admin screens and workflow actions."""

from django import forms
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.forms import TaskStateCommentForm
from wagtail.models import Site

from board.services.composition import composition_errors
from core.access import is_district_admin, sites_where
from core.models import CommuneMerger, SupplyingUnit
from home.services.provisioning import validate_new_site


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
        if user is not None and not is_district_admin(user):
            # A head picks among the people already in their commune's
            # groups or boards, not the whole installation's accounts.
            heads = sites_where(user, ["head"])
            limit_inline_users(self.formsets.get("memberships"), heads)
            limit_inline_users(self.formsets.get("assignments"), heads, field="owner")
        assignments = self.formsets.get("assignments")
        if assignments is not None:
            # Only the units of the board's own commune (or the head's).
            if self.instance.site_id:
                units = SupplyingUnit.objects.filter(site_id=self.instance.site_id)
            elif user is not None and not is_district_admin(user):
                units = SupplyingUnit.objects.filter(site__in=sites_where(user, ["head"]))
            else:
                units = SupplyingUnit.objects.all()
            for form in assignments.forms:
                form.fields["unit"].queryset = units
            assignments.__class__ = _limited_empty_form(type(assignments), units, "unit")

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


def full_name(user):
    return user.get_full_name() or user.get_username()


def people_of(sites):
    """The people in ``sites``' groups or boards."""
    site_ids = list(sites.values_list("pk", flat=True))
    return get_user_model().objects.filter(models_q_for_sites(site_ids)).distinct()


def limit_inline_users(formset, sites, field="user"):
    """Narrow the ``field`` (a user) of every row of ``formset`` to the
    people in ``sites``' groups or boards."""
    if formset is None:
        return
    allowed = people_of(sites)
    for form in formset.forms:
        if field in form.fields:
            form.fields[field].queryset = allowed
    # ``empty_form`` (the template of a new row) is built anew at each
    # access: the formset's class is narrowed so it is limited too.
    formset.__class__ = _limited_empty_form(type(formset), allowed, field)


def _limited_empty_form(formset_class, users, field):
    class LimitedFormSet(formset_class):
        @property
        def empty_form(self):
            form = super().empty_form
            if field in form.fields:
                form.fields[field].queryset = users
            return form

    return LimitedFormSet


def models_q_for_sites(site_ids):
    return Q(groups__site_role__site_id__in=site_ids) | Q(
        board_memberships__board__site_id__in=site_ids
    )


class OwnCommunesForm(WagtailAdminModelForm):
    """A snippet a commune's head or deputy keeps: its site chosen among
    their own communes only (a district admin chooses among all). Subclasses
    narrow the rest in ``limit_to(sites)``."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user = self.for_user
        if user is None or is_district_admin(user):
            return
        sites = sites_where(user, ["head", "deputy"])
        if "site" in self.fields:
            self.fields["site"].queryset = sites
        self.limit_to(sites)

    def limit_to(self, sites):
        pass


class SupplyingUnitForm(OwnCommunesForm):
    """Units of the user's own communes, with suppliers who are accounts of
    those communes only."""

    def limit_to(self, sites):
        limit_inline_users(self.formsets.get("suppliers"), sites)


class BoardRecordForm(OwnCommunesForm):
    """The board's plans, meetings and reports: with people of the user's
    own communes only."""

    def limit_to(self, sites):
        if "attendees" in self.fields:
            self.fields["attendees"].queryset = people_of(sites).order_by("first_name", "pk")
            self.fields["attendees"].label_from_instance = full_name
        limit_inline_users(self.formsets.get("decisions"), sites, field="owner")


class NewCommuneForm(forms.Form):
    """A district admin creates a commune site; the checks are the
    provisioning service's own (home.services.provisioning.validate_new_site)."""

    name = forms.CharField(
        label=_("Commune name"),
        max_length=200,
        help_text=_("As in the establishing decision, for example Xã Tân Cương."),
    )
    hostname = forms.CharField(
        label=_("Host name"),
        max_length=255,
        help_text=_(
            "Lower-case letters without diacritics, for example tancuong.thainguyen.gov.vn."
        ),
    )
    agency_name = forms.CharField(
        label=_("Managing agency"),
        max_length=255,
        required=False,
        help_text=_("Shown in the footer; the commune's People's Committee when left empty."),
    )
    head = forms.ModelChoiceField(
        label=_("Head of the board"),
        queryset=get_user_model().objects.none(),
        required=False,
        help_text=_("An existing account; the head adds the other members later."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["head"].queryset = (
            get_user_model().objects.filter(is_active=True).order_by("username")
        )

    def clean(self):
        cleaned = super().clean()
        if "name" in cleaned and "hostname" in cleaned:
            try:
                cleaned["hostname"], cleaned["name"] = validate_new_site(
                    cleaned["hostname"], cleaned["name"]
                )
            except forms.ValidationError as error:
                for field, messages in error.message_dict.items():
                    for message in messages:
                        self.add_error(field, message)
        return cleaned


class CommuneImportForm(forms.Form):
    file = forms.FileField(
        label=_("CSV or XLSX file"),
        help_text=_(
            "First row: the column names (Tên xã, Tên miền, Cơ quan chủ quản, Địa chỉ, "
            "Điện thoại, Thư điện tử, Cán bộ đầu mối…); one commune per row."
        ),
    )


class MergerForm(forms.ModelForm):
    """Mark a commune as merged into another; the model checks the pair."""

    class Meta:
        model = CommuneMerger
        fields = ["successor", "date", "decision"]
        widgets = {"date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")}

    def __init__(self, *args, site, **kwargs):
        super().__init__(*args, instance=CommuneMerger(site=site), **kwargs)
        self.fields["successor"].queryset = (
            Site.objects.filter(root_page__depth=2)
            .exclude(pk=site.pk)
            .exclude(merger__isnull=False)
            .order_by("site_name")
        )
        self.fields["date"].input_formats = ["%Y-%m-%d", "%d/%m/%Y"]
