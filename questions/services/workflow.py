"""The life of a question: received → assigned → answered → awaiting
approval → published, or refused with a reason (docs/requirements.md §7).

One table says which change is allowed from which state and which board role
may make it; every change runs in a transaction on a locked row, and is
recorded as a QuestionEvent (who, when, from, to, note). The admin inbox,
the commands and the tests all call these functions, never the model
directly.
"""

from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from core.page_cache import bump_sites
from core.text import fold, nfc
from outbox.services.erasure import erase_person
from questions.models.records import (
    CLOSED_STATES,
    EVENT_LABELS,
    OPEN_STATES,
    Question,
    QuestionEvent,
    QuestionState,
)
from questions.services.notifications import tell_asker
from questions.services.roles import APPROVER, MEMBER, has_role

ANSWER_MAX_LENGTH = 20000
NOTE_MAX_LENGTH = 2000


@dataclass(frozen=True)
class Transition:
    name: str
    label: str
    sources: tuple
    target: str | None  # None: the state does not change
    role: str


S = QuestionState
TRANSITIONS = {
    t.name: t
    for t in (
        Transition("assign", EVENT_LABELS["assign"], (S.RECEIVED, S.ASSIGNED), S.ASSIGNED, MEMBER),
        Transition("answer", EVENT_LABELS["answer"], (S.ASSIGNED, S.ANSWERED), S.ANSWERED, MEMBER),
        Transition("submit", EVENT_LABELS["submit"], (S.ANSWERED,), S.SUBMITTED, MEMBER),
        Transition("send_back", EVENT_LABELS["send_back"], (S.SUBMITTED,), S.ANSWERED, APPROVER),
        Transition("publish", EVENT_LABELS["publish"], (S.SUBMITTED,), S.PUBLISHED, APPROVER),
        Transition("refuse", EVENT_LABELS["refuse"], OPEN_STATES, S.REFUSED, APPROVER),
        Transition("erase", EVENT_LABELS["erase"], tuple(S.values), None, APPROVER),
    )
}


def _state_error(question, transition):
    return ValidationError(
        _("A question that is “%(state)s” cannot be changed this way (%(action)s).")
        % {"state": question.get_state_display(), "action": transition.label},
        code="invalid_state",
    )


def can(user, question, action):
    """Whether ``user`` may make ``action`` on ``question`` now (for buttons)."""
    try:
        check(user, question, action)
    except (PermissionDenied, ValidationError):
        return False
    return True


def allowed_actions(user, question):
    return [name for name in TRANSITIONS if can(user, question, name)]


def check(user, question, action):
    """Raise PermissionDenied (wrong person) or ValidationError (wrong state)."""
    transition = TRANSITIONS[action]
    if not has_role(user, question.site, transition.role):
        raise PermissionDenied(
            _("Only the head or deputy head of the board can do this.")
            if transition.role == APPROVER
            else _("Only members of this commune's board can do this.")
        )
    if question.state not in transition.sources:
        raise _state_error(question, transition)
    if action == "erase" and question.erased_at:
        raise ValidationError(_("This asker's personal data was already erased."), code="erased")
    if action == "publish" and question.answered_by_id == user.pk:
        # Four eyes (docs/requirements.md §2): nobody approves their own answer.
        raise PermissionDenied(_("You wrote this answer: another approver must publish it."))


def _clean_text(value, *, field, max_length, required_message):
    value = nfc((value or "").strip())
    if not value:
        raise ValidationError({field: required_message})
    if len(value) > max_length:
        raise ValidationError({field: _("At most %(max)d characters.") % {"max": max_length}})
    return value


def _change(user, question, action, mutate, note=""):
    """Lock the row, re-check, mutate, save, record; refresh ``question``."""
    transition = TRANSITIONS[action]
    with transaction.atomic():
        locked = Question.objects.select_for_update().select_related("site").get(pk=question.pk)
        if user is not None:
            check(user, locked, action)
        elif locked.state not in transition.sources:
            raise _state_error(locked, transition)
        from_state = locked.state
        now = timezone.now()
        mutate(locked, now)
        if transition.target:
            locked.state = transition.target
        locked.save()
        if transition.target in CLOSED_STATES:
            tell_asker(locked)  # answered or refused: queued with this change
        QuestionEvent.objects.create(
            question=locked,
            actor=user,
            at=now,
            action=action,
            from_state=from_state,
            to_state=locked.state,
            note=note,
        )
    question.refresh_from_db()
    return question


def assign(user, question, assignee, note=""):
    if assignee is None or not has_role(assignee, question.site, MEMBER):
        raise ValidationError(
            {"assignee": _("Choose a member of this commune's board.")}, code="not_member"
        )

    def mutate(q, now):
        q.assignee = assignee

    return _change(user, question, "assign", mutate, note=note[:NOTE_MAX_LENGTH])


def answer(user, question, text):
    text = _clean_text(
        text,
        field="answer",
        max_length=ANSWER_MAX_LENGTH,
        required_message=_("Write the answer."),
    )

    def mutate(q, now):
        q.answer = text
        q.answered_by = user
        q.answered_at = now

    return _change(user, question, "answer", mutate)


def submit(user, question, note=""):
    return _change(user, question, "submit", lambda q, now: None, note=note[:NOTE_MAX_LENGTH])


def send_back(user, question, note):
    note = _clean_text(
        note,
        field="note",
        max_length=NOTE_MAX_LENGTH,
        required_message=_("Say what should change in the answer."),
    )
    return _change(user, question, "send_back", lambda q, now: None, note=note)


def _refresh_public_pages(site):
    """Let the per-site page cache drop /hoi-dap/ once an answer is public."""
    bump_sites([site])


def publish(user, question):
    def mutate(q, now):
        q.approved_by = user
        q.published_at = now
        q.closed_at = now
        q.search_text = fold(f"{q.text} {q.answer} {q.get_topic_display()}")
        transaction.on_commit(lambda: _refresh_public_pages(q.site))

    return _change(user, question, "publish", mutate)


def refuse(user, question, reason):
    reason = _clean_text(
        reason,
        field="reason",
        max_length=NOTE_MAX_LENGTH,
        required_message=_("Give the reason for refusing the question."),
    )

    def mutate(q, now):
        q.refusal_reason = reason
        q.closed_at = now

    return _change(user, question, "refuse", mutate, note=reason)


def erase_personal_data(user, question, note=""):
    """Blank the asker's name and contacts, keep the question and the log.

    ``user`` None means the retention command, which has no board role.
    """

    def mutate(q, now):
        if q.erased_at:
            raise ValidationError(_("This asker's personal data was already erased."))

        # The receipt and any notice quoting the asker go from the mail queue too.
        erase_person(name=q.asker_name, phone=q.phone, email=q.email)
        q.asker_name = ""
        q.phone = ""
        q.email = ""
        q.notify_by_email = False
        q.erased_at = now

    return _change(user, question, "erase", mutate, note=note[:NOTE_MAX_LENGTH])
