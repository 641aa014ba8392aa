"""Factories for boards, members and accounts.

head = UserFactory(username="tancuong.truongban")
board = BoardFactory(site=site)                       # a board with no member yet
MembershipFactory(board=board, user=head, role="head", office="chairman")
users = full_board(site)                              # {role: user}, one of each role
"""

import datetime

import factory

from django.contrib.auth import get_user_model
from django.utils import timezone

from board.models import DEFAULT_OFFICE, Board, BoardDecision, BoardMembership
from core.models import Role


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)

    username = factory.Sequence(lambda n: f"user{n}")
    first_name = factory.Faker("first_name", locale="vi_VN")
    last_name = factory.Faker("last_name", locale="vi_VN")
    email = factory.LazyAttribute(lambda o: f"{o.username}@example.gov.vn")
    password = factory.django.Password("mat-khau-thu-nghiem")


class BoardFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Board

    site = None


class BoardDecisionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = BoardDecision

    board = factory.SubFactory(BoardFactory)
    number = factory.Sequence(lambda n: f"{n + 1}/QĐ-UBND")
    date = factory.LazyFunction(lambda: timezone.localdate() - datetime.timedelta(days=30))
    signer = factory.Faker("name", locale="vi_VN")


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = BoardMembership

    board = factory.SubFactory(BoardFactory)
    user = factory.SubFactory(UserFactory)
    role = Role.CONTENT
    office = factory.LazyAttribute(lambda o: DEFAULT_OFFICE[Role(o.role)])
    start_date = factory.LazyFunction(lambda: timezone.localdate() - datetime.timedelta(days=30))


def full_board(site, prefix=None):
    """A board on ``site`` with one user per role (two content members are
    allowed; one is made). Returns {role: user}."""
    prefix = prefix or site.hostname.split(".")[0]
    board, _created = Board.objects.get_or_create(site=site)
    users = {}
    for role in Role:
        user = UserFactory(username=f"{prefix}.{role.value}")
        MembershipFactory(board=board, user=user, role=role)
        users[role.value] = user
    return users
