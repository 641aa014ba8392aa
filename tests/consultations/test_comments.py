"""Citizens' comments on drafts: the form, its protections, moderation by
the commune's own board, and what the public page shows."""

import datetime
from io import StringIO

import pytest

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from consultations.factories import ConsultationPageFactory, DraftCommentFactory
from consultations.models import CommentState, DraftComment
from consultations.services import comments as service
from questions.services.consent import current_notice
from tests.helpers import HOSTILE_TEXTS, section

pytestmark = pytest.mark.django_db


def post_comment(client, page, data, ip="203.0.113.7"):
    return client.post(page.url + "gop-y/", data, REMOTE_ADDR=ip)


@pytest.fixture
def client_for(site_client, commune):
    return site_client(commune)


def test_open_draft_shows_the_form_with_purpose_and_is_not_cached(client_for, draft):
    response = client_for.get(draft.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert 'name="commenter_name"' in html and 'name="consent"' in html
    assert current_notice().version in html
    assert "no-cache" in response["Cache-Control"]


def test_valid_comment_is_stored_pending_with_consent(client_for, draft, comment_data):
    response = post_comment(client_for, draft, comment_data)
    assert response.status_code == 200
    assert response.context["received"] is not None
    comment = DraftComment.objects.get()
    assert comment.state == CommentState.PENDING
    assert comment.page_id == draft.pk
    assert comment.site.hostname == "tancuong.example.gov.vn"
    assert comment.consent_version == current_notice().version
    assert comment.contact == "an.nguyen@gmail.com"
    # not public before moderation
    assert "Đề nghị quy định rõ thời hạn" not in client_for.get(draft.url).content.decode()


def test_form_works_with_csrf_enforced(commune, draft, comment_data):
    client = Client(HTTP_HOST=commune.hostname, enforce_csrf_checks=True)
    assert post_comment(client, draft, comment_data).status_code == 403
    client.get(draft.url)
    token = client.cookies["csrftoken"].value
    response = post_comment(client, draft, {**comment_data, "csrfmiddlewaretoken": token})
    assert response.status_code == 200
    assert DraftComment.objects.count() == 1


def test_closed_draft_replaces_the_form_and_refuses_comments(
    client_for, closed_draft, comment_data
):
    html = client_for.get(closed_draft.url).content.decode()
    assert 'name="commenter_name"' not in html
    assert "comments are no longer received" in html or "không còn tiếp nhận" in html
    response = post_comment(client_for, closed_draft, comment_data)
    assert response.status_code == 403
    assert DraftComment.objects.count() == 0


@pytest.mark.parametrize("field", ["commenter_name", "text", "article", "organisation"])
@pytest.mark.parametrize("value", HOSTILE_TEXTS)
def test_hostile_input_is_refused_and_nothing_stored(client_for, draft, comment_data, field, value):
    response = post_comment(client_for, draft, {**comment_data, field: value})
    assert response.status_code < 500
    assert field in response.context["form"].errors
    assert DraftComment.objects.count() == 0


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"contact": ""}, "contact"),
        ({"contact": "abc"}, "contact"),
        ({"contact": "an@"}, "contact"),
        ({"contact": "x" * 300}, "contact"),
        ({"consent": ""}, "consent"),
        ({"notice_version": "does-not-exist"}, "notice_version"),
        ({"text": "ngắn"}, "text"),
    ],
)
def test_bad_input_is_refused(client_for, draft, comment_data, change, field):
    data = {k: v for k, v in {**comment_data, **change}.items() if v != "" or k != "consent"}
    response = post_comment(client_for, draft, data)
    assert field in response.context["form"].errors
    assert DraftComment.objects.count() == 0


def test_empty_and_huge_posts_store_nothing(client_for, draft, comment_data):
    assert post_comment(client_for, draft, {}).status_code == 200
    response = post_comment(client_for, draft, {**comment_data, "text": "Đ" * 100_000})
    assert response.status_code == 200
    assert DraftComment.objects.count() == 0


def test_honeypot_stores_nothing(client_for, draft, comment_data):
    response = post_comment(client_for, draft, {**comment_data, "website": "http://spam.example"})
    assert response.context["form"].non_field_errors()
    assert DraftComment.objects.count() == 0


