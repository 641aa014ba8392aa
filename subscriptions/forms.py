"""The public subscription form, on the question form's base
(questions.forms.CitizenForm): the same consent record, honeypot and limits."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from questions.forms import EMAIL_MAX, CitizenForm, clean_email_field
from subscriptions.models import Topic


class SubscriptionForm(CitizenForm):
    honeypot_message = _("Your subscription could not be accepted. Please try again.")
    consent_required_message = _("Your consent is needed before we can send you news.")

    email = forms.EmailField(
        label=_("Email"),
        max_length=EMAIL_MAX,
        error_messages={
            "required": _("Enter your email address."),
            "invalid": _("Enter a valid email address."),
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    topics = forms.MultipleChoiceField(
        label=_("What would you like to receive?"),
        choices=Topic.choices,
        initial=[Topic.NEWS],
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "required": _("Choose at least one kind of information."),
            "invalid_choice": _("Choose from the list."),
        },
    )
    field_order = ["email", "topics", "consent", "notice_version", "website"]

    def clean_email(self):
        email = clean_email_field(self.cleaned_data.get("email"))
        if any(ch in email for ch in "\r\n"):
            raise ValidationError(_("Enter a valid email address."), code="invalid")
        return email
