"""The public side of /hoi-dap/: asking, consent, abuse, tracking, answers."""

import pytest

from django.core import mail
from django.core.mail.backends.base import BaseEmailBackend
from django.test import Client

from outbox.models import OutgoingEmail
from questions.factories import ConsentNoticeFactory, QuestionFactory
from questions.models import Question, QuestionEvent, QuestionState
from questions.services import workflow
from questions.services.consent import current_notice

ASK = "/hoi-dap/gui-cau-hoi/"
TRACK = "/hoi-dap/tra-cuu/"
LIST = "/hoi-dap/"


@pytest.fixture
def client_for(site_client, commune):
    return site_client(commune)


@pytest.fixture(autouse=True)
def _default_limits(settings):
    settings.QUESTIONS_RATE_LIMITS = {"ask": (5, 600), "track": (30, 600)}


def ask(client, data, **extra):
    return client.post(ASK, data, REMOTE_ADDR=extra.pop("ip", "203.0.113.7"), **extra)


# --- the form -------------------------------------------------------------


def test_form_shows_purpose_and_notice_version_and_is_not_cached(client_for, commune):
    response = client_for.get(ASK)
    assert response.status_code == 200
    notice = current_notice()
    html = response.content.decode()
    assert "91/2025/QH15" in html and "356/2025/NĐ-CP" in html
    assert f'value="{notice.version}"' in html
    assert 'name="consent"' in html
    assert "no-store" in response["Cache-Control"]
    assert "csrftoken" in response.cookies


def test_form_works_with_csrf_enforced(commune, valid_data):
    client = Client(HTTP_HOST=commune.hostname, enforce_csrf_checks=True)
    assert client.post(ASK, valid_data).status_code == 403
    client.get(ASK)
    token = client.cookies["csrftoken"].value
    response = client.post(ASK, {**valid_data, "csrfmiddlewaretoken": token})
    assert response.status_code == 200
    assert Question.objects.count() == 1


def test_valid_question_is_stored_with_code_due_date_and_consent(
    client_for, commune, valid_data, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = ask(client_for, valid_data)
    assert response.status_code == 200
    question = Question.objects.get()
    assert question.site == commune
    assert question.state == QuestionState.RECEIVED
    assert len(question.tracking_code) == 10
    assert question.tracking_code in response.content.decode()
    assert question.asker_name == "Nguyễn Văn An"
    assert question.due_date > question.received_at.date()
    # consent recorded: when, and the version of the notice shown
    assert question.consent_at is not None
    assert question.consent_notice.version == valid_data["notice_version"]
    assert question.consent_version == valid_data["notice_version"]
    event = QuestionEvent.objects.get(question=question)
    assert (event.action, event.to_state, event.actor) == ("receive", "received", None)
    # confirmation email, sent after commit, with the code
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["an.nguyen@gmail.com"]
    assert question.tracking_code in mail.outbox[0].body


def test_email_waits_for_the_commit(client_for, valid_data, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        ask(client_for, valid_data)
    assert len(mail.outbox) == 0
    assert len(callbacks) == 1


def test_phone_only_sends_no_email(client_for, valid_data, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        ask(client_for, {**valid_data, "email": ""})
    assert Question.objects.get().phone == "0912 345 678"
    assert mail.outbox == []


def test_consent_records_the_version_shown_not_the_newest(client_for, valid_data):
    shown = valid_data["notice_version"]
    ConsentNoticeFactory(version="2027-01")  # published after the form was shown
    ask(client_for, valid_data)
    assert Question.objects.get().consent_version == shown


LONG = "x" * 5001


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"asker_name": ""}, "asker_name"),
        ({"asker_name": "   "}, "asker_name"),
        ({"asker_name": "A" * 101}, "asker_name"),
        ({"asker_name": "<b>An</b>"}, "asker_name"),
        ({"text": ""}, "text"),
        ({"text": "ngắn"}, "text"),
        ({"text": LONG}, "text"),
        ({"text": "Xin hỏi <script>alert('x')</script> về đất đai ở xã"}, "text"),
        ({"text": "Xin hỏi <img src=x onerror=alert(1)> về đất đai"}, "text"),
        ({"text": "Xin hỏi về đất đai \x00 ở xã Tân Cương"}, "text"),
        ({"email": "not-an-email"}, "email"),
        ({"email": "a" * 250 + "@x.vn"}, "email"),
        ({"phone": "abc"}, "phone"),
        ({"phone": "12"}, "phone"),
        ({"phone": "1" * 21}, "phone"),
        ({"phone": "", "email": ""}, "phone"),
        ({"consent": ""}, "consent"),
        ({"topic": "nonsense"}, "topic"),
        ({"topic": ""}, "topic"),
        ({"notice_version": "does-not-exist"}, "notice_version"),
        ({"notice_version": ""}, "notice_version"),
    ],
)
def test_bad_input_is_refused_and_nothing_stored(client_for, valid_data, change, field):
    data = {**valid_data, **change}
    data = {
        k: v
        for k, v in data.items()
        if v != "" or k in ("asker_name", "text", "phone", "email", "topic", "notice_version")
    }
    response = ask(client_for, data)
    assert response.status_code == 200
    assert field in response.context["form"].errors
    assert response.context["form"].errors[field][0]
    assert Question.objects.count() == 0
    assert QuestionEvent.objects.count() == 0
    assert mail.outbox == []


