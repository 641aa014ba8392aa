"""Public forms for asking and tracking questions, and the inbox's action forms.

Every field has a size limit; everything is plain text. Input carrying HTML
tags or scripts is refused with a message rather than stored stripped, so
what the board reads is exactly what the citizen typed.
"""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from core.text import nfc
from core.validators import validate_phone
from questions.models.records import QuestionTopic
from questions.services.codes import LENGTH as CODE_LENGTH
from questions.services.codes import normalise_code
from questions.services.consent import notice_by_version

NAME_MAX = 100
PHONE_MAX = 20
EMAIL_MAX = 254
TEXT_MIN = 10
TEXT_MAX = 5000

_TAG_RE = re.compile(r"<\s*[a-zA-Z!/?]")
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def validate_plain_text(value):
    """Refuse HTML tags, scripts and control characters in free text."""
    if _TAG_RE.search(value or "") or "javascript:" in (value or "").lower():
        raise ValidationError(
            _("Please write plain text only: HTML tags and scripts are not accepted."),
            code="html",
        )
    if _CONTROL_RE.search(value or ""):
        raise ValidationError(_("The text contains invalid characters."), code="control")


class PlainTextField(forms.CharField):
    """A CharField that normalises to NFC and accepts plain text only."""

    default_validators = [validate_plain_text]

    def to_python(self, value):
        return nfc(super().to_python(value))


class HoneypotField(forms.CharField):
    """Hidden from people by CSS and aria-hidden; bots fill it in."""

    def __init__(self, **kwargs):
        kwargs.setdefault("label", _("Leave this field empty"))
        kwargs.setdefault("required", False)
        kwargs.setdefault("max_length", 200)
        kwargs.setdefault(
            "widget", forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"})
        )
        super().__init__(**kwargs)


class CitizenForm(forms.Form):
    """What every public form that takes personal data shares: the consent to
    the notice in force (recorded with its version), a honeypot and the
    browser's own length limits. The question form, the comment form on
    drafts and the subscription form are built on it, so they hold against
    the same hostile input."""

    #: The message shown when the honeypot is filled in.
    honeypot_message = _("Your message could not be accepted. Please try again.")
    consent_required_message = _("Your consent is needed before we can receive your message.")

    consent = forms.BooleanField(
        label=_(
            "I have read the notice above and agree to the processing of my personal "
            "data for this purpose."
        ),
    )
    notice_version = forms.CharField(max_length=32, widget=forms.HiddenInput)
    website = HoneypotField()

    def __init__(self, *args, notice=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.notice = notice
        self.fields["consent"].error_messages["required"] = self.consent_required_message
        if notice is not None:
            self.fields["notice_version"].initial = notice.version

    def clean_notice_version(self):
        notice = notice_by_version(self.cleaned_data["notice_version"])
        if notice is None:
            raise ValidationError(
                _("The personal data notice has changed; please read it again and resend."),
                code="notice",
            )
        self.notice = notice
        return notice.version

    def clean(self):
        cleaned = super().clean()
        if self.data.get("website"):
            raise ValidationError(self.honeypot_message, code="honeypot")
        return cleaned

    @property
    def is_honeypot(self):
        return any(e.code == "honeypot" for e in self.non_field_errors().as_data())


def clean_email_field(value):
    return (value or "").strip().lower()


class QuestionForm(CitizenForm):
    honeypot_message = _("Your question could not be accepted. Please try again.")
    consent_required_message = _("Your consent is needed before we can receive your question.")

    asker_name = PlainTextField(
        label=_("Full name"),
        max_length=NAME_MAX,
        error_messages={"required": _("Please enter your full name.")},
    )
    phone = PlainTextField(
        label=_("Phone"),
        max_length=PHONE_MAX,
        required=False,
        validators=[validate_phone],
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
    )
    email = forms.EmailField(
        label=_("Email"),
        max_length=EMAIL_MAX,
        required=False,
        error_messages={"invalid": _("Enter a valid email address.")},
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    notify_by_email = forms.BooleanField(
        label=_("Email me when my question is answered or refused."),
        required=False,
        initial=True,
    )
    topic = forms.ChoiceField(
        label=_("Topic"),
        choices=QuestionTopic.choices,
        error_messages={"invalid_choice": _("Choose a topic from the list.")},
    )
    text = PlainTextField(
        label=_("Your question"),
        min_length=TEXT_MIN,
        max_length=TEXT_MAX,
        widget=forms.Textarea(attrs={"rows": 8}),
        error_messages={"required": _("Please write your question.")},
    )
    field_order = [
        "asker_name",
        "phone",
        "email",
        "notify_by_email",
        "topic",
        "text",
        "consent",
        "notice_version",
        "website",
    ]

    def clean_email(self):
        return clean_email_field(self.cleaned_data.get("email"))

    def clean(self):
        cleaned = super().clean()
        if (
            "phone" in cleaned
            and "email" in cleaned
            and not cleaned.get("phone")
            and not cleaned.get("email")
        ):
            self.add_error(
                "phone", _("Give a phone number or an email address so we can answer you.")
            )
        if not cleaned.get("email"):
            cleaned["notify_by_email"] = False
        return cleaned


class TrackForm(forms.Form):
    code = forms.CharField(
        label=_("Tracking code"),
        max_length=32,
        error_messages={"required": _("Enter your tracking code.")},
        widget=forms.TextInput(attrs={"autocomplete": "off", "autocapitalize": "characters"}),
    )

    def clean_code(self):
        code = normalise_code(self.cleaned_data["code"])
        if len(code) != CODE_LENGTH:
            raise ValidationError(
                _("A tracking code has %(length)d letters and digits.") % {"length": CODE_LENGTH},
                code="length",
            )
        return code


COMMENT_MAX = 1000


class RatingForm(forms.Form):
    """A satisfaction rating: 1 to 5, an optional comment, a honeypot."""

    score = forms.TypedChoiceField(
        label=_("How satisfied are you with this page?"),
        choices=[(n, str(n)) for n in range(1, 6)],
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose a score from 1 to 5."),
            "invalid_choice": _("Choose a score from 1 to 5."),
        },
    )
    comment = PlainTextField(
        label=_("Comment (optional)"),
        max_length=COMMENT_MAX,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3, "maxlength": COMMENT_MAX}),
    )
    page_id = forms.IntegerField(required=False, widget=forms.HiddenInput, min_value=1)
    website = HoneypotField()

    def clean(self):
        cleaned = super().clean()
        if self.data.get("website"):
            raise ValidationError(
                _("Your rating could not be accepted. Please try again."), code="honeypot"
            )
        return cleaned


# ---------------------------------------------------------------------------
# Admin inbox actions
# ---------------------------------------------------------------------------


class AssignForm(forms.Form):
    assignee = forms.ModelChoiceField(label=_("Assign to"), queryset=None)
    note = forms.CharField(
        label=_("Note"), required=False, max_length=2000, widget=forms.Textarea(attrs={"rows": 2})
    )

    def __init__(self, *args, members=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["assignee"].queryset = members


class AnswerForm(forms.Form):
    answer = forms.CharField(
        label=_("Answer"), max_length=20000, widget=forms.Textarea(attrs={"rows": 12})
    )


class NoteForm(forms.Form):
    note = forms.CharField(
        label=_("Note"), max_length=2000, required=False, widget=forms.Textarea(attrs={"rows": 3})
    )


class ReasonForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"), max_length=2000, widget=forms.Textarea(attrs={"rows": 3})
    )
