import pytest

from board.factories import UserFactory, full_board
from board.services.roles import district_admins_group


@pytest.fixture
def board_a(commune):
    """{role: user} on commune A (Xã Tân Cương)."""
    return full_board(commune, prefix="a")


@pytest.fixture
def district_admin(db):
    user = UserFactory(username="huyen.admin")
    user.groups.add(district_admins_group())
    return user
