"""Tracking codes: short enough to read over the phone, long enough that
nobody guesses somebody else's (31**10, about 8 * 10**14 codes)."""

import secrets

#: No 0/O, 1/I/L: codes are read aloud and typed on phones.
ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
LENGTH = 10


def new_tracking_code():
    return "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))


def normalise_code(value):
    """What a citizen typed, tolerant of case, spaces and dashes."""
    return "".join(ch for ch in (value or "").upper() if ch.isalnum())[:32]
