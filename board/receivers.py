"""Signal receivers of the board's roles and workflow.

Imported by BoardConfig.ready(), as Django advises for receivers.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.signals import user_logged_in
from django.db.models.signals import post_delete, post_migrate, post_save
from django.dispatch import receiver

from wagtail.admin.mail import (
    GroupApprovalTaskStateSubmissionEmailNotifier,
    WorkflowStateApprovalEmailNotifier,
    WorkflowStateRejectionEmailNotifier,
    WorkflowStateSubmissionEmailNotifier,
)
from wagtail.models import PageLogEntry, TaskState, WorkflowState
from wagtail.signals import task_submitted, workflow_approved, workflow_rejected, workflow_submitted

from board.models import BoardMembership, UnitApprovalTask
from board.services.notifications import RoutedNotifierMixin
from board.services.provisioning import on_site_created
from board.services.roles import (
    DISTRICT_MODEL_PERMISSIONS,
    grant_oversight_permissions,
    grant_permissions,
    grant_role_permissions_everywhere,
    sync_user_roles,
)
from board.services.unit_approval import ask_leader
from board.services.workflow import record_direct_publication
from board.workflow_finish import is_workflow_publication
from core.models import SiteRoleGroup
from deadlines.services import DISTRICT_DEADLINE_PERMISSIONS
from home.signals import site_created


def _sync(user_id):
    user = get_user_model().objects.filter(pk=user_id).first()
    if user is not None:
        sync_user_roles(user)


@receiver([post_save, post_delete], sender=BoardMembership)
def membership_changed(sender, instance, **kwargs):
    """Grant or revoke the member's role at once."""
    _sync(instance.user_id)


@receiver(user_logged_in)
def sync_roles_at_login(sender, user, **kwargs):
    """A membership whose end date passed since the last daily sync stops
    counting the moment its holder logs in."""
    sync_user_roles(user)


@receiver(post_save, sender=PageLogEntry)
def mark_direct_publication(sender, instance, created, **kwargs):
    """A page published by the head or deputy outside the workflow becomes
    an emergency publication awaiting review. Wagtail's published signal
    carries no user, the "wagtail.publish" log entry does."""
    if not created or instance.action != "wagtail.publish" or instance.user_id is None:
        return
    if is_workflow_publication():
        return
    record_direct_publication(instance.page, instance.revision_id, instance.user)


@receiver(task_submitted)
def ask_unit_leader(sender, instance, **kwargs):
    """The unit leader's step has started: email the leader their link
    (an item no unit supplied passes the step without one)."""
    if isinstance(instance.task.specific, UnitApprovalTask):
        ask_leader(instance)


@receiver(post_save, sender=SiteRoleGroup)
def district_admins_manage_deadlines(sender, instance, created, **kwargs):
    """The district admins' group (a role group without a site) manages the
    working-day exceptions and the deadline rules."""
    if created and instance.site_id is None:
        grant_permissions(instance.group, DISTRICT_DEADLINE_PERMISSIONS)
        grant_oversight_permissions(instance.group)


@receiver(post_migrate)
def existing_district_admins_manage_deadlines(sender, **kwargs):
    """After ``migrate``, the district admins' group of an installation made
    before these permissions existed gets them too."""
    if getattr(sender, "name", None) != "board":
        return
    for link in SiteRoleGroup.objects.filter(site__isnull=True).select_related("group"):
        grant_permissions(link.group, DISTRICT_DEADLINE_PERMISSIONS + DISTRICT_MODEL_PERMISSIONS)
        grant_oversight_permissions(link.group)
    grant_role_permissions_everywhere()


class _TaskSubmitted(RoutedNotifierMixin, GroupApprovalTaskStateSubmissionEmailNotifier):
    pass


class _Submitted(RoutedNotifierMixin, WorkflowStateSubmissionEmailNotifier):
    pass


class _Rejected(RoutedNotifierMixin, WorkflowStateRejectionEmailNotifier):
    pass


class _Approved(RoutedNotifierMixin, WorkflowStateApprovalEmailNotifier):
    pass


# Wagtail's workflow emails, each routed by the member's choice (immediate
# or daily): ours take Wagtail's dispatch_uid, so its own are not connected.
for _signal, _sender, _uid, _notifier in (
    (
        task_submitted,
        TaskState,
        "group_approval_task_submitted_email_notification",
        _TaskSubmitted(),
    ),
    (
        workflow_submitted,
        WorkflowState,
        "workflow_state_submitted_email_notification",
        _Submitted(),
    ),
    (workflow_rejected, WorkflowState, "workflow_state_rejected_email_notification", _Rejected()),
    (workflow_approved, WorkflowState, "workflow_state_approved_email_notification", _Approved()),
):
    _signal.disconnect(sender=_sender, dispatch_uid=_uid)
    _signal.connect(_notifier, sender=_sender, dispatch_uid=_uid, weak=False)

# A new commune site gets its groups and workflow in the same transaction.
site_created.connect(on_site_created, dispatch_uid="board.provision_site")
