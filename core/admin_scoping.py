"""Keep every board admin view to the user's own sites.

Wagtail's generic views check model permissions, not which site an object
belongs to; these mixins add that check to every view of a viewset (index,
edit, history, revisions, delete, inspect…) and to its chooser, so commune
A's head gets a 404 for commune B's board whatever URL is typed.
"""

from functools import wraps

from django.contrib.admin.utils import unquote
from django.http import Http404

from wagtail.admin.menu import MenuItem
from wagtail.snippets.views.chooser import (
    ChooseResultsView,
    ChooseView,
    SnippetChooserViewSet,
    SnippetChosenView,
)

from core.access import is_district_admin, sites_where
from core.site_scope import SiteScope


def scope_to_user_sites(queryset, user):
    """``queryset`` limited to ``user``'s sites, by the one rule that every
    admin screen uses (core.site_scope.SiteScope)."""
    scope = SiteScope.for_user(user)
    rule = None if scope.unlimited else scope.rule(queryset.model)
    return queryset if rule is None else queryset.filter(rule)


class SiteScopedViewSetMixin:
    """For a SnippetViewSet of a model tied to a site (core.site_scope)."""

    def get_queryset(self, request):
        return scope_to_user_sites(self.model._default_manager.all(), request.user)

    def construct_view(self, view_class, **kwargs):
        view = super().construct_view(view_class, **kwargs)

        @wraps(view)
        def scoped_view(request, *args, **view_kwargs):
            pk = view_kwargs.get("pk")
            if (
                pk is not None
                and not self.get_queryset(request).filter(pk=unquote(str(pk))).exists()
            ):
                raise Http404
            return view(request, *args, **view_kwargs)

        return scoped_view


class _ScopedChooserMixin:
    def get_object_list(self):
        return scope_to_user_sites(super().get_object_list(), self.request.user)


class ScopedChooseView(_ScopedChooserMixin, ChooseView):
    pass


class ScopedChooseResultsView(_ScopedChooserMixin, ChooseResultsView):
    pass


class ScopedChosenView(SnippetChosenView):
    def get_object(self, pk):
        obj = super().get_object(pk)
        if not scope_to_user_sites(
            type(obj)._default_manager.filter(pk=obj.pk), self.request.user
        ).exists():
            raise Http404
        return obj


class ScopedSnippetChooserViewSet(SnippetChooserViewSet):
    choose_view_class = ScopedChooseView
    choose_results_view_class = ScopedChooseResultsView
    chosen_view_class = ScopedChosenView


class RoleMenuItem(MenuItem):
    """A menu item shown to district admins and to holders of ``roles`` on
    some site."""

    def __init__(self, *args, roles=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.roles = roles

    def is_shown(self, request):
        user = request.user
        return is_district_admin(user) or sites_where(user, self.roles).exists()
