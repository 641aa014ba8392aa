"""Two communes, each with a full board: one login per role."""

import pytest

from board.factories import UserFactory, full_board
from board.services.roles import district_admins_group


@pytest.fixture
def board_a(commune):
    """{role: user} on commune A (Xã Tân Cương)."""
    return full_board(commune, prefix="a")


@pytest.fixture
def board_b(other_commune):
    """{role: user} on commune B (Xã Phú Thạnh)."""
    return full_board(other_commune, prefix="b")


@pytest.fixture
def district_admin(db):
    user = UserFactory(username="huyen.admin")
    user.groups.add(district_admins_group())
    return user
