"""The review → approval workflow of every commune site, four eyes, and
emergency publications (docs/requirements.md §2).

Wagtail's Workflow does the moving and the email notifications; this module
only builds each site's workflow, says who wrote what is under review, and
records publications made at once by the head outside the workflow.
"""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from wagtail.models import Revision, Workflow, WorkflowPage, WorkflowState, WorkflowTask

from board.models import EmergencyPublication, FourEyesApprovalTask
from core.access import is_district_admin, user_roles
from core.models import Role, SiteRoleGroup

REVIEW_ROLES = (Role.EDITOR, Role.DEPUTY)
APPROVAL_ROLES = (Role.HEAD, Role.DEPUTY)


def _groups(site, roles):
    return [
        link.group
        for link in SiteRoleGroup.objects.filter(site=site, role__in=roles).select_related("group")
    ]


@transaction.atomic
def provision_site_workflow(site, root_page=None):
    """Create the site's workflow (review by the editor or deputy, then
    approval by the head or deputy) and assign it to the site's root page.
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
        review = FourEyesApprovalTask.objects.create(name=_("%(site)s – review") % {"site": name})
        review.groups.set(_groups(site, REVIEW_ROLES))
        approval = FourEyesApprovalTask.objects.create(
            name=_("%(site)s – approval") % {"site": name}
        )
        approval.groups.set(_groups(site, APPROVAL_ROLES))
    WorkflowTask.objects.create(workflow=workflow, task=review, sort_order=0)
    WorkflowTask.objects.create(workflow=workflow, task=approval, sort_order=1)
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


def record_direct_publication(page, revision_id, user):
    """Mark a publication made at once by the head or deputy of the page's
    site, outside the workflow. Others (district admins, scripts, the
    workflow's own final step) are not marked."""

    if user is None or user.is_superuser:
        return None
    site = page.get_site()
    if site is None:
        return None
    if not user_roles(user, site) & {Role.HEAD, Role.DEPUTY}:
        return None
    if published_by_workflow(page, revision_id):
        return None
    revision = Revision.objects.filter(pk=revision_id).first() if revision_id else None
    return EmergencyPublication.objects.create(
        site=site, page=page, revision=revision, published_by=user, published_at=timezone.now()
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


def pending_emergency_publications(sites=None):
    """Emergency publications still awaiting review, newest first; for the
    deputy's list and the district dashboard."""
    qs = EmergencyPublication.objects.filter(reviewed_at__isnull=True).select_related(
        "site", "page", "published_by"
    )
    if sites is not None:
        qs = qs.filter(site__in=sites)
    return qs.order_by("-published_at")
