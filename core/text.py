"""Vietnamese text helpers shared by search, slugs and validation."""

import unicodedata

from django.utils import timezone

# "Đ" is its own letter, not D plus a combining mark, so NFD alone keeps it.
_LETTER_MAP = str.maketrans({"đ": "d", "Đ": "D"})


def fold(text):
    """Return ``text`` lower-cased without diacritics: "Đảng ủy" -> "dang uy".

    Search indexes and queries both pass through here, so a citizen typing
    without diacritics finds text written with them on any database.
    """
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFD", str(text).translate(_LETTER_MAP))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.lower().split())


def nfc(text):
    """Normalise to NFC, the form Vietnamese text is stored in."""
    return unicodedata.normalize("NFC", text) if text else text


def local_moment(moment):
    """ "dd/mm/YYYY HH:MM" of an aware datetime in local time, as the board's
    records, emails and messages write a moment ("" for none)."""
    return f"{timezone.localtime(moment):%d/%m/%Y %H:%M}" if moment else ""
