"""Plain helpers of the questions tests."""

from django.contrib.auth import get_user_model

from board.factories import MembershipFactory
from board.models import Board

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
