"""The questions app's models: the records (questions, their events,
consent notices, ratings, settings) and the public page.

Modules of this app import ``questions.models.records``: the page module
imports the views, which must not come back through this package.
"""

from questions.models.pages import QuestionIndexPage
from questions.models.records import (
    CLOSED_STATES,
    EVENT_LABELS,
    OPEN_STATES,
    ConsentNotice,
    Question,
    QuestionEvent,
    QuestionQuerySet,
    QuestionSettings,
    QuestionState,
    QuestionTopic,
    SatisfactionRating,
)

__all__ = [
    "CLOSED_STATES",
    "EVENT_LABELS",
    "OPEN_STATES",
    "ConsentNotice",
    "Question",
    "QuestionEvent",
    "QuestionIndexPage",
    "QuestionQuerySet",
    "QuestionSettings",
    "QuestionState",
    "QuestionTopic",
    "SatisfactionRating",
]
