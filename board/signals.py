from django.db.models.signals import post_delete, post_migrate, post_save
from django.dispatch import receiver

from wagtail.models import Site
from wagtail.signals import page_published

from .mixins import DeadlineMixin
from .models import DeadlinePolicy, SiteDeadlinePolicy, SiteRoleGroup, WorkingDayOverride
from .services.deadlines import (
    forget_overrides,
    forget_policies,
    grant_deadline_permissions,
    recompute_pending_due_dates,
    record_first_publication,
)
from .services.reports import grant_oversight_permissions


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


@receiver(post_save, sender=SiteRoleGroup)
def district_admins_manage_deadlines(sender, instance, created, **kwargs):
    """The district admins' group (a role group without a site) manages the
    working-day exceptions and the deadline rules."""
    if created and instance.site_id is None:
        grant_deadline_permissions(instance.group)
        grant_oversight_permissions(instance.group)


@receiver(post_migrate)
def existing_district_admins_manage_deadlines(sender, **kwargs):
    """After ``migrate``, the district admins' group of an installation made
    before these permissions existed gets them too."""
    if getattr(sender, "name", None) != "board":
        return
    for link in SiteRoleGroup.objects.filter(site__isnull=True).select_related("group"):
        grant_deadline_permissions(link.group)
        grant_oversight_permissions(link.group)
