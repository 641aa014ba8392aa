"""Following a commune by email: double opt-in, the daily digest, leaving,
and the form's protections."""

import datetime
import re

import pytest

from django.core import mail
from django.test import Client
from django.utils import timezone

from documents.factories import LegalDocumentPageFactory
from news.factories import NewsPageFactory
from outbox.models import OutgoingEmail
from questions.services.consent import current_notice
from subscriptions.models import Digest, Subscription
from subscriptions.services import subscribers
from subscriptions.services.digest import queue_digest
from tests.helpers import HOSTILE_TEXTS, section

pytestmark = pytest.mark.django_db

URL = "/dang-ky-nhan-tin/"
DAY = datetime.date(2026, 12, 3)


@pytest.fixture(autouse=True)
def _default_limits(settings):
    settings.QUESTIONS_RATE_LIMITS = {"subscribe": (5, 600)}


@pytest.fixture
def client_for(site_client, commune):
    return site_client(commune)


@pytest.fixture
def data(db):
    return {
        "email": "Mai.Tran@Gmail.com",
        "topics": ["news", "documents"],
        "consent": "on",
        "notice_version": current_notice().version,
        "website": "",
    }


def subscribe(client, data, ip="203.0.113.7"):
    return client.post(URL, data, REMOTE_ADDR=ip)


def link_in(message, kind):
    return re.search(rf"https?://\S+/dang-ky-nhan-tin/{kind}/\S+/", message.body).group(0)


def subscriber(site, email, confirmed=True, **topics):
    notice = current_notice()
    return Subscription.objects.create(
        site=site,
        email=email,
        consent_at=timezone.now(),
        consent_notice=notice,
        consent_version=notice.version,
        confirmed_at=timezone.now() if confirmed else None,
        **topics,
    )


def published_on(day, hour=9):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour)))


# --- subscribing --------------------------------------------------------------


def test_footer_links_to_the_subscription_page(client_for):
    assert URL in client_for.get("/").content.decode()


def test_double_opt_in(client_for, data, django_capture_on_commit_callbacks):
    page = client_for.get(URL)
    assert page.status_code == 200 and "no-cache" in page["Cache-Control"]
    with django_capture_on_commit_callbacks(execute=True):
        response = subscribe(client_for, data)
    assert response.context["done"]
    subscription = Subscription.objects.get()
    assert subscription.email == "mai.tran@gmail.com"
    assert (subscription.news, subscription.documents, subscription.consultations) == (
        True,
        True,
        False,
    )
    assert not subscription.is_active
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["mai.tran@gmail.com"]
    assert "Xã Tân Cương" in message.subject
    confirm = link_in(message, "xac-nhan")
    assert client_for.get(confirm.split(".vn", 1)[1]).status_code == 200
    subscription.refresh_from_db()
    assert subscription.is_active


def test_confirmation_is_not_resent_within_the_hour(
    client_for, data, settings, django_capture_on_commit_callbacks
):
    settings.QUESTIONS_RATE_LIMITS = None
    for ip in ("203.0.113.1", "203.0.113.2", "203.0.113.3"):
        with django_capture_on_commit_callbacks(execute=True):
            subscribe(client_for, data, ip=ip)
    assert Subscription.objects.count() == 1
    assert len(mail.outbox) == 1


def test_expired_confirmation_link_does_nothing(client_for, commune):
    pending = subscriber(commune, "late@gmail.com", confirmed=False)
    Subscription.objects.filter(pk=pending.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=8)
    )
    response = client_for.get(f"{URL}xac-nhan/{pending.token}/")
    assert response.status_code == 404
    pending.refresh_from_db()
    assert not pending.is_active
    assert subscribers.purge_unconfirmed() == 1


@pytest.mark.parametrize("value", [*HOSTILE_TEXTS, "not-an-email", "a@b\r\nBcc: x@y.vn"])
def test_hostile_email_is_refused_and_nothing_stored(client_for, data, value):
    response = subscribe(client_for, {**data, "email": value})
    assert response.status_code < 500
    assert "email" in response.context["form"].errors
    assert Subscription.objects.count() == 0


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"topics": []}, "topics"),
        ({"topics": ["sports"]}, "topics"),
        ({"consent": ""}, "consent"),
        ({"notice_version": "nope"}, "notice_version"),
    ],
)
def test_bad_choices_are_refused(client_for, data, change, field):
    payload = {k: v for k, v in {**data, **change}.items() if v not in ("", [])}
    response = subscribe(client_for, payload)
    assert field in response.context["form"].errors
    assert Subscription.objects.count() == 0


def test_honeypot_and_empty_posts_store_nothing(client_for, data):
    assert subscribe(client_for, {**data, "website": "x"}).context["form"].non_field_errors()
    assert subscribe(client_for, {}).status_code == 200
    assert Subscription.objects.count() == 0


