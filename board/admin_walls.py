"""Walls between communes in every admin view, Wagtail's own included.

Wagtail checks what a user may *do* with an object, but several secondary
views (choosers, move and bulk-action confirmations, workflow cancellation,
report filters) render an object, or list users and sites, for anyone with
admin access. Rather than patch those views one by one, this middleware asks
core.site_scope about every object an admin URL names (in its path
or as ``?id=``) before the view runs, answers 404 for another commune's, and
limits the choices of every admin filter to the user's own commune. Wagtail
has no hook that runs before every admin view, hence a middleware.
"""

from django.contrib.auth import get_user_model
from django.http import Http404

from wagtail.contrib.settings.models import BaseSiteSetting
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

from core.site_scope import SiteScope, model_named


def _id_params():
    """URL parameter names that always name the same kind of object."""
    return {
        "page_id": Page,
        "parent_page_id": Page,
        "page_to_move_id": Page,
        "destination_id": Page,
        "page_pk": Page,
        "childOf": Page,  # bulk actions on "all" pages under one parent
        "image_id": get_image_model(),
        "document_id": get_document_model(),
        "doc_id": get_document_model(),
        "revision_id": Revision,
        "revision_id_a": Revision,
        "revision_id_b": Revision,
        "task_state_id": TaskState,
        "workflow_state_id": WorkflowState,
        "task_id": Task,
        "workflow_pk": Workflow,
        "collection_id": Collection,
        "user_id": get_user_model(),
        "site": Site,  # reports and results "for one commune": ?site=
        "site_id": Site,
    }


#: Where a view names its object only as ``pk``, the URL namespace says which kind.
NAMESPACE_MODELS = {
    "wagtailadmin_pages": Page,
    "wagtailadmin_api:pages": Page,
    "wagtailadmin_api:images": get_image_model,
    "wagtailadmin_api:documents": get_document_model,
}

#: Views outside any namespace that name pages only as ``?id=``.
URL_NAME_PREFIX_MODELS = {"wagtailadmin_choose_page": Page}

MODEL_PARAMS = (
    ("app_label", "model_name"),
    ("app_name", "model_name"),
    ("content_type_app_name", "content_type_model_name"),
)
OBJECT_PARAMS = ("pk", "object_id", "id")


def _view_model(match, view_func, kwargs):
    for app_param, model_param in MODEL_PARAMS:
        if app_param in kwargs and model_param in kwargs:
            model = model_named(kwargs[app_param], kwargs[model_param])
            if model is not None and issubclass(model, BaseSiteSetting):
                return Site  # a site setting's admin URL names the site, not the row
            return model
    model = (getattr(view_func, "view_initkwargs", None) or {}).get("model")
    if model is None:
        model = getattr(getattr(view_func, "view_class", None), "model", None)
    if isinstance(model, type):
        return model
    model = NAMESPACE_MODELS.get(match.namespace)
    if model is None:
        model = next(
            (
                m
                for prefix, m in URL_NAME_PREFIX_MODELS.items()
                if (match.url_name or "").startswith(prefix)
            ),
            None,
        )
    return model() if callable(model) and not isinstance(model, type) else model


def _references(request, view_func, kwargs):
    """(model, id) of every object the request names."""
    id_params = _id_params()
    view_model = _view_model(request.resolver_match, view_func, kwargs)
    for name, value in kwargs.items():
        model = id_params.get(name) or (view_model if name in OBJECT_PARAMS else None)
        if model is not None:
            yield model, value
    for name, values in request.GET.lists():
        model = id_params.get(name) or (view_model if name in OBJECT_PARAMS else None)
        if model is not None:
            for value in values:
                yield model, value


class AdminWallsMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    @staticmethod
    def _scope(request):
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated or not request.path.startswith("/admin/"):
            return None
        scope = SiteScope.for_user(user)
        return None if scope.unlimited else scope

    def process_view(self, request, view_func, view_args, view_kwargs):
        scope = self._scope(request)
        if scope is None or request.resolver_match is None:
            return None
        for model, pk in _references(request, view_func, view_kwargs):
            if scope.allows(model, pk) is False:
                raise Http404
        if request.resolver_match.view_name == "wagtailadmin_choose_page":
            # The page chooser opens on the user's own commune, not the tree's root.
            root_id = scope.single_root_page_id
            if root_id is not None:
                return view_func(request, *view_args, parent_page_id=root_id, **view_kwargs)
        return None

    def process_template_response(self, request, response):
        scope = self._scope(request)
        context = getattr(response, "context_data", None) or {}
        filters = context.get("filters")
        if scope is not None and filters is not None and hasattr(filters, "form"):
            limit_filter_choices(filters.form, scope)
        return response


def limit_filter_choices(form, scope):
    """Every model choice of an admin filter form, limited to the user's sites."""
    for field in form.fields.values():
        queryset = getattr(field, "queryset", None)
        if queryset is not None and scope.knows(queryset.model):
            field.queryset = scope.filter(queryset)


def scope_admin_api(router):
    """The admin's JSON API (construct_admin_api): every endpoint's listing
    and detail limited to the user's commune. Wagtail's image and document
    endpoints list every collection's files to anyone with admin access."""
    for name, viewset in list(router._endpoints.items()):
        if getattr(viewset, "_site_scoped", False):
            continue

        class Scoped(viewset):
            _site_scoped = True

            def get_queryset(self):
                scope = SiteScope.for_user(self.request.user)
                return scope.filter(super().get_queryset())

        Scoped.__name__ = Scoped.__qualname__ = f"SiteScoped{viewset.__name__}"
        router.register_endpoint(name, Scoped)
