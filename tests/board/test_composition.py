"""Each composition rule of docs/requirements.md §1, on its own, with its message."""

import datetime

import pytest

from django.core.exceptions import ValidationError
from django.utils import timezone, translation

from board.factories import UserFactory
from board.models import Board, BoardMembership
from board.services.composition import composition_errors

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()
PAST = TODAY - datetime.timedelta(days=10)


def member(role, office, start=PAST, end=None, user=None):
    return BoardMembership(
        user=user or UserFactory(), role=role, office=office, start_date=start, end_date=end
    )


def valid_board():
    return [
        member("head", "chairman"),
        member("deputy", "office_statistics"),
        member("editor", "radio"),
        member("content", "culture_society"),
        member("content", "justice"),
    ]


def codes(memberships):
    return [error.code for error in composition_errors(memberships)]


def messages(memberships):
    with translation.override("en"):
        return [str(m) for e in composition_errors(memberships) for m in e.messages]


def test_a_complete_board_is_valid():
    assert codes(valid_board()) == []


def test_contributors_are_outside_the_five():
    board = valid_board() + [member("contributor", "other") for _ in range(4)]
    assert codes(board) == []


def test_at_most_five_members():
    # A sixth member (a third content member also breaks its own rule).
    board = valid_board() + [member("content", "other")]
    assert "max_members" in codes(board)
    assert any("at most 5 members" in m and "6 members" in m for m in messages(board))


def test_exactly_one_head_none():
    board = [m for m in valid_board() if m.role != "head"]
    assert codes(board) == ["one_head"]
    assert "exactly one head" in messages(board)[0]


def test_exactly_one_head_two():
    board = valid_board()[1:4] + [member("head", "chairman"), member("head", "vice_chairman")]
    assert codes(board) == ["one_head"]
    assert "2 heads" in messages(board)[0]


def test_head_holds_chairman_or_vice_chairman():
    board = valid_board()
    board[0].office = "culture_society"
    assert codes(board) == ["head_office"]
    assert "Chairman or a Vice-Chairman" in messages(board)[0]
    board[0].office = "vice_chairman"
    assert codes(board) == []


def test_one_deputy():
    board = valid_board()[:3] + [member("deputy", "office_statistics")]
    assert codes(board) == ["one_deputy"]
    assert "one deputy head" in messages(board)[0]


def test_deputy_is_office_statistics_officer():
    board = valid_board()
    board[1].office = "radio"
    assert codes(board) == ["deputy_office"]
    assert "Office–Statistics officer" in messages(board)[0]


def test_one_editor():
    board = valid_board()[:3] + [member("editor", "radio")]
    assert codes(board) == ["one_editor"]
    assert "one editor" in messages(board)[0]


def test_editor_is_radio_officer():
    board = valid_board()
    board[2].office = "justice"
    assert codes(board) == ["editor_office"]
    assert "radio station" in messages(board)[0]


def test_up_to_two_content_members():
    board = valid_board()[:2] + [member("content", "other") for _ in range(3)]
    assert codes(board) == ["max_content_members"]
    assert "up to two content members" in messages(board)[0]


def test_one_role_per_person():
    person = UserFactory()
    board = valid_board()[:4] + [member("content", "justice", user=person)]
    board[3].user = person
    assert codes(board) == ["one_role_per_person"]


def test_end_date_after_start_date():
    board = valid_board()
    board[4].end_date = board[4].start_date - datetime.timedelta(days=1)
    assert "dates" in codes(board)


def test_ended_memberships_do_not_count_and_successions_are_fine():
    old_head = member("head", "chairman", start=PAST, end=TODAY - datetime.timedelta(days=1))
    board = valid_board() + [old_head]
    assert codes(board) == []
    # A successor who starts tomorrow while the current head ends today.
    board = valid_board()
    board[0].end_date = TODAY
    board.append(member("head", "vice_chairman", start=TODAY + datetime.timedelta(days=1)))
    assert codes(board) == []


def test_overlapping_future_heads_are_refused():
    board = valid_board()[:3] + [
        member("head", "vice_chairman", start=TODAY + datetime.timedelta(days=5))
    ]
    assert codes(board) == ["one_head"]


def test_board_clean_uses_the_rules(commune):
    board = Board(site=commune, memberships=[m for m in valid_board() if m.role != "head"])
    with pytest.raises(ValidationError) as excinfo:
        board.full_clean()
    assert [e.code for e in excinfo.value.error_dict["__all__"]] == ["one_head"]


def test_vietnamese_message_names_the_rule():
    board = [m for m in valid_board() if m.role != "head"]
    with translation.override("vi"):
        text = str(composition_errors(board)[0].messages[0])
    assert text.startswith("Quy định")
    assert "Trưởng ban" in text
