"""Every state change of a question, and who may make it."""

import pytest

from django.core.exceptions import PermissionDenied, ValidationError

from questions.factories import QuestionFactory
from questions.models import QuestionEvent, QuestionState
from questions.services import workflow
from questions.services.roles import APPROVER, MEMBER, board_role, sites_for_user

S = QuestionState


@pytest.fixture
def question(commune):
    return QuestionFactory(site=commune)


def at_state(commune, state, answered_by=None, assignee=None):
    return QuestionFactory(
        site=commune,
        state=state,
        answer="Trả lời thử." if answered_by else "",
        answered_by=answered_by,
        assignee=assignee,
    )


def last_event(question):
    return QuestionEvent.objects.filter(question=question).order_by("-id").first()


def test_roles_come_from_the_board(commune, other_commune, member, head, outsider, contributor):
    assert board_role(member, commune) == MEMBER
    assert board_role(contributor, commune) is None
    assert not workflow.can(contributor, QuestionFactory(site=commune), "assign")
    assert board_role(head, commune) == APPROVER
    assert board_role(outsider, commune) is None
    assert board_role(outsider, other_commune) == APPROVER
    assert list(sites_for_user(member)) == [commune]
    assert list(sites_for_user(outsider)) == [other_commune]


def test_member_assigns_and_it_is_logged(question, member, member2):
    workflow.assign(member, question, member2, note="Phụ trách đất đai")
    assert question.state == S.ASSIGNED
    assert question.assignee == member2
    event = last_event(question)
    assert (event.actor, event.action, event.from_state, event.to_state) == (
        member,
        "assign",
        S.RECEIVED,
        S.ASSIGNED,
    )
    assert event.note == "Phụ trách đất đai"
    assert event.at is not None


def test_reassign_is_allowed(question, member, member2, head):
    workflow.assign(member, question, member2)
    workflow.assign(head, question, member)
    assert question.assignee == member


def test_assignee_must_be_on_this_board(question, member, outsider):
    with pytest.raises(ValidationError):
        workflow.assign(member, question, outsider)
    question.refresh_from_db()
    assert question.state == S.RECEIVED
    assert not question.events.exists()


def test_other_commune_cannot_act(question, outsider, member):
    for action, call in [
        ("assign", lambda: workflow.assign(outsider, question, member)),
        ("refuse", lambda: workflow.refuse(outsider, question, "Không thuộc thẩm quyền")),
        ("erase", lambda: workflow.erase_personal_data(outsider, question)),
    ]:
        with pytest.raises(PermissionDenied):
            call()
        assert not workflow.can(outsider, question, action)
    question.refresh_from_db()
    assert question.state == S.RECEIVED and question.asker_name


def test_anonymous_cannot_act(question):
    from django.contrib.auth.models import AnonymousUser

    assert workflow.allowed_actions(AnonymousUser(), question) == []


def test_member_answers_then_submits(commune, member):
    question = at_state(commune, S.ASSIGNED, assignee=member)
    workflow.answer(member, question, "  Ông/Bà cần nộp đơn theo mẫu 04a/ĐK.  ")
    assert question.state == S.ANSWERED
    assert question.answer == "Ông/Bà cần nộp đơn theo mẫu 04a/ĐK."
    assert question.answered_by == member and question.answered_at
    workflow.answer(member, question, "Bản sửa lại.")
    assert question.state == S.ANSWERED and question.answer == "Bản sửa lại."
    workflow.submit(member, question)
    assert question.state == S.SUBMITTED
    assert last_event(question).to_state == S.SUBMITTED


def test_empty_answer_is_refused(commune, member):
    question = at_state(commune, S.ASSIGNED, assignee=member)
    with pytest.raises(ValidationError):
        workflow.answer(member, question, "   ")
    question.refresh_from_db()
    assert question.state == S.ASSIGNED


def test_answer_needs_an_assignment_first(question, member):
    with pytest.raises(ValidationError):
        workflow.answer(member, question, "Trả lời")


def test_member_cannot_publish_send_back_refuse_or_erase(commune, member, head):
    question = at_state(commune, S.SUBMITTED, answered_by=head)
    for call in (
        lambda: workflow.publish(member, question),
        lambda: workflow.send_back(member, question, "Sửa"),
        lambda: workflow.refuse(member, question, "Lý do"),
        lambda: workflow.erase_personal_data(member, question),
    ):
        with pytest.raises(PermissionDenied):
            call()
    question.refresh_from_db()
    assert question.state == S.SUBMITTED


