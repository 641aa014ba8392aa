"""Fixtures for questions: the Q&A page, board members by role, a form post."""

import pytest

from django.contrib.auth import get_user_model

from board.factories import MembershipFactory
from board.models import Board
from core.models import Role
from questions.services.consent import current_notice
from tests.conftest import section

VALID = {
    "asker_name": "Nguyễn Văn An",
    "phone": "0912 345 678",
    "email": "an.nguyen@gmail.com",
    "topic": "land",
    "text": "Xin hỏi thủ tục cấp giấy chứng nhận quyền sử dụng đất lần đầu cần những giấy tờ gì?",
    "consent": "on",
    "website": "",
}


def grant(user, site, role):
    """Make ``user`` a current member of ``site``'s board in ``role``; the
    board puts them in the site's role group (and keeps it so at login)."""
    board, _created = Board.objects.get_or_create(site=site)
    MembershipFactory(board=board, user=user, role=role)
    return user


def make_user(username):
    return get_user_model().objects.create_user(
        username=username, password="a-long-test-password", first_name=username
    )


@pytest.fixture
def qa_page(commune):
    return section(commune, "hoi-dap")


@pytest.fixture
def member(commune):
    return grant(make_user("member"), commune, Role.EDITOR)


@pytest.fixture
def member2(commune):
    return grant(make_user("member2"), commune, Role.CONTENT)


@pytest.fixture
def head(commune):
    return grant(make_user("head"), commune, Role.HEAD)


@pytest.fixture
def deputy(commune):
    return grant(make_user("deputy"), commune, Role.DEPUTY)


@pytest.fixture
def outsider(other_commune):
    """The head of another commune's board."""
    return grant(make_user("outsider"), other_commune, Role.HEAD)


@pytest.fixture
def valid_data(db):
    return {**VALID, "notice_version": current_notice().version}


@pytest.fixture
def contributor(commune):
    """A contributor: writes drafts for the site, but is not on the board."""
    return grant(make_user("contributor"), commune, Role.CONTRIBUTOR)
