"""Receiving and moderating comments on drafts (docs/consultations.md).

Every change goes through these functions (the public view, the moderation
screens, the commands and the tests call them): a comment is received only
while its draft is open, moderated only by the board of its own commune,
numbered when approved so the report can cite it, and its personal data is
erased when it is marked as spam, on request, or after the site's retention
period (the questions' setting) once the consultation has closed.
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from consultations.models.comments import CommentState, DraftComment
from core.page_cache import bump_sites
from core.text import nfc
from questions.models.records import QuestionSettings
from questions.services.retention import months_before
from questions.services.roles import MEMBER, has_role

REASON_MAX = 2000


def receive_comment(
    *, page, site, notice, commenter_name, contact, text, organisation="", article="", now=None
):
    """Store a comment already validated by ``CommentForm``; refuse one on a
    draft that is not open for comments (nothing is stored)."""
    now = now or timezone.now()
    if not page.live or not page.is_open:
        raise ValidationError(_("This draft is not open for comments."), code="closed")
    return DraftComment.objects.create(
        site=site,
        page=page,
        commenter_name=commenter_name,
        organisation=organisation,
        contact=contact,
        article=article,
        text=text,
        submitted_at=now,
        consent_at=now,
        consent_notice=notice,
        consent_version=notice.version,
    )


def can_moderate(user, comment):
    return has_role(user, comment.site, MEMBER)


def _locked(user, comment, sources):
    locked = DraftComment.objects.select_for_update().select_related("site").get(pk=comment.pk)
    if user is not None and not can_moderate(user, locked):
        raise PermissionDenied(_("Only members of this commune's board can do this."))
    if locked.state not in sources:
        raise ValidationError(
            _("This comment is “%(state)s” and cannot be changed this way.")
            % {"state": locked.get_state_display()},
            code="invalid_state",
        )
    return locked


def _moderate(user, comment, state, note="", sources=(CommentState.PENDING,)):
    with transaction.atomic():
        locked = _locked(user, comment, sources)
        locked.state = state
        locked.moderation_note = note
        locked.moderated_by = user
        locked.moderated_at = timezone.now()
        if state == CommentState.APPROVED:
            last = DraftComment.objects.filter(page_id=locked.page_id).aggregate(n=Max("number"))
            locked.number = (last["n"] or 0) + 1
        if state == CommentState.SPAM:
            _erase(locked)
        locked.save()
        if state == CommentState.APPROVED:
            # The draft's public page lists approved comments.
            site = locked.site
            transaction.on_commit(lambda: bump_sites([site]))
    comment.refresh_from_db()
    return comment


def approve(user, comment):
    return _moderate(user, comment, CommentState.APPROVED)


def _reason(reason):
    reason = nfc((reason or "").strip())
    if not reason:
        raise ValidationError({"reason": _("Give the reason for rejecting the comment.")})
    if len(reason) > REASON_MAX:
        raise ValidationError({"reason": _("At most %(max)d characters.") % {"max": REASON_MAX}})
    return reason


def reject(user, comment, reason):
    return _moderate(user, comment, CommentState.REJECTED, note=_reason(reason))


def mark_spam(user, comment):
    """Spam keeps no personal data: the contact is erased at once."""
    return _moderate(
        user, comment, CommentState.SPAM, sources=(CommentState.PENDING, CommentState.REJECTED)
    )


def _erase(comment):
    # No email quotes a commenter (nothing is sent to or about them), so
    # unlike a question's erasure the mail queue has nothing to mask.
    if comment.erased_at:
        return
    comment.commenter_name = ""
    comment.organisation = ""
    comment.contact = ""
    comment.erased_at = timezone.now()


def erase_personal_data(user, comment):
    """Blank the commenter's name, organisation and contact; keep the comment."""
    with transaction.atomic():
        locked = _locked(user, comment, tuple(CommentState.values))
        if locked.erased_at:
            raise ValidationError(_("This person's personal data was already erased."))
        _erase(locked)
        locked.save()
        if locked.state == CommentState.APPROVED:
            site = locked.site
            transaction.on_commit(lambda: bump_sites([site]))
    comment.refresh_from_db()
    return comment


def expired_comments(site, now=None):
    """Comments whose consultation closed longer ago than the site's retention."""
    now = now or timezone.now()
    months = QuestionSettings.for_site(site).retention_months
    cutoff = timezone.localdate(months_before(now, months))
    return DraftComment.objects.filter(
        site=site, page__closes_on__lt=cutoff, erased_at__isnull=True
    )


def purge_expired(sites, now=None, dry_run=False):
    """Erase the personal data of every comment past retention; {site: count}."""
    erased = {}
    for site in sites:
        comments = list(expired_comments(site, now=now))
        if not comments:
            continue
        erased[site.site_name or site.hostname] = len(comments)
        if not dry_run:
            for comment in comments:
                erase_personal_data(None, comment)
    return erased
