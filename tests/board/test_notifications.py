"""Every board notification reaches the members whose role concerns it, at
once or in one email a day as each member chose in their account
settings, and never twice."""

import datetime
import io

import pytest

from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from board.models import Frequency, NotificationPreference
from core.factories import ImageFactory
from core.models import SiteProfile
from documents.factories import LegalDocumentPageFactory
from questions.factories import QuestionFactory
from tests.helpers import section

from .helpers import client_for, news_form_data, news_section

pytestmark = pytest.mark.django_db


def _choose(user, frequency):
    NotificationPreference.objects.update_or_create(user=user, defaults={"frequency": frequency})


def _to(user):
    return [m for m in mail.outbox if m.to == [user.email]]


def _submit(user, site, slug):
    image = ImageFactory(collection=SiteProfile.for_site(site).collection)
    response = client_for(user).post(
        reverse("wagtailadmin_pages:add", args=("news", "newspage", news_section(site).pk)),
        news_form_data(image, title=f"Tin {slug}", slug=slug, **{"action-submit": "1"}),
    )
    assert response.status_code == 302


def _late_item(site):
    today = timezone.localdate()
    return LegalDocumentPageFactory(
        parent=section(site, "van-ban"),
        title="Quyết định chưa đăng đúng hạn",
        live=False,
        signing_date=today - datetime.timedelta(days=20),
    )


def _run(command, *args):
    call_command(command, *args, stdout=io.StringIO())


def test_digest_members_get_one_email_a_day_and_immediate_members_each_event_once(commune, board_a):
    editor, deputy = board_a["editor"], board_a["deputy"]
    _choose(editor, Frequency.DAILY)
    _choose(deputy, Frequency.IMMEDIATE)
    late = _late_item(commune)

    # Two submissions go to the review step (editor and deputy)...
    _submit(board_a["contributor"], commune, "tin-mot")
    _submit(board_a["content"], commune, "tin-hai")
    # ... and the day's deadline reminder to every board member.
    _run("check_deadlines")

    assert len(_to(deputy)) == 3  # each event once, at once
    assert _to(editor) == []  # kept for the daily email

    _run("send_daily_notifications")
    [digest] = _to(editor)
    assert "Tin tin-mot" in digest.body and "Tin tin-hai" in digest.body
    assert late.title in digest.body
    assert "Thông báo của Ban biên tập" in digest.subject
    assert len(_to(deputy)) == 3  # nothing more for the immediate member

    # A second run the same day sends nothing twice.
    _run("send_daily_notifications")
    _run("check_deadlines")
    assert len(_to(editor)) == 1 and len(_to(deputy)) == 3


def test_each_kind_goes_to_the_roles_it_concerns(commune, board_a):
    """New questions concern the head, deputy and content member, not the
    editor; emergency reviews only the head and deputy."""
    QuestionFactory(site=commune)
    _run("check_deadlines")
    told = {m.to[0] for m in mail.outbox}
    assert board_a["content"].email in told and board_a["head"].email in told
    assert board_a["editor"].email not in told
    assert board_a["contributor"].email not in told


def test_the_choice_is_in_the_account_settings(commune, board_a):
    editor = board_a["editor"]
    client = client_for(editor)
    page = client.get(reverse("wagtailadmin_account"))
    html = page.content.decode()
    assert "Thông báo của Ban biên tập" in html and "Mỗi ngày một thư" in html
    form = page.context["panels_by_tab"]
    data = {}
    for panels in form.values():
        for panel in panels:
            bound = panel.get_form()
            for field in bound:
                value = bound.initial.get(field.name, field.field.initial)
                if value not in (None, ""):
                    data[field.html_name] = value
    data["board_notifications-frequency"] = Frequency.DAILY
    response = client.post(reverse("wagtailadmin_account"), data)
    assert response.status_code == 302, response.content[:1000]
    assert NotificationPreference.frequency_for(editor) == Frequency.DAILY
