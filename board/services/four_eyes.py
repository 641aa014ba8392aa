"""Four eyes: nobody approves an item they wrote. The board's review and
approval steps (docs/requirements.md, "Roles and workflow") mean two people
read every item; an author approving their own text would skip one.

Used by the board's approval task, its middleware and the tests alike.
"""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.models import Revision

FOUR_EYES_REFUSAL = gettext_lazy(
    "Four eyes: you wrote part of this item since it was submitted, so another member of "
    "the board must approve it."
)


def authors_under_review(obj):
    """Ids of every user who wrote any revision of ``obj`` since its workflow
    started: the submitted revision and every edit made during review. The
    step's revision and the latest one are not enough: a reviewer who
    rewrites the text and lets a colleague re-save it would otherwise
    approve their own words (four eyes, docs/requirements.md §2)."""
    authors = set()
    workflow_state = getattr(obj, "current_workflow_state", None)
    if workflow_state is not None:
        first = workflow_state.task_states.exclude(revision__isnull=True).order_by("pk").first()
        if first is not None:
            authors.update(
                Revision.objects.filter(
                    base_content_type_id=first.revision.base_content_type_id,
                    object_id=first.revision.object_id,
                    pk__gte=first.revision_id,
                ).values_list("user_id", flat=True)
            )
    task_state = getattr(obj, "current_workflow_task_state", None)
    if task_state is not None and task_state.revision_id:
        authors.add(task_state.revision.user_id)
    latest = obj.get_latest_revision() if hasattr(obj, "get_latest_revision") else None
    if latest is not None:
        authors.add(latest.user_id)
    authors.discard(None)
    return authors


def check_task_action(task, task_state, user, action_name, comment):
    """Refuse what the admin's buttons already hide, for requests made by hand."""
    if action_name == "approve":
        obj = task_state.workflow_state.content_object
        if hasattr(obj, "specific"):
            obj = obj.specific
        if user.pk in authors_under_review(obj):
            raise PermissionDenied(str(FOUR_EYES_REFUSAL))
    elif action_name == "reject" and not (comment or "").strip():
        raise PermissionDenied(_("Say why the item is sent back: a comment is required."))
