"""The report on comments has a deadline (a rule kept as data), shown due and
late on the board's dashboard and in its daily email, with the questions."""

import datetime
from io import StringIO

import pytest

from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone, translation

from consultations.factories import ConsultationPageFactory
from consultations.services.reports import pending_reports
from core.models import Role
from deadlines.models import DeadlinePolicy, SiteDeadlinePolicy
from questions.factories import QuestionFactory
from tests.helpers import member, section
from tests.questions.helpers import grant, make_user

pytestmark = pytest.mark.django_db

D = datetime.date


def closed_on(commune, day, **fields):
    return ConsultationPageFactory(
        parent=section(commune, "lay-y-kien"),
        opens_on=day - datetime.timedelta(days=30),
        closes_on=day,
        **fields,
    )


def test_report_is_due_ten_working_days_after_closing_by_default(commune):
    draft = closed_on(commune, D(2026, 11, 27))  # a Friday
    assert DeadlinePolicy.load().consultation_days == 10
    assert draft.report_due_date() == D(2026, 12, 11)


def test_a_commune_may_shorten_the_report_deadline(commune):
    policy = SiteDeadlinePolicy.for_site(commune)
    policy.consultation_days = 5
    policy.save()
    draft = closed_on(commune, D(2026, 11, 27))
    assert draft.report_due_date() == D(2026, 12, 4)


def test_pending_reports_say_how_late(commune):
    closed_on(commune, D(2026, 11, 13), title="Dự thảo đã quá hạn báo cáo")
    closed_on(commune, D(2026, 12, 3), title="Dự thảo mới đóng")
    concluded = closed_on(commune, D(2026, 11, 13), title="Dự thảo đã có báo cáo")
    type(concluded).objects.filter(pk=concluded.pk).update(report_published_at=timezone.now())
    items = pending_reports(today=D(2026, 12, 7))
    assert [(i.page.title, i.is_late) for i in items] == [
        ("Dự thảo đã quá hạn báo cáo", True),
        ("Dự thảo mới đóng", False),
    ]
    # ten working days after Friday 13 November, Vietnamese Culture Day
    # (24 November) off: Monday 30 November; late by 1 to 4 and 7 December
    assert items[0].due_date == D(2026, 11, 30)
    assert items[0].days_late == 5


def test_dashboard_shows_the_late_report_to_the_board_only(client, commune, other_commune):
    late = closed_on(commune, timezone.localdate() - datetime.timedelta(days=40))
    head = grant(make_user("tc.head"), commune, Role.HEAD)
    outsider = grant(make_user("pt.head"), other_commune, Role.HEAD)
    client.force_login(head)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert late.title in html
    client.force_login(outsider)
    assert late.title not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_daily_email_lists_late_report_and_new_and_late_questions(commune):
    member(commune, Role.HEAD, "tc.head")
    closed_on(commune, D(2026, 11, 13), title="Dự thảo Kế hoạch năm 2027")
    new = QuestionFactory(site=commune, due_date=D(2026, 12, 28))
    late = QuestionFactory(site=commune, state="assigned", due_date=D(2026, 12, 1))
    QuestionFactory(site=commune, state="assigned", due_date=D(2026, 12, 28))  # in time
    out = StringIO()
    with translation.override("en"):
        call_command("check_deadlines", "--date", "2026-12-07", stdout=out)
    assert len(mail.outbox) == 1
    body = mail.outbox[0].body
    assert "Dự thảo Kế hoạch năm 2027" in body
    assert "30/11/2026" in body  # the report's due date (closed 13 November)
    assert new.tracking_code in body and late.tracking_code in body
    assert "1 reports on comments, 2 new or late questions" in out.getvalue()
    # the same day again: nothing twice
    with translation.override("en"):
        call_command("check_deadlines", "--date", "2026-12-07", stdout=StringIO())
    assert len(mail.outbox) == 1
