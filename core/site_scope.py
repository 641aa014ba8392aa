"""Which commune site an object belongs to, for every kind of object an admin
URL or an admin filter can name.

One place answers "may this user see that object?" for pages, images,
documents, collections, revisions, workflow and task states, workflows,
tasks, users, groups, sites and every model with a ``site`` or ``page``
field. The admin's walls (board.admin_walls) ask it before any view
renders; district admins see everything.
"""

from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db.models import Q
from django.utils.functional import cached_property

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import (
    Collection,
    Page,
    Revision,
    Site,
    Task,
    TaskState,
    Workflow,
    WorkflowState,
)

from core.access import is_district_admin, user_sites
from core.models import SiteProfile, Supplier


def _prefix_q(field, paths):
    q = Q(pk__in=[])
    for path in paths:
        q |= Q(**{f"{field}__startswith": path})
    return q


class SiteScope:
    """What one user may see: their sites, their page subtrees and their
    collections. Built once per request (``for_user``)."""

    def __init__(self, user):
        self.user = user
        self.unlimited = is_district_admin(user)

    @cached_property
    def site_ids(self):
        return set(user_sites(self.user).values_list("pk", flat=True))

    @cached_property
    def root_paths(self):
        return list(
            Site.objects.filter(pk__in=self.site_ids).values_list("root_page__path", flat=True)
        )

    @cached_property
    def collection_paths(self):
        return list(
            SiteProfile.objects.filter(
                site__in=self.site_ids, collection__isnull=False
            ).values_list("collection__path", flat=True)
        )

    @classmethod
    def for_user(cls, user):
        scope = getattr(user, "_site_scope", None)
        if scope is None:
            scope = cls(user)
            user._site_scope = scope
        return scope

    @property
    def single_root_page_id(self):
        """The user's commune root, when they sit on exactly one board."""
        if self.unlimited or len(self.root_paths) != 1:
            return None
        return Page.objects.filter(path=self.root_paths[0]).values_list("pk", flat=True).first()

    # -- querysets -----------------------------------------------------------

    def rule(self, model):
        """The filter keeping ``model``'s rows of the user's sites, or None
        when nothing ties that model to a site."""
        return self._rule(model)

    def _rule(self, model):
        if issubclass(model, Page):
            return _prefix_q("path", self.root_paths)
        if issubclass(model, (get_image_model(), get_document_model())):
            return _prefix_q("collection__path", self.collection_paths)
        if issubclass(model, Collection):
            return _prefix_q("path", self.collection_paths)
        if issubclass(model, Site):
            return Q(pk__in=self.site_ids)
        if issubclass(model, Group):
            return Q(site_role__site__in=self.site_ids)
        if issubclass(model, get_user_model()):
            return Q(pk=self.user.pk) | Q(groups__site_role__site__in=self.site_ids)
        if issubclass(model, Workflow):
            return _prefix_q("workflow_pages__page__path", self.root_paths)
        if issubclass(model, Task):
            return _prefix_q(
                "workflow_tasks__workflow__workflow_pages__page__path", self.root_paths
            )
        if issubclass(model, Supplier):
            return Q(unit__site__in=self.site_ids)
        for field_name, rule in (("site", "site__in"), ("page", "page__path")):
            try:
                field = model._meta.get_field(field_name)
            except FieldDoesNotExist:
                continue
            if field.is_relation and field.related_model is not None:
                if rule == "site__in" and issubclass(field.related_model, Site):
                    return Q(site__in=self.site_ids)
                if rule == "page__path" and issubclass(field.related_model, Page):
                    return _prefix_q("page__path", self.root_paths)
        return None

    def filter(self, queryset):
        """``queryset`` limited to the user's sites (unchanged for district
        admins and for models tied to no site)."""
        if self.unlimited:
            return queryset
        rule = self._rule(queryset.model)
        if rule is None:
            return queryset
        return queryset.filter(rule).distinct()

    def pages(self, queryset):
        """A page queryset limited to the user's subtrees (no join, no DISTINCT)."""
        return queryset if self.unlimited else queryset.filter(_prefix_q("path", self.root_paths))

    def knows(self, model):
        return (
            self.unlimited
            or self._rule(model) is not None
            or issubclass(model, (Revision, WorkflowState, TaskState))
        )

    # -- single objects --------------------------------------------------------

    def allows(self, model, pk):
        """False when the object exists and belongs to another site; True
        when it is the user's or does not exist (the view then answers 404
        itself); None when nothing ties that kind of object to a site."""
        if self.unlimited:
            return True
        try:
            if issubclass(model, TaskState):
                row = (
                    model._default_manager.filter(pk=pk)
                    .values_list("workflow_state_id", flat=True)
                    .first()
                )
                return True if row is None else self.allows(WorkflowState, row)
            if issubclass(model, (Revision, WorkflowState)):
                row = (
                    model._default_manager.filter(pk=pk)
                    .values_list("base_content_type_id", "object_id")
                    .first()
                )
                if row is None:
                    return True

                target = ContentType.objects.get_for_id(row[0]).model_class()
                return True if target is None else self.allows(target, row[1]) is not False
            rule = self._rule(model)
            if rule is None:
                return None
            rows = model._default_manager.filter(pk=pk)
            if not rows.exists():
                return True
            return rows.filter(rule).exists()
        except (ValueError, TypeError, ValidationError, OverflowError):
            return True  # no such object: the view's own 404


def model_named(app_label, model_name):
    try:
        return apps.get_model(app_label, model_name)
    except (LookupError, ValueError):
        return None
