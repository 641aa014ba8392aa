"""The action run when a page's workflow is approved (WAGTAIL_FINISH_WORKFLOW_ACTION).

It publishes as Wagtail's default does, while flagging that the publication
comes from the workflow, so board.receivers does not mistake it for an
emergency publication. Kept free of model imports: Wagtail imports it while
its own models load.
"""

from contextlib import contextmanager
from contextvars import ContextVar

from wagtail.workflows import publish_workflow_state as wagtail_publish

_publishing_by_workflow = ContextVar("publishing_by_workflow", default=False)


@contextmanager
def workflow_publication():
    token = _publishing_by_workflow.set(True)
    try:
        yield
    finally:
        _publishing_by_workflow.reset(token)


def is_workflow_publication():
    return _publishing_by_workflow.get()


def publish_workflow_state(workflow_state, user=None):
    with workflow_publication():
        wagtail_publish(workflow_state, user=user)
