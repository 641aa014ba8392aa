"""The review → approval workflow of every commune site, four eyes, and
emergency publications (docs/requirements.md §2).

Wagtail's Workflow does the moving and the email notifications; this module
only builds each site's workflow, says who wrote what is under review, and
records publications made at once by the head outside the workflow.
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from wagtail.models import Page, Revision, Workflow, WorkflowPage, WorkflowState, WorkflowTask
from wagtail.search.index import insert_or_update_object

from board.models import EmergencyPublication, FourEyesApprovalTask, UnitApprovalTask
from core.access import is_district_admin, user_roles
from core.models import Role, SiteRoleGroup
from deadlines.services import due_date_for

REVIEW_ROLES = (Role.EDITOR, Role.DEPUTY)
APPROVAL_ROLES = (Role.HEAD, Role.DEPUTY)


def _groups(site, roles):
    return [
        link.group
        for link in SiteRoleGroup.objects.filter(site=site, role__in=roles).select_related("group")
    ]


@transaction.atomic
def provision_site_workflow(site, root_page=None):
    """Create the site's workflow (the supplying unit leader's approval, for
    supplied items; review by the editor or deputy; then approval by the
    head or deputy) and assign it to the site's root page.
    Idempotent: an existing assignment is kept."""
    root_page = root_page or site.root_page
    existing = WorkflowPage.objects.filter(page=root_page).select_related("workflow").first()
    if existing:
        return existing.workflow
    with translation.override("vi"):
        name = site.site_name[:200]
        workflow = Workflow.objects.create(
            name=_("%(site)s – review and approval") % {"site": name}
        )
        leader = UnitApprovalTask.objects.create(
            name=_("%(site)s – unit leader's approval") % {"site": name}
        )
        review = FourEyesApprovalTask.objects.create(name=_("%(site)s – review") % {"site": name})
        review.groups.set(_groups(site, REVIEW_ROLES))
        approval = FourEyesApprovalTask.objects.create(
            name=_("%(site)s – approval") % {"site": name}
        )
        approval.groups.set(_groups(site, APPROVAL_ROLES))
    for order, task in enumerate((leader, review, approval)):
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=order)
    WorkflowPage.objects.create(workflow=workflow, page=root_page)
    return workflow


# ---------------------------------------------------------------------------
# Emergency publications
# ---------------------------------------------------------------------------


def published_by_workflow(page, revision_id):
    """True when this publication is the end of an approved workflow."""
    return WorkflowState.objects.filter(
        base_content_type_id=page.get_base_content_type().pk,
        object_id=str(page.pk),
        status=WorkflowState.STATUS_APPROVED,
        current_task_state__revision_id=revision_id,
    ).exists()


def publishes_at_once(user, page):
    """The site of ``page`` when ``user`` publishing it directly (not as the
    workflow's last step) makes an emergency publication: the head or deputy
    of its site. None for district admins, superusers and scripts."""

    if user is None or user.is_superuser:
        return None
    site = page.get_site()
    if site is None or not user_roles(user, site) & {Role.HEAD, Role.DEPUTY}:
        return None
    return site


def record_direct_publication(page, revision_id, user):
    """Mark a publication made at once by the head or deputy of the page's
    site, outside the workflow, with its review deadline. Others (district
    admins, scripts, the workflow's own final step) are not marked."""

    site = publishes_at_once(user, page)
    if site is None or published_by_workflow(page, revision_id):
        return None
    revision = Revision.objects.filter(pk=revision_id).first() if revision_id else None
    now = timezone.now()
    return EmergencyPublication.objects.create(
        site=site,
        page=page,
        revision=revision,
        published_by=user,
        published_at=now,
        review_due=due_date_for("emergency", now, site),
    )


REASON_MAX_LENGTH = 2000


def keep_as_draft(page):
    """A page never published that Wagtail's add view has just saved live
    (it publishes new pages that way) goes back to being a draft until the
    reason is given: no one sees it, no deadline verdict is recorded."""
    if page.first_published_at is not None or not page.live:
        return
    Page.objects.filter(pk=page.pk).update(live=False, has_unpublished_changes=True)
    if getattr(page, "published_on_time", None) is not None:
        type(page)._default_manager.filter(pk=page.pk).update(published_on_time=None)
    page.live, page.has_unpublished_changes = False, True
    if hasattr(page, "published_on_time"):
        page.published_on_time = None
    insert_or_update_object(page)


def publish_at_once(user, page, revision, reason):
    """Publish ``revision`` of ``page`` at once, outside the workflow, with the
    reason the head gives (seed 002): refused without a reason, or for any
    revision but the page's latest. All or nothing."""

    reason = " ".join((reason or "").split())
    if not reason:
        raise ValidationError(
            {"reason": _("Give the reason for publishing at once, without review.")}
        )
    if len(reason) > REASON_MAX_LENGTH:
        raise ValidationError(
            {"reason": _("At most %(max)d characters.") % {"max": REASON_MAX_LENGTH}}
        )
    if revision.object_id != str(page.pk) or revision.pk != page.latest_revision_id:
        raise ValidationError(_("The page has changed since: open it again."), code="stale")
    if not page.permissions_for_user(user).can_publish():
        raise PermissionDenied
    with transaction.atomic():
        revision.publish(user=user)
        EmergencyPublication.objects.filter(page=page, revision=revision, reason="").update(
            reason=reason
        )


def can_review_emergency(user, publication):
    """The deputy reviews what the head published, the head what the deputy
    published; never one's own."""

    if publication.published_by_id == user.pk:
        return False
    if is_district_admin(user):
        return True
    return bool(user_roles(user, publication.site) & {Role.HEAD, Role.DEPUTY})


@transaction.atomic
def review_emergency_publication(publication, user, note=""):
    if publication.is_reviewed:
        return publication
    if not can_review_emergency(user, publication):
        raise PermissionDenied(_("You cannot review this publication."))
    publication.reviewed_by = user
    publication.reviewed_at = timezone.now()
    publication.review_note = note
    publication.save(update_fields=["reviewed_by", "reviewed_at", "review_note"])
    return publication


def overdue_emergency_publications(sites=None, today=None):
    """Emergency publications not reviewed by their review deadline."""
    today = today or timezone.localdate()
    return pending_emergency_publications(sites).filter(review_due__lt=today)


def pending_emergency_publications(sites=None):
    """Emergency publications still awaiting review, newest first; for the
    deputy's list and the district dashboard."""
    qs = EmergencyPublication.objects.filter(reviewed_at__isnull=True).select_related(
        "site", "page", "published_by"
    )
    if sites is not None:
        qs = qs.filter(site__in=sites)
    return qs.order_by("-published_at")
