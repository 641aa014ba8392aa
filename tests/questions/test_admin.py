"""The board's question inbox in the Wagtail admin: per-commune isolation,
filters, late flags and every action through the admin screens."""

import datetime

import pytest

from django.urls import reverse

from questions.factories import QuestionFactory
from questions.models import QuestionState

INDEX = reverse("questions_inbox:index")


def edit_url(question):
    return reverse("questions_inbox:edit", args=[question.pk])


@pytest.fixture
def as_user(client):
    def login(user):
        client.force_login(user)
        return client

    return login


def test_anonymous_goes_to_login(client):
    response = client.get(INDEX)
    assert response.status_code == 302
    assert "login" in response["Location"]


def test_contributor_has_no_inbox(as_user, contributor, commune):
    question = QuestionFactory(site=commune)
    client = as_user(contributor)
    assert client.get(INDEX).status_code in (302, 403)
    assert client.get(edit_url(question)).status_code in (302, 403, 404)


def test_inbox_lists_only_own_commune(as_user, member, commune, other_commune):
    mine = QuestionFactory(site=commune)
    theirs = QuestionFactory(site=other_commune)
    response = as_user(member).get(INDEX)
    assert response.status_code == 200
    html = response.content.decode()
    assert mine.tracking_code in html
    assert theirs.tracking_code not in html
    # not even by guessing the id
    assert as_user(member).get(edit_url(theirs)).status_code == 404
    response = as_user(member).post(edit_url(theirs), {"action": "refuse", "reason": "x"})
    assert response.status_code == 404
    theirs.refresh_from_db()
    assert theirs.state == QuestionState.RECEIVED


def test_inbox_filters_state_and_late(as_user, member, commune):
    late = QuestionFactory(
        site=commune, state=QuestionState.ASSIGNED, due_date=datetime.date(2020, 1, 2)
    )
    fresh = QuestionFactory(site=commune)
    client = as_user(member)
    html = client.get(INDEX, {"overdue": "true"}).content.decode()
    assert late.tracking_code in html and fresh.tracking_code not in html
    html = client.get(INDEX, {"state": "received"}).content.decode()
    assert fresh.tracking_code in html and late.tracking_code not in html
    html = client.get(INDEX, {"q": fresh.tracking_code}).content.decode()
    assert fresh.tracking_code in html and late.tracking_code not in html
    # the late flag shows on the question's own screen too
    assert "2020" in client.get(edit_url(late)).content.decode()
    assert client.get(edit_url(late)).context["question"].is_overdue


def test_site_filter_offers_only_own_sites(as_user, member, commune, other_commune):
    response = as_user(member).get(INDEX)
    assert response.status_code == 200
    filters = response.context["filters"]
    assert list(filters.form.fields["site"].queryset) == [commune]
    # Another commune named in the query string: as if it did not exist.
    assert as_user(member).get(INDEX, {"site": other_commune.pk}).status_code == 404


def test_whole_path_through_the_admin(as_user, member, member2, head, commune):
    question = QuestionFactory(site=commune)
    client = as_user(member)
    page = client.get(edit_url(question))
    assert question.asker_name in page.content.decode()  # staff see the asker
    assert [a["name"] for a in page.context["actions"]] == ["assign"]

    client.post(edit_url(question), {"action": "assign", "assignee": member2.pk})
    question.refresh_from_db()
    assert question.state == QuestionState.ASSIGNED and question.assignee == member2

    client = as_user(member2)
    client.post(
        edit_url(question), {"action": "answer", "answer": "Ông/Bà liên hệ bộ phận một cửa."}
    )
    client.post(edit_url(question), {"action": "submit"})
    question.refresh_from_db()
    assert question.state == QuestionState.SUBMITTED

    # a member cannot publish, even by posting the action directly
    response = client.post(edit_url(question), {"action": "publish"}, follow=True)
    question.refresh_from_db()
    assert question.state == QuestionState.SUBMITTED
    assert any(m.level_tag == "error" for m in response.context["messages"])

    client = as_user(head)
    client.post(edit_url(question), {"action": "publish"})
    question.refresh_from_db()
    assert question.state == QuestionState.PUBLISHED and question.approved_by == head
    history = client.get(edit_url(question)).context["events"]
    assert [e.to_state for e in history] == ["assigned", "answered", "submitted", "published"]