def test_flood_from_one_address_is_refused_with_429(client_for, data):
    for n in range(5):
        assert subscribe(client_for, {**data, "email": f"a{n}@gmail.com"}).status_code == 200
    response = subscribe(client_for, {**data, "email": "a9@gmail.com"})
    assert response.status_code == 429
    assert Subscription.objects.count() == 5


def test_form_works_with_csrf_enforced(commune, data):
    client = Client(HTTP_HOST=commune.hostname, enforce_csrf_checks=True)
    assert client.post(URL, data).status_code == 403
    client.get(URL)
    payload = {**data, "csrfmiddlewaretoken": client.cookies["csrftoken"].value}
    assert client.post(URL, payload).status_code == 200
    assert Subscription.objects.count() == 1


# --- the digest ---------------------------------------------------------------


@pytest.fixture
def two_news(commune):
    index = section(commune, "tin-tuc")
    return [
        NewsPageFactory(parent=index, title=title, first_published_at=published_on(DAY, hour))
        for hour, title in ((8, "Hội nghị tổng kết năm 2026"), (15, "Khởi công đường liên thôn"))
    ]


def test_digest_lists_both_items_once_to_each_confirmed_subscriber(
    commune, other_commune, two_news
):
    NewsPageFactory(
        parent=section(commune, "tin-tuc"),
        title="Tin của hôm trước",
        first_published_at=published_on(DAY - datetime.timedelta(days=1)),
    )
    confirmed = [subscriber(commune, f"dan{n}@gmail.com") for n in range(3)]
    subscriber(commune, "pending@gmail.com", confirmed=False)
    gone = subscriber(commune, "gone@gmail.com")
    subscribers.unsubscribe(gone.token, commune)
    subscriber(commune, "docs-only@gmail.com", news=False, documents=True)
    subscriber(other_commune, "other@gmail.com")

    result = queue_digest(commune, DAY)

    assert result.recipients == 3
    rows = list(OutgoingEmail.objects.all())
    assert sorted(r.to[0] for r in rows) == sorted(s.email for s in confirmed)
    for row in rows:
        assert row.body.count("Hội nghị tổng kết năm 2026") == 1
        assert row.body.count("Khởi công đường liên thôn") == 1
        assert "Tin của hôm trước" not in row.body
        assert "Xã Tân Cương" in row.subject
        assert row.headers["List-Unsubscribe"].startswith("<http")
    # each message carries its own subscriber's link
    assert len({row.headers["List-Unsubscribe"] for row in rows}) == 3
    # the same day is never queued twice
    assert queue_digest(commune, DAY).status == "already"
    assert OutgoingEmail.objects.count() == 3


def test_nothing_is_sent_on_a_day_with_nothing_new(commune, two_news):
    subscriber(commune, "dan@gmail.com")
    result = queue_digest(commune, DAY + datetime.timedelta(days=1))
    assert result.status == "nothing-new"
    assert OutgoingEmail.objects.count() == 0
    assert Digest.objects.count() == 0


def test_documents_go_only_to_those_who_chose_them(commune):
    LegalDocumentPageFactory(
        parent=section(commune, "van-ban"),
        title="Quyết định ban hành quy chế",
        first_published_at=published_on(DAY),
    )
    subscriber(commune, "news@gmail.com")
    subscriber(commune, "docs@gmail.com", documents=True)
    queue_digest(commune, DAY)
    assert [row.to for row in OutgoingEmail.objects.all()] == [["docs@gmail.com"]]


def test_unsubscribe_link_works_without_login_and_erases_the_address(client_for, commune, two_news):
    person = subscriber(commune, "dan@gmail.com")
    queue_digest(commune, DAY)
    row = OutgoingEmail.objects.get()
    link = row.headers["List-Unsubscribe"].strip("<>")
    assert link in row.body  # the same link in the message itself
    path = link.split(".vn", 1)[1]
    response = Client(HTTP_HOST=commune.hostname).get(path)  # one click, no login
    assert response.status_code == 200
    person.refresh_from_db()
    assert (person.email, person.is_active) == ("", False)
    assert not OutgoingEmail.objects.filter(to__icontains="dan@gmail.com").exists()
    assert client_for.get(path).status_code == 404  # used up


def test_the_mail_clients_one_click_post_needs_no_csrf_token(commune):
    person = subscriber(commune, "dan@gmail.com")
    client = Client(HTTP_HOST=commune.hostname, enforce_csrf_checks=True)
    response = client.post(f"{URL}huy/{person.token}/", {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    person.refresh_from_db()
    assert not person.is_active


def test_unsubscribe_link_cannot_be_guessed(client_for, commune, other_commune):
    person = subscriber(commune, "dan@gmail.com")
    assert len(person.token) >= 40
    assert client_for.get(f"{URL}huy/{person.token[:-1]}x/").status_code == 404
    assert client_for.get(f"{URL}huy/{'a' * 500}/").status_code == 404
    # another commune's host does not know this token
    other = Client(HTTP_HOST=other_commune.hostname)
    assert other.get(f"{URL}huy/{person.token}/").status_code == 404
    person.refresh_from_db()
    assert person.is_active