def test_honeypot_stores_nothing(client_for, valid_data):
    response = ask(client_for, {**valid_data, "website": "http://spam.example"})
    assert response.status_code == 200
    assert response.context["form"].non_field_errors()
    assert Question.objects.count() == 0


def test_rate_limit_per_ip(client_for, valid_data):
    for _ in range(5):
        assert ask(client_for, valid_data).status_code == 200
    response = ask(client_for, valid_data)
    assert response.status_code == 429
    assert Question.objects.count() == 5
    # another address is not affected
    assert ask(client_for, valid_data, ip="198.51.100.9").status_code == 200
    assert Question.objects.count() == 6


def test_rate_limit_can_be_disabled(client_for, valid_data, settings):
    settings.QUESTIONS_RATE_LIMITS = None
    for _ in range(7):
        ask(client_for, valid_data)
    assert Question.objects.count() == 7


def test_vietnamese_text_is_kept_in_nfc(client_for, valid_data):
    import unicodedata

    decomposed = unicodedata.normalize("NFD", "Hỏi về đất đai ở thôn Đồng Bẩm")
    ask(client_for, {**valid_data, "text": decomposed})
    assert Question.objects.get().text == unicodedata.normalize("NFC", decomposed)


def test_unique_code_retried_on_collision(commune, monkeypatch):
    from questions.services import submission

    existing = QuestionFactory(site=commune, tracking_code="AAAAAAAAAA")
    codes = iter(["AAAAAAAAAA", "BBBBBBBBBB"])
    monkeypatch.setattr(submission, "new_tracking_code", lambda: next(codes))
    question = submission.receive_question(
        site=commune,
        notice=current_notice(),
        asker_name="Lê Thị Bình",
        phone="0912345678",
        topic="other",
        text="Câu hỏi thử nghiệm đủ dài.",
    )
    assert question.tracking_code == "BBBBBBBBBB"
    assert Question.objects.count() == 2
    assert existing.tracking_code == "AAAAAAAAAA"


# --- published answers -----------------------------------------------------


def published(site, text, answer, **kwargs):
    return QuestionFactory(
        site=site,
        text=text,
        answer=answer,
        state=QuestionState.PUBLISHED,
        asker_name="Trần Văn Bảo",
        phone="0987 654 321",
        email="bao.tran@yahoo.com",
        search_text=workflow.fold(f"{text} {answer}"),
        **kwargs,
    )


def test_public_list_hides_contact_details(client_for, commune):
    from django.utils import timezone

    published(
        commune,
        "Hỏi về hộ nghèo năm 2026",
        "Trả lời: theo Quyết định số 10.",
        published_at=timezone.now(),
    )
    response = client_for.get(LIST)
    html = response.content.decode()
    assert "Hỏi về hộ nghèo năm 2026" in html
    assert "Trả lời: theo Quyết định số 10." in html
    for secret in ("Trần Văn Bảo", "0987 654 321", "bao.tran@yahoo.com"):
        assert secret not in html
    # not even loaded: the list's queryset never reads contact fields
    item = response.context["page_obj"].object_list[0]
    assert {"asker_name", "phone", "email", "tracking_code"} <= item.get_deferred_fields()


def test_public_list_shows_only_published_of_this_site_newest_first(
    client_for, commune, other_commune
):
    import datetime

    from django.utils import timezone

    now = timezone.now()
    published(
        commune, "Câu hỏi cũ về đất", "Trả lời cũ", published_at=now - datetime.timedelta(days=3)
    )
    published(commune, "Câu hỏi mới về đất", "Trả lời mới", published_at=now)
    published(other_commune, "Câu hỏi của xã khác", "Trả lời khác", published_at=now)
    QuestionFactory(
        site=commune, text="Chưa trả lời bí mật", state=QuestionState.SUBMITTED, answer="Bản nháp"
    )
    html = client_for.get(LIST).content.decode()
    assert html.index("Câu hỏi mới về đất") < html.index("Câu hỏi cũ về đất")
    assert "Câu hỏi của xã khác" not in html
    assert "Chưa trả lời bí mật" not in html and "Bản nháp" not in html