def test_flood_from_one_address_is_refused_with_429(client_for, draft, comment_data):
    for _ in range(5):
        assert post_comment(client_for, draft, comment_data).status_code == 200
    response = post_comment(client_for, draft, comment_data)
    assert response.status_code == 429
    assert DraftComment.objects.count() == 5
    assert post_comment(client_for, draft, comment_data, ip="198.51.100.9").status_code == 200


def test_get_on_the_post_address_goes_back_to_the_draft(client_for, draft):
    response = client_for.get(draft.url + "gop-y/")
    assert response.status_code == 302
    assert response["Location"].endswith("#gop-y")


# --- moderation ---------------------------------------------------------------


def test_approved_comment_is_numbered_and_shown_without_contact(
    client_for, draft, editor, comment_data
):
    post_comment(client_for, draft, comment_data)
    comment = service.approve(editor, DraftComment.objects.get())
    assert comment.number == 1
    html = client_for.get(draft.url).content.decode()
    assert "Đề nghị quy định rõ thời hạn" in html
    assert "Nguyễn Văn An" in html
    assert "an.nguyen@gmail.com" not in html
    second = service.approve(editor, DraftCommentFactory(page=draft))
    assert second.number == 2


def test_reject_needs_a_reason_and_spam_erases_the_contact(draft, editor):
    comment = DraftCommentFactory(page=draft)
    with pytest.raises(ValidationError) as error:
        service.reject(editor, comment, "  ")
    assert "reason" in error.value.message_dict
    service.reject(editor, comment, "Nội dung không liên quan đến dự thảo.")
    assert comment.state == CommentState.REJECTED
    assert comment.contact
    service.mark_spam(editor, comment)
    assert comment.state == CommentState.SPAM
    assert (comment.contact, comment.commenter_name) == ("", "")
    assert comment.erased_at is not None


def test_moderation_screen_approves(client, draft, editor):
    comment = DraftCommentFactory(page=draft)
    client.force_login(editor)
    url = reverse("draft_comments:edit", args=[comment.pk])
    response = client.get(url)
    assert response.status_code == 200
    assert comment.contact in response.content.decode()  # the board sees the contact
    response = client.post(url, {"action": "approve", "reason": ""})
    assert response.status_code == 302
    comment.refresh_from_db()
    assert comment.state == CommentState.APPROVED


def test_queue_lists_only_the_communes_own_comments(client, draft, editor, outsider):
    mine = DraftCommentFactory(page=draft, text="Góp ý của xã Tân Cương về dự thảo")
    client.force_login(outsider)
    index = client.get(reverse("draft_comments:index"))
    assert "Góp ý của xã Tân Cương" not in index.content.decode()
    url = reverse("draft_comments:edit", args=[mine.pk])
    assert client.get(url).status_code == 404
    assert client.post(url, {"action": "approve"}).status_code == 404
    mine.refresh_from_db()
    assert mine.state == CommentState.PENDING
    client.force_login(editor)
    assert client.get(reverse("draft_comments:index")).status_code == 200
    assert client.get(url).status_code == 200


def test_other_board_cannot_moderate_through_the_service(draft, outsider):
    comment = DraftCommentFactory(page=draft)
    with pytest.raises(PermissionDenied):
        service.approve(outsider, comment)
    comment.refresh_from_db()
    assert comment.state == CommentState.PENDING


def test_retention_erases_the_contact_once_the_consultation_is_long_closed(commune):
    long_closed = ConsultationPageFactory(
        parent=section(commune, "lay-y-kien"),
        opens_on=datetime.date(2023, 1, 1),
        closes_on=datetime.date(2023, 2, 1),
    )
    old = DraftCommentFactory(page=long_closed)
    recent = DraftCommentFactory(
        page=ConsultationPageFactory(parent=section(commune, "lay-y-kien"))
    )
    call_command("purge_comment_data", "--dry-run", stdout=StringIO())
    old.refresh_from_db()
    assert old.contact
    call_command("purge_comment_data", stdout=StringIO())
    old.refresh_from_db()
    recent.refresh_from_db()
    assert (old.contact, old.commenter_name) == ("", "") and old.erased_at
    assert old.text  # the comment itself is kept
    assert recent.contact