def test_refuse_without_reason_changes_nothing(as_user, head, commune):
    question = QuestionFactory(site=commune)
    response = as_user(head).post(edit_url(question), {"action": "refuse", "reason": ""})
    assert response.status_code == 200
    assert response.context["actions"]
    question.refresh_from_db()
    assert question.state == QuestionState.RECEIVED
    as_user(head).post(edit_url(question), {"action": "refuse", "reason": "Trùng lặp."})
    question.refresh_from_db()
    assert question.state == QuestionState.REFUSED and question.refusal_reason == "Trùng lặp."


def test_assign_to_outsider_is_refused(as_user, member, outsider, commune):
    question = QuestionFactory(site=commune)
    as_user(member).post(edit_url(question), {"action": "assign", "assignee": outsider.pk})
    question.refresh_from_db()
    assert question.state == QuestionState.RECEIVED and question.assignee is None


def test_unknown_action_is_harmless(as_user, head, commune):
    question = QuestionFactory(site=commune)
    response = as_user(head).post(edit_url(question), {"action": "delete"})
    assert response.status_code == 302
    question.refresh_from_db()
    assert question.state == QuestionState.RECEIVED


def test_erase_through_the_admin(as_user, head, commune):
    question = QuestionFactory(site=commune, email="someone@example.com")
    as_user(head).post(edit_url(question), {"action": "erase", "note": "Đơn đề nghị xóa"})
    question.refresh_from_db()
    assert question.erased_at and question.email == "" and question.asker_name == ""
    html = as_user(head).get(edit_url(question)).content.decode()
    assert "someone@example.com" not in html


def test_no_add_or_delete_urls(as_user, head):
    response = as_user(head).get(INDEX)
    assert response.context.get("add_url") in (None, "")


def test_consent_notices_are_versioned_not_edited(client, django_user_model, commune, member):
    from questions.factories import ConsentNoticeFactory
    from questions.models import ConsentNotice

    admin = django_user_model.objects.create_superuser("district", password="x" * 12)
    client.force_login(admin)
    add = reverse("consent_notices:add")
    response = client.post(
        add,
        {"version": "2027-01", "purpose": "Mục đích mới.", "effective_from": "2027-01-01 00:00:00"},
    )
    assert response.status_code == 302
    assert ConsentNotice.objects.filter(version="2027-01").exists()

    used = ConsentNoticeFactory(version="2026-09", purpose="Văn bản đã đồng ý.")
    QuestionFactory(site=commune, consent_notice=used)
    response = client.post(
        reverse("consent_notices:edit", args=[used.pk]),
        {"version": "2026-09", "purpose": "Sửa lén.", "effective_from": "2026-09-01 00:00:00"},
    )
    assert response.status_code == 200
    used.refresh_from_db()
    assert used.purpose == "Văn bản đã đồng ý."

    client.force_login(member)
    assert client.get(add).status_code in (302, 403)


def test_retention_setting_is_bounded(commune):
    from django.core.exceptions import ValidationError

    from questions.models import QuestionSettings

    settings = QuestionSettings.for_site(commune)
    settings.retention_months = 0
    with pytest.raises(ValidationError):
        settings.full_clean()


def test_dashboard_counts_late_questions_of_own_sites(as_user, member, commune, other_commune):
    QuestionFactory(site=commune, due_date=datetime.date(2020, 1, 2))
    QuestionFactory(site=commune)
    QuestionFactory(site=other_commune, due_date=datetime.date(2020, 1, 2))
    response = as_user(member).get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    panel = next(p for p in response.context["panels"] if p.name == "questions")
    assert panel.counts == {"open": 2, "late": 1, "mine": 0}
