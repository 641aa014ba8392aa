"""Password rules Django does not ship."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _


def character_classes(password):
    """How many of lowercase, uppercase, digits and other symbols ``password`` uses.
    str methods know Vietnamese letters: "ă" is lowercase, "Đ" uppercase."""
    return sum(
        [
            any(char.islower() for char in password),
            any(char.isupper() for char in password),
            any(char.isdigit() for char in password),
            any(not char.isalnum() for char in password),
        ]
    )


class CharacterClassValidator:
    """A long password of one kind of character ("aaaaaaaaaa", a phone
    number) falls to a dictionary attack: ask for a mix."""

    def __init__(self, min_classes=3):
        self.min_classes = min_classes

    def validate(self, password, user=None):
        if character_classes(password) < self.min_classes:
            raise ValidationError(self.get_help_text(), code="password_too_uniform")

    def get_help_text(self):
        return _(
            "Your password must mix at least %(count)d of these: lowercase letters, "
            "uppercase letters, digits and symbols."
        ) % {"count": self.min_classes}
