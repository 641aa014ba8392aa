"""The public comment form on a draft and the moderators' reason form.

Built on the question form's base (questions.forms.CitizenForm): the same
consent record, honeypot, plain-text fields and length limits.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils.translation import gettext_lazy as _

from core.validators import validate_phone
from questions.forms import CitizenForm, PlainTextField, clean_email_field

NAME_MAX = 100
ORGANISATION_MAX = 255
CONTACT_MAX = 254
ARTICLE_MAX = 100
TEXT_MIN = 10
TEXT_MAX = 5000


def clean_contact(value):
    """A phone number or an email address, normalised; anything else refused."""
    value = (value or "").strip()
    if "@" in value:
        value = clean_email_field(value)
        try:
            validate_email(value)
        except ValidationError as error:
            raise ValidationError(
                _("Enter a valid email address."), code="invalid_email"
            ) from error
        return value
    try:
        validate_phone(value)
    except ValidationError as error:
        raise ValidationError(
            _("Give a phone number or an email address so the board can contact you."),
            code="invalid_contact",
        ) from error
    return value


class CommentForm(CitizenForm):
    honeypot_message = _("Your comment could not be accepted. Please try again.")
    consent_required_message = _("Your consent is needed before we can receive your comment.")

    commenter_name = PlainTextField(
        label=_("Full name"),
        max_length=NAME_MAX,
        error_messages={"required": _("Please enter your full name.")},
    )
    organisation = PlainTextField(
        label=_("Organisation (optional)"), max_length=ORGANISATION_MAX, required=False
    )
    contact = PlainTextField(
        label=_("Phone or email"),
        max_length=CONTACT_MAX,
        error_messages={
            "required": _("Give a phone number or an email address so the board can contact you.")
        },
        help_text=_("Not published."),
        widget=forms.TextInput(attrs={"autocomplete": "email"}),
    )
    article = PlainTextField(
        label=_("Article of the draft concerned (optional)"),
        max_length=ARTICLE_MAX,
        required=False,
        help_text=_("For example: Article 3, clause 2."),
    )
    text = PlainTextField(
        label=_("Your comment"),
        min_length=TEXT_MIN,
        max_length=TEXT_MAX,
        widget=forms.Textarea(attrs={"rows": 8}),
        error_messages={"required": _("Please write your comment.")},
    )
    field_order = [
        "commenter_name",
        "organisation",
        "contact",
        "article",
        "text",
        "consent",
        "notice_version",
        "website",
    ]

    def clean_contact(self):
        return clean_contact(self.cleaned_data.get("contact"))


class ModerationForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"),
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
