"""Drafts for consultation in the admin and on the public site: their window,
their stages and the report on how comments were taken into account."""

import datetime

import pytest

from django.utils import timezone

from wagtail.test.utils.form_data import rich_text, streamfield

from consultations.factories import ConsultationPageFactory
from consultations.models import ConsultationPage, Stage
from core.factories import PdfDocumentFactory
from tests.helpers import section
from tests.home.helpers import create_page_in_admin, form_data

pytestmark = pytest.mark.django_db


def _draft_data(**overrides):
    fields = {
        "title": "Dự thảo quy chế văn hóa công sở",
        "slug": "du-thao-quy-che",
        "summary": "Lấy ý kiến nhân dân về dự thảo quy chế.",
        "drafting_body": "Văn phòng HĐND và UBND xã",
        "opens_on": "2026-11-01",
        "closes_on": "2026-11-30",
        "draft_document": PdfDocumentFactory().pk,
        "how_to_comment": rich_text("<p>Gửi ý kiến về Văn phòng UBND xã.</p>"),
        "report_intro": rich_text(""),
        "report": streamfield([]),
    }
    fields.update(overrides)
    return form_data(**fields)


def test_consultation_cannot_close_before_it_opens(admin_client, commune):
    _, errors = create_page_in_admin(
        admin_client,
        section(commune, "lay-y-kien"),
        ConsultationPage,
        _draft_data(opens_on="2026-11-30", closes_on="2026-11-01"),
    )
    assert errors["closes_on"] == ["The consultation cannot close before it opens."]
    assert not ConsultationPage.objects.exists()


def test_consultation_is_published_and_listed(admin_client, commune, site_client):
    _, errors = create_page_in_admin(
        admin_client, section(commune, "lay-y-kien"), ConsultationPage, _draft_data()
    )
    assert errors == {}
    html = site_client(commune).get("/lay-y-kien/").content.decode()
    assert "Dự thảo quy chế văn hóa công sở" in html


def test_consultation_needs_the_draft_document(admin_client, commune):
    _, errors = create_page_in_admin(
        admin_client,
        section(commune, "lay-y-kien"),
        ConsultationPage,
        _draft_data(draft_document=""),
    )
    assert errors["draft_document"] == ["This field is required."]


def _report(text="Tiếp thu, bổ sung Điều 5."):
    return streamfield(
        [("response", {"comments": "1, 2", "outcome": "accepted", "response": text})]
    )


def test_report_cannot_be_published_while_comments_are_open(admin_client, commune):
    today = timezone.localdate()
    _, errors = create_page_in_admin(
        admin_client,
        section(commune, "lay-y-kien"),
        ConsultationPage,
        _draft_data(
            opens_on=str(today - datetime.timedelta(days=3)),
            closes_on=str(today + datetime.timedelta(days=3)),
            report=_report(),
        ),
    )
    assert errors["report"] == [
        "The report on comments can be published only after the consultation has closed."
    ]


def test_publishing_the_report_concludes_the_consultation(admin_client, commune, site_client):
    _, errors = create_page_in_admin(
        admin_client,
        section(commune, "lay-y-kien"),
        ConsultationPage,
        _draft_data(report=_report("Tiếp thu, bổ sung Điều 5 về thời hạn.")),
    )
    assert errors == {}
    page = ConsultationPage.objects.get()
    assert page.report_published_at is not None
    assert page.stage == Stage.CONCLUDED
    html = site_client(commune).get(page.url).content.decode()
    assert "Tiếp thu, bổ sung Điều 5 về thời hạn." in html
    concluded = site_client(commune).get("/lay-y-kien/?trang-thai=concluded").content.decode()
    assert page.title in concluded
    awaiting = site_client(commune).get("/lay-y-kien/?trang-thai=awaiting").content.decode()
    assert page.title not in awaiting


def test_list_shows_each_stage(commune, site_client, draft, closed_draft):
    client = site_client(commune)
    html = client.get("/lay-y-kien/").content.decode()
    assert draft.title in html and closed_draft.title in html
    open_only = client.get("/lay-y-kien/?trang-thai=open").content.decode()
    assert draft.title in open_only and closed_draft.title not in open_only
    awaiting = client.get("/lay-y-kien/?trang-thai=awaiting").content.decode()
    assert closed_draft.title in awaiting and draft.title not in awaiting
    # a stage that does not exist shows every draft, never an error
    assert client.get("/lay-y-kien/?trang-thai=%3Cscript%3E").status_code == 200


def test_stages_follow_the_calendar(commune):
    today = timezone.localdate()
    index = section(commune, "lay-y-kien")
    upcoming = ConsultationPageFactory(
        parent=index,
        opens_on=today + datetime.timedelta(days=1),
        closes_on=today + datetime.timedelta(days=9),
    )
    assert upcoming.stage == Stage.UPCOMING
    assert not upcoming.is_open
