"""Fixtures for consultations: an open draft, board members, a comment post."""

import datetime

import pytest

from django.utils import timezone

from consultations.factories import ConsultationPageFactory
from core.models import Role
from questions.services.consent import current_notice
from tests.helpers import section
from tests.questions.helpers import grant, make_user

VALID_COMMENT = {
    "commenter_name": "Nguyễn Văn An",
    "organisation": "",
    "contact": "an.nguyen@gmail.com",
    "article": "Điều 5",
    "text": "Đề nghị quy định rõ thời hạn trả lời câu hỏi của người dân tính theo ngày làm việc.",
    "consent": "on",
    "website": "",
}


@pytest.fixture(autouse=True)
def _default_limits(settings):
    settings.QUESTIONS_RATE_LIMITS = {"comment": (5, 600)}


@pytest.fixture
def draft(commune):
    return ConsultationPageFactory(
        parent=section(commune, "lay-y-kien"),
        title="Dự thảo Quy chế văn hóa công sở",
        slug="du-thao-quy-che",
    )


@pytest.fixture
def closed_draft(commune):
    today = timezone.localdate()
    return ConsultationPageFactory(
        parent=section(commune, "lay-y-kien"),
        title="Dự thảo Kế hoạch năm 2027",
        slug="du-thao-ke-hoach",
        opens_on=today - datetime.timedelta(days=40),
        closes_on=today - datetime.timedelta(days=10),
    )


@pytest.fixture
def comment_data(db):
    return {**VALID_COMMENT, "notice_version": current_notice().version}


@pytest.fixture
def editor(commune):
    return grant(make_user("editor"), commune, Role.EDITOR)


@pytest.fixture
def outsider(other_commune):
    """The head of another commune's board."""
    return grant(make_user("outsider"), other_commune, Role.HEAD)
