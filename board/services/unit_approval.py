"""The unit leader's approval by emailed link (requirements S4, point 2).

The workflow's first step (board.models.UnitApprovalTask) waits for it. The
leader has no account: a link signed with the installation's secret names
one request, which names one revision. The link works once, until it
expires (UNIT_APPROVAL_LINK_DAYS, 7 by default), on the item's own commune
host, and only while that revision is still the one waiting: an edit of the
item restarts the workflow, which sends a new link for the new revision.
"""

import datetime
import logging

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from wagtail.log_actions import log
from wagtail.models import TaskState

from board.models import UnitApprovalRequest, UnitApprovalTask
from board.models.supply import supplying_unit_of
from core.text import local_moment
from outbox.services.mail import send_after_commit

logger = logging.getLogger(__name__)

SALT = "board.unit-approval"
#: The fields of the item that record the leader's approval.
RECORD_FIELDS = ("unit_approver_name", "unit_approved_on")


class LinkRefused(Exception):
    """Why a link cannot be used, with the HTTP status to answer."""

    def __init__(self, status, message):
        super().__init__(message)
        self.status = status
        self.message = message


def link_days():
    return getattr(settings, "UNIT_APPROVAL_LINK_DAYS", 7)


def token_for(approval_request):
    return signing.dumps(approval_request.pk, salt=SALT)


def link_for(approval_request, site):
    return site.root_url + reverse("unit_approval", args=[token_for(approval_request)])


def _page(task_state):
    return task_state.workflow_state.content_object.specific


def ask_leader(task_state):
    """Send the unit's leader a link to approve ``task_state``'s revision.
    Returns the request, or None when the unit has no leader's email (the
    head then waives the step)."""
    unit = supplying_unit_of(task_state.revision)
    if unit is None:
        return None
    if not unit.leader_email:
        logger.info("unit %s has no leader email; the head has to waive", unit.pk)
        return None
    now = timezone.now()
    approval_request = UnitApprovalRequest.objects.create(
        task_state=task_state,
        revision=task_state.revision,
        unit=unit,
        leader_name=unit.leader_name,
        leader_email=unit.leader_email,
        sent_at=now,
        expires_at=now + datetime.timedelta(days=link_days()),
    )
    send_after_commit([_request_message(approval_request, _page(task_state))])
    return approval_request


def _request_message(approval_request, page):
    site = page.get_site()
    item = approval_request.revision.as_object()
    with translation.override(settings.LANGUAGE_CODE):
        context = {
            "request": approval_request,
            "item": item,
            "site": site,
            "link": link_for(approval_request, site),
            "expires_at": timezone.localtime(approval_request.expires_at),
        }
        subject = _("%(site)s: please approve “%(title)s” before the board reviews it") % {
            "site": site.site_name,
            "title": item.title,
        }
        body = render_to_string("board/mail/unit_approval_request.txt", context)
    return EmailMessage(subject, body, None, [approval_request.leader_email])


def resolve(token, site):
    """The request a link names, if it can still be used on ``site``;
    otherwise LinkRefused with a Vietnamese message: 403 for a link that is
    not ours, 410 for one that was ours and no longer works."""
    try:
        pk = signing.loads(token, salt=SALT)
        approval_request = UnitApprovalRequest.objects.select_related(
            "task_state__workflow_state", "revision", "unit"
        ).get(pk=pk)
    except (signing.BadSignature, UnitApprovalRequest.DoesNotExist, TypeError, ValueError):
        raise LinkRefused(403, _("This link is not valid.")) from None
    page = _page(approval_request.task_state)
    if site is None or page.get_site() != site:
        raise LinkRefused(403, _("This link is not valid."))
    if approval_request.is_used:
        raise LinkRefused(
            410,
            _("This link has already been used: the item was %(decision)s on %(date)s.")
            % {
                "decision": approval_request.get_decision_display().lower(),
                "date": local_moment(approval_request.decided_at),
            },
        )
    if approval_request.is_expired:
        raise LinkRefused(
            410,
            _("This link expired on %(date)s. Ask the editorial board to send a new one.")
            % {"date": local_moment(approval_request.expires_at)},
        )
    task_state = approval_request.task_state
    if (
        task_state.status != TaskState.STATUS_IN_PROGRESS
        or task_state.revision_id != approval_request.revision_id
        or page.latest_revision_id != approval_request.revision_id
    ):
        raise LinkRefused(
            410,
            _(
                "The item has changed since this link was sent, or it is no longer waiting "
                "for your approval. A new link is sent for each new version."
            ),
        )
    approval_request.page = page
    return approval_request


