"""Composition rules of a commune's editorial board (requirements S1).

One place for every rule, called from ``Board.clean()``, from the admin's
board form (whose members are still unsaved inline forms) and from the demo,
so the admin, scripts and tests refuse the same boards with the same words.

The rules hold at every date: a member who leaves on 31/5 and a successor
who starts on 1/6 are fine, two heads on the same day are not. "Exactly one
head" is checked on the board as it stands today (a board may not be left
without its head); the other posts may be vacant for a while.
"""

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

MAX_MEMBERS = 5
MAX_CONTENT_MEMBERS = 2


@dataclass(frozen=True)
class Rule:
    code: str
    message: str


# Each message names the rule it enforces, as the seed document words it.
RULES = {
    rule.code: rule
    for rule in (
        Rule(
            "max_members",
            _("Rule “at most 5 members”: the board would have %(count)s members on %(date)s."),
        ),
        Rule(
            "one_head",
            _("Rule “exactly one head”: the board has %(count)s heads on %(date)s."),
        ),
        Rule(
            "head_office",
            _(
                "Rule “the head is the Chairman or a Vice-Chairman of the commune People's "
                "Committee”: %(user)s holds another office."
            ),
        ),
        Rule(
            "one_deputy",
            _("Rule “one deputy head”: the board has %(count)s deputy heads on %(date)s."),
        ),
        Rule(
            "deputy_office",
            _(
                "Rule “the deputy head is the Office–Statistics officer”: %(user)s holds "
                "another office."
            ),
        ),
        Rule(
            "one_editor",
            _("Rule “one editor”: the board has %(count)s editors on %(date)s."),
        ),
        Rule(
            "editor_office",
            _(
                "Rule “the editor is the officer in charge of the commune radio station”: "
                "%(user)s holds another office."
            ),
        ),
        Rule(
            "max_content_members",
            _(
                "Rule “up to two content members”: the board has %(count)s content members "
                "on %(date)s."
            ),
        ),
        Rule(
            "one_role_per_person",
            _("Rule “one role per person”: %(user)s holds two roles on this board on %(date)s."),
        ),
        Rule(
            "dates",
            _("Rule “a membership ends after it starts”: the end date is before the start date."),
        ),
    )
}

#: role -> (rule code for the count, the most allowed, the rule for the office, offices)
_POSTS = {
    "head": ("one_head", 1, "head_office", {"chairman", "vice_chairman"}),
    "deputy": ("one_deputy", 1, "deputy_office", {"office_statistics"}),
    "editor": ("one_editor", 1, "editor_office", {"radio"}),
    "content": ("max_content_members", MAX_CONTENT_MEMBERS, None, None),
}


def _error(code, **params):
    return ValidationError(RULES[code].message, code=code, params=params)


def _user_label(membership):
    user = getattr(membership, "user", None)
    if user is None:
        return "?"
    return user.get_full_name() or user.get_username()


def _is_current(membership, on):
    return membership.start_date <= on and (
        membership.end_date is None or membership.end_date >= on
    )


def membership_errors(membership):
    """Errors of one membership on its own: dates, and office against role."""
    errors = []
    start, end = membership.start_date, membership.end_date
    if start and end and end < start:
        errors.append(_error("dates"))
    post = _POSTS.get(membership.role)
    if post and post[2] and membership.office and membership.office not in post[3]:
        errors.append(_error(post[2], user=_user_label(membership)))
    return errors


def validate_membership(membership):
    errors = membership_errors(membership)
    if errors:
        raise ValidationError(errors)


def _checkpoints(memberships, today):
    """Every date on which the board's make-up can change, from today on
    (history before today was checked when it was entered)."""
    dates = {today}
    for m in memberships:
        if m.start_date and m.start_date > today:
            dates.add(m.start_date)
    return sorted(dates)


def composition_errors(memberships, today=None):
    """All broken rules for ``memberships`` (saved or not), each once."""
    today = today or timezone.localdate()
    memberships = [m for m in memberships if m.start_date and m.role]
    errors, seen = [], set()

    def add(code, **params):
        if code not in seen:
            seen.add(code)
            errors.append(_error(code, **params))

    for m in memberships:
        for error in membership_errors(m):
            if error.code not in seen:
                seen.add(error.code)
                errors.append(error)

    for day in _checkpoints(memberships, today):
        current = [m for m in memberships if _is_current(m, day)]
        date = f"{day:%d/%m/%Y}"
        board = [m for m in current if m.role != "contributor"]
        if len(board) > MAX_MEMBERS:
            add("max_members", count=len(board), date=date)
        for role, (code, most, _office_code, _offices) in _POSTS.items():
            count = sum(1 for m in board if m.role == role)
            if count > most:
                add(code, count=count, date=date)
        users = [m.user_id for m in current if getattr(m, "user_id", None)]
        duplicates = {u for u in users if users.count(u) > 1}
        if duplicates:
            m = next(m for m in current if m.user_id in duplicates)
            add("one_role_per_person", user=_user_label(m), date=date)

    heads_today = sum(1 for m in memberships if m.role == "head" and _is_current(m, today))
    if heads_today != 1 and "one_head" not in seen:
        add("one_head", count=heads_today, date=f"{today:%d/%m/%Y}")
    return errors


def validate_composition(memberships, today=None):
    """Raise one ValidationError listing every broken rule."""
    errors = composition_errors(list(memberships), today=today)
    if errors:
        raise ValidationError(errors)
