"""The consultations app's models: the public pages (moved from ``home``,
keeping their tables) and the comments citizens send on drafts."""

from consultations.models.comments import CommentQuerySet, CommentState, DraftComment
from consultations.models.pages import ConsultationIndexPage, ConsultationPage, Stage

__all__ = [
    "CommentQuerySet",
    "CommentState",
    "ConsultationIndexPage",
    "ConsultationPage",
    "DraftComment",
    "Stage",
]
