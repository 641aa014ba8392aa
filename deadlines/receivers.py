"""Deadlines follow the calendar and the rules at once: saving a local
exception or a policy recomputes the due dates of items still waiting."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from wagtail.models import Site
from wagtail.signals import page_published

from deadlines.mixins import DeadlineMixin
from deadlines.models import DeadlinePolicy, SiteDeadlinePolicy, WorkingDayOverride
from deadlines.services import (
    forget_overrides,
    forget_policies,
    recompute_pending_due_dates,
    record_first_publication,
)


@receiver([post_save, post_delete], sender=WorkingDayOverride)
def working_days_changed(sender, **kwargs):
    """A day off or workday added in the admin counts at once, also for the
    items already waiting to be published."""
    forget_overrides()
    recompute_pending_due_dates()


@receiver([post_save, post_delete], sender=DeadlinePolicy)
def host_deadlines_changed(sender, created=False, **kwargs):
    forget_policies()
    if not created:  # a new policy holds the defaults: nothing moves
        recompute_pending_due_dates()


@receiver([post_save, post_delete], sender=SiteDeadlinePolicy)
def site_deadlines_changed(sender, instance, created=False, **kwargs):
    forget_policies(instance.site_id)
    if created and all(days is None for days in instance.days().values()):
        return  # Wagtail creates an empty policy on first read: nothing moves
    site = Site.objects.filter(pk=instance.site_id).select_related("root_page").first()
    if site is not None:
        recompute_pending_due_dates(site)


@receiver(page_published)
def first_publication(sender, instance, **kwargs):
    """The verdict of the first publication (on time or late) is normally
    recorded by the page's own save; this catches publications that saved
    only some fields. The first verdict is never overwritten."""
    if isinstance(instance, DeadlineMixin):
        record_first_publication(instance)