@transaction.atomic
def decide(token, site, approve, comment=""):
    """Record the leader's answer and move the workflow on: approved, the
    item goes to the board's review; declined, it goes back to its author
    with the comment. Raises LinkRefused like ``resolve``."""
    approval_request = resolve(token, site)
    # Two clicks at once: the second waits here and finds the link used.
    UnitApprovalRequest.objects.select_for_update().filter(pk=approval_request.pk).first()
    approval_request = resolve(token, site)
    comment = comment.strip()
    if not approve and not comment:
        raise ValueError(_("Say why the item is declined: a comment is required."))
    now = timezone.now()
    approval_request.decision = (
        UnitApprovalRequest.Decision.APPROVED if approve else UnitApprovalRequest.Decision.DECLINED
    )
    approval_request.decided_at = now
    approval_request.comment = comment
    approval_request.save(update_fields=["decision", "decided_at", "comment"])

    page = approval_request.page
    who = approval_request.leader_name or approval_request.leader_email
    if approve:
        _record_on_item(page, approval_request.revision, who, timezone.localdate(now))
    log(
        instance=page,
        action="board.unit_approval.approved" if approve else "board.unit_approval.declined",
        revision=approval_request.revision,
        data={
            "leader": who,
            "unit": str(approval_request.unit or ""),
            "revision": approval_request.revision_id,
            "comment": comment,
        },
    )
    task_state = approval_request.task_state
    note = _("%(leader)s (unit leader, by emailed link): %(comment)s") % {
        "leader": who,
        "comment": comment or "–",
    }
    if approve:
        task_state.approve(user=None, comment=note)
    else:
        task_state.reject(user=None, comment=note)
    return approval_request


def _record_on_item(page, revision, who, day):
    """Write who approved and when into the approved revision (which is
    what gets published) and the page's row (which the reports read)."""
    revision.content["unit_approver_name"] = who
    revision.content["unit_approved_on"] = day.isoformat()
    revision.save(update_fields=["content"])
    type(page).objects.filter(pk=page.pk).update(unit_approver_name=who, unit_approved_on=day)


def _clear_record(revision):
    if revision is not None and any(revision.content.get(field) for field in RECORD_FIELDS):
        for field in RECORD_FIELDS:
            revision.content[field] = None if field == "unit_approved_on" else ""
        revision.save(update_fields=["content"])


def ask_again_after_edit(page, user):
    """An edit of a supplied item after its leader's step ran on an earlier
    revision restarts the workflow, as Wagtail's own "restart" does, so the
    leader is asked about the new text (and the board reviews it again)."""
    workflow_state = page.current_workflow_state
    if workflow_state is None or workflow_state.status != workflow_state.STATUS_IN_PROGRESS:
        return False
    latest = page.get_latest_revision()
    if supplying_unit_of(latest) is None:
        return False
    leader_step = (
        TaskState.objects.filter(
            workflow_state=workflow_state, task__in=UnitApprovalTask.objects.all()
        )
        .order_by("-started_at", "-pk")
        .first()
    )
    if leader_step is None or leader_step.revision_id == latest.pk:
        return False
    _clear_record(latest)
    workflow = workflow_state.workflow
    workflow_state.cancel(user=user)
    workflow.start(page, user)
    return True