def test_search_without_diacritics(client_for, commune):
    from django.utils import timezone

    published(
        commune,
        "Thủ tục đăng ký hộ kinh doanh",
        "Nộp hồ sơ tại bộ phận một cửa.",
        published_at=timezone.now(),
    )
    published(commune, "Hỏi về Đảng ủy xã", "Trả lời về Đảng ủy", published_at=timezone.now())
    page_obj = client_for.get(LIST, {"q": "ho kinh doanh"}).context["page_obj"]
    assert [q.text for q in page_obj] == ["Thủ tục đăng ký hộ kinh doanh"]
    page_obj = client_for.get(LIST, {"q": "dang uy"}).context["page_obj"]
    assert [q.text for q in page_obj] == ["Hỏi về Đảng ủy xã"]
    assert list(client_for.get(LIST, {"q": "khong co"}).context["page_obj"]) == []


def test_list_survives_bad_page_numbers(client_for):
    for page in ("abc", "-1", "99999999999"):
        assert client_for.get(LIST, {"page": page}).status_code == 200


def test_publishing_refreshes_the_cached_list(
    client_for, commune, member, head, django_capture_on_commit_callbacks
):
    client_for.get(LIST)  # may be cached for anonymous visitors
    question = QuestionFactory(
        site=commune,
        state=QuestionState.SUBMITTED,
        text="Câu hỏi vừa được duyệt",
        answer="Đã có trả lời",
        answered_by=member,
    )
    with django_capture_on_commit_callbacks(execute=True):
        workflow.publish(head, question)
    assert "Câu hỏi vừa được duyệt" in client_for.get(LIST).content.decode()


# --- tracking --------------------------------------------------------------


def test_tracking_shows_state_and_published_answer(client_for, commune, member, head):
    question = QuestionFactory(
        site=commune,
        state=QuestionState.SUBMITTED,
        answer="Câu trả lời chính thức",
        answered_by=member,
    )
    response = client_for.post(TRACK, {"code": question.tracking_code.lower()})
    html = response.content.decode()
    assert response.context["question"].pk == question.pk
    assert "Câu trả lời chính thức" not in html  # not yet published
    assert "no-store" in response["Cache-Control"]
    workflow.publish(head, question)
    code = question.tracking_code
    html = client_for.post(TRACK, {"code": f"{code[:5]}-{code[5:]}"}).content.decode()
    assert "Câu trả lời chính thức" in html
    assert question.email not in html and question.phone not in html


def test_tracking_refused_shows_reason(client_for, commune, head):
    question = QuestionFactory(site=commune)
    workflow.refuse(head, question, "Không thuộc thẩm quyền giải quyết của xã.")
    html = client_for.post(TRACK, {"code": question.tracking_code}).content.decode()
    assert "Không thuộc thẩm quyền giải quyết của xã." in html


def test_tracking_unknown_or_other_site_code(client_for, other_commune):
    foreign = QuestionFactory(site=other_commune)
    for code in (foreign.tracking_code, "ZZZZZZZZZZ"):
        response = client_for.post(TRACK, {"code": code})
        assert response.context["not_found"] is True
        assert response.context["question"] is None
    response = client_for.post(TRACK, {"code": "<script>"})
    assert response.status_code == 200 and response.context["form"].errors


def test_tracking_is_rate_limited(client_for, settings):
    settings.QUESTIONS_RATE_LIMITS = {"ask": (5, 600), "track": (3, 600)}
    for _ in range(3):
        assert client_for.post(TRACK, {"code": "ZZZZZZZZZZ"}).status_code == 200
    assert client_for.post(TRACK, {"code": "ZZZZZZZZZZ"}).status_code == 429


class BrokenMailBackend(BaseEmailBackend):
    """A mail server whose refusal quotes the address, as real ones do."""

    def send_messages(self, messages):
        raise OSError("550 mailbox an.nguyen@gmail.com unavailable")


def test_mail_failure_keeps_the_question_and_logs_no_address(
    client_for, valid_data, settings, caplog, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "outbox.backends.QueuedEmailBackend"
    settings.OUTBOX_DELIVERY_BACKEND = f"{__name__}.BrokenMailBackend"
    from outbox.services.delivery import deliver

    with django_capture_on_commit_callbacks(execute=True):
        response = ask(client_for, valid_data)
    assert response.status_code == 200
    assert Question.objects.count() == 1
    with caplog.at_level("WARNING"):
        assert deliver() == (0, 1)  # the mail worker's run
    assert OutgoingEmail.objects.pending().count() == 1  # kept for the next retry
    assert "an.nguyen@gmail.com" not in caplog.text


def test_empty_post_and_huge_post_store_nothing(client_for, valid_data):
    response = ask(client_for, {})
    assert response.status_code == 200
    assert set(response.context["form"].errors) >= {"asker_name", "text", "consent", "topic"}
    response = ask(client_for, {**valid_data, "text": "Đ" * 100_000, "asker_name": "A" * 10_000})
    assert response.status_code == 200
    assert {"text", "asker_name"} <= set(response.context["form"].errors)
    assert Question.objects.count() == 0
