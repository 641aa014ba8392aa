"""Fixtures for questions: the Q&A page, board members by role, a form post."""

import pytest

from core.models import Role
from questions.services.consent import current_notice
from tests.helpers import section
from tests.questions.helpers import VALID, grant, make_user


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
