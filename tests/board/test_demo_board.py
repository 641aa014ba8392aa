"""The demo's board: a login per role, each with its groups on its commune."""

import pytest

from board.demo import create_demo_board
from board.factories import UserFactory
from board.models import Board
from core.access import site_group
from core.models import Role
from documents.validators import file_is_pdf

pytestmark = pytest.mark.django_db


def test_demo_board_gives_each_login_its_role(commune):
    users = {role.value: UserFactory(username=f"tancuong.{role.value}") for role in Role}
    board = create_demo_board(commune, users)
    assert board.memberships.count() == 5
    decision = board.decisions.get()
    assert file_is_pdf(decision.document.file)
    for role, user in users.items():
        assert list(user.groups.all()) == [site_group(commune, role)]
    # Idempotent.
    create_demo_board(commune, users)
    assert Board.objects.get(site=commune).memberships.count() == 5
