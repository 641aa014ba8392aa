"""Field validators shared by settings, contact pages and the board."""

import re
from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator, RegexValidator
from django.utils.translation import gettext_lazy as _

# Official addresses only (requirements S2): contact details on a
# government site must not sit on free public mail providers.
FREE_MAIL_DOMAINS = frozenset(
    {
        "gmail.com",
        "googlemail.com",
        "yahoo.com",
        "yahoo.com.vn",
        "ymail.com",
        "hotmail.com",
        "outlook.com",
        "live.com",
        "msn.com",
        "icloud.com",
        "me.com",
        "aol.com",
        "mail.com",
        "gmx.com",
        "zoho.com",
        "proton.me",
        "protonmail.com",
        "yandex.com",
        "yandex.ru",
        "mail.ru",
        "qq.com",
        "163.com",
        "126.com",
    }
)


def validate_official_email(value):
    """Refuse addresses hosted by free public providers (gmail, yahoo...)."""
    EmailValidator(message=_("Enter a valid email address."))(value)
    domain = value.rsplit("@", 1)[-1].strip().lower()
    if domain in FREE_MAIL_DOMAINS or domain.split(".")[0] in {"gmail", "yahoo", "hotmail"}:
        raise ValidationError(
            _(
                "%(domain)s is a free public mail service. Use the agency's official "
                "email address (for example ...@%(example)s)."
            ),
            code="free_mail",
            params={"domain": domain, "example": "tancuong.gov.vn"},
        )


_PHONE_RE = re.compile(r"^\+?[0-9 .()\-]{8,20}$")


def validate_phone(value):
    digits = re.sub(r"\D", "", value or "")
    if not _PHONE_RE.match(value or "") or not 8 <= len(digits) <= 15:
        raise ValidationError(
            _("Enter a valid phone number (8 to 15 digits, for example 0208 3855 123)."),
            code="invalid_phone",
        )


validate_document_number = RegexValidator(
    regex=r"^[0-9]{1,6}(/[0-9]{4})?/[A-ZĐ0-9][A-ZĐ0-9\-/.]*$",
    message=_(
        "Enter the number and symbol as written on the document, "
        "for example 63/QĐ-UBND or 12/2026/NQ-HĐND."
    ),
    code="invalid_document_number",
)


SITE_KEY_RE = re.compile(r"^[A-Za-z0-9._-]+$")


def validate_monitoring_script_url(value):
    """The monitoring script is loaded on every public page: only from a
    plain https address of its own host (no credentials, no query tricks)."""
    parts = urlsplit(value or "")
    if (
        parts.scheme != "https"
        or not parts.hostname
        or parts.username
        or parts.password
        or parts.fragment
        or any(c.isspace() for c in value)
    ):
        raise ValidationError(
            _("Enter the script's address as the notice gives it, starting with https://."),
            code="invalid",
        )


def validate_monitoring_site_key(value):
    if value and not SITE_KEY_RE.match(value):
        raise ValidationError(
            _("The site key has only letters without diacritics, digits, dots, - and _."),
            code="invalid",
        )
