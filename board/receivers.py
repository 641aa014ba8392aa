"""Signal receivers of the board's roles and workflow.

Kept apart from board/signals.py (the deadlines' receivers) so the two
concerns change independently; both are connected in BoardConfig.ready().
"""

from django.contrib.auth.signals import user_logged_in
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from wagtail.models import PageLogEntry

from .models import BoardMembership


def _sync(user_id):
    from django.contrib.auth import get_user_model

    from .services.roles import sync_user_roles

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
    from .services.roles import sync_user_roles

    sync_user_roles(user)


@receiver(post_save, sender=PageLogEntry)
def mark_direct_publication(sender, instance, created, **kwargs):
    """A page published by the head or deputy outside the workflow becomes
    an emergency publication awaiting review. Wagtail's published signal
    carries no user, the "wagtail.publish" log entry does."""
    if not created or instance.action != "wagtail.publish" or instance.user_id is None:
        return
    from .services.workflow import record_direct_publication
    from .workflow_finish import is_workflow_publication

    if is_workflow_publication():
        return
    record_direct_publication(instance.page, instance.revision_id, instance.user)