@pytest.mark.parametrize("approver_fixture", ["head", "deputy"])
def test_head_or_deputy_publishes(request, commune, member, approver_fixture):
    approver = request.getfixturevalue(approver_fixture)
    question = at_state(commune, S.SUBMITTED, answered_by=member)
    workflow.publish(approver, question)
    assert question.state == S.PUBLISHED
    assert question.approved_by == approver
    assert question.published_at and question.closed_at
    assert question.answered_on_time is True
    event = last_event(question)
    assert (event.actor, event.from_state, event.to_state) == (approver, S.SUBMITTED, S.PUBLISHED)


def test_nobody_publishes_their_own_answer(commune, head, deputy):
    question = at_state(commune, S.SUBMITTED, answered_by=head)
    with pytest.raises(PermissionDenied):
        workflow.publish(head, question)
    workflow.publish(deputy, question)
    assert question.state == S.PUBLISHED


def test_publish_only_after_submission(commune, member, head):
    question = at_state(commune, S.ANSWERED, answered_by=member)
    with pytest.raises(ValidationError):
        workflow.publish(head, question)


def test_send_back_needs_a_note(commune, member, head):
    question = at_state(commune, S.SUBMITTED, answered_by=member)
    with pytest.raises(ValidationError):
        workflow.send_back(head, question, " ")
    workflow.send_back(head, question, "Bổ sung căn cứ pháp lý.")
    assert question.state == S.ANSWERED
    assert last_event(question).note == "Bổ sung căn cứ pháp lý."


@pytest.mark.parametrize("state", [S.RECEIVED, S.ASSIGNED, S.ANSWERED, S.SUBMITTED])
def test_refuse_with_reason_from_any_open_state(commune, head, state):
    question = at_state(commune, state)
    with pytest.raises(ValidationError):
        workflow.refuse(head, question, "")
    question.refresh_from_db()
    assert question.state == state
    workflow.refuse(head, question, "Câu hỏi không thuộc thẩm quyền của xã.")
    assert question.state == S.REFUSED
    assert question.refusal_reason == "Câu hỏi không thuộc thẩm quyền của xã."
    assert question.closed_at


@pytest.mark.parametrize("state", [S.PUBLISHED, S.REFUSED])
def test_closed_questions_do_not_move(commune, head, member, state):
    question = at_state(commune, state, answered_by=member)
    for call in (
        lambda: workflow.assign(head, question, member),
        lambda: workflow.answer(head, question, "x"),
        lambda: workflow.submit(head, question),
        lambda: workflow.publish(head, question),
        lambda: workflow.refuse(head, question, "x"),
        lambda: workflow.send_back(head, question, "x"),
    ):
        with pytest.raises(ValidationError):
            call()
    question.refresh_from_db()
    assert question.state == state


def test_superuser_district_admin_is_an_approver(commune, django_user_model, member):
    admin = django_user_model.objects.create_superuser("district", password="x" * 12)
    question = at_state(commune, S.SUBMITTED, answered_by=member)
    workflow.publish(admin, question)
    assert question.state == S.PUBLISHED


def test_allowed_actions_per_role(commune, member, head):
    question = at_state(commune, S.SUBMITTED, answered_by=member)
    assert workflow.allowed_actions(member, question) == []
    assert workflow.allowed_actions(head, question) == ["send_back", "publish", "refuse", "erase"]
    received = at_state(commune, S.RECEIVED)
    assert workflow.allowed_actions(member, received) == ["assign"]


def test_full_path_is_logged_in_order(question, member, member2, head):
    workflow.assign(member, question, member2)
    workflow.answer(member2, question, "Trả lời")
    workflow.submit(member2, question)
    workflow.publish(head, question)
    assert [(e.from_state, e.to_state, e.actor) for e in question.events.all()] == [
        (S.RECEIVED, S.ASSIGNED, member),
        (S.ASSIGNED, S.ANSWERED, member2),
        (S.ANSWERED, S.SUBMITTED, member2),
        (S.SUBMITTED, S.PUBLISHED, head),
    ]
