"""News items through the admin form: what an editor must give, and what is refused."""

import datetime

import pytest

from django.utils import timezone

from wagtail.test.utils.form_data import rich_text, streamfield

from core.factories import ImageFactory
from news.models import NewsPage
from tests.helpers import section
from tests.home.helpers import create_page_in_admin, form_data, vi

pytestmark = pytest.mark.django_db


@pytest.fixture
def news_index(commune):
    return section(commune, "tin-tuc")


def _news_data(**overrides):
    fields = {
        "title": "Hội nghị tổng kết công tác năm 2026",
        "slug": "hoi-nghi-tong-ket-2026",
        "summary": "Đảng ủy xã tổ chức hội nghị tổng kết.",
        "lead_image": ImageFactory().pk,
        "lead_image_alt": "Toàn cảnh hội nghị",
        "body": streamfield([("paragraph", rich_text("<p>Sáng 20/11, tại hội trường…</p>"))]),
        "category": "conference",
        "event_date": "2026-11-20",
        "event_end_date": "",
        "source_kind": "own",
        "author": "Nguyễn Văn An",
        "source": "",
        "source_url": "",
    }
    fields.update(overrides)
    return form_data(**fields)


def test_editor_publishes_a_complete_news_item(admin_client, news_index, commune, site_client):
    response, errors = create_page_in_admin(admin_client, news_index, NewsPage, _news_data())
    assert errors == {}
    assert response.status_code == 302
    item = NewsPage.objects.get(slug="hoi-nghi-tong-ket-2026")
    assert item.live and item.event_date == datetime.date(2026, 11, 20)
    page = site_client(commune).get("/tin-tuc/hoi-nghi-tong-ket-2026/")
    assert page.status_code == 200
    assert "Sáng 20/11, tại hội trường…" in page.content.decode()


def test_news_item_without_a_lead_photo_is_refused(admin_client, news_index):
    response, errors = create_page_in_admin(
        admin_client, news_index, NewsPage, _news_data(lead_image="")
    )
    assert errors["lead_image"] == ["This field is required."]
    assert not NewsPage.objects.exists()


def test_lead_photo_needs_a_description_for_blind_visitors(admin_client, news_index):
    _, errors = create_page_in_admin(
        admin_client, news_index, NewsPage, _news_data(lead_image_alt="")
    )
    assert errors["lead_image_alt"] == ["This field is required."]
    assert not NewsPage.objects.exists()


@pytest.mark.parametrize("missing", ["summary", "event_date", "title"])
def test_news_item_needs_summary_event_date_and_title(admin_client, news_index, missing):
    _, errors = create_page_in_admin(
        admin_client, news_index, NewsPage, _news_data(**{missing: ""})
    )
    assert errors[missing] == ["This field is required."]
    assert not NewsPage.objects.exists()


def test_event_cannot_end_before_it_begins(admin_client, news_index):
    _, errors = create_page_in_admin(
        admin_client,
        news_index,
        NewsPage,
        _news_data(event_date="2026-11-20", event_end_date="2026-11-19"),
    )
    assert errors["event_end_date"] == ["The event cannot end before it begins."]
    assert not NewsPage.objects.exists()


def test_event_on_one_day_may_end_the_same_day(admin_client, news_index):
    _, errors = create_page_in_admin(
        admin_client,
        news_index,
        NewsPage,
        _news_data(event_date="2026-11-20", event_end_date="20/11/2026"),
    )
    assert errors == {}
    assert NewsPage.objects.get().event_end_date == datetime.date(2026, 11, 20)


def test_unknown_category_is_refused(admin_client, news_index):
    _, errors = create_page_in_admin(
        admin_client, news_index, NewsPage, _news_data(category="gossip")
    )
    assert "category" in errors
    assert not NewsPage.objects.exists()


def test_news_list_filters_by_category(commune, site_client, news_index):
    from news.factories import NewsPageFactory

    NewsPageFactory(parent=news_index, title="Hội nghị giao ban", category="conference")
    NewsPageFactory(parent=news_index, title="Ra quân làm đường", category="activity")
    response = site_client(commune).get("/tin-tuc/", {"category": "conference"})
    titles = [item.title for item in response.context["page_obj"]]
    assert titles == ["Hội nghị giao ban"]
    html = site_client(commune).get("/tin-tuc/", {"category": "nope"}).content.decode()
    assert vi("Unknown category; showing all news.") in html


def test_news_page_is_printable_with_dublin_core(commune, site_client, news_index):
    from news.factories import NewsPageFactory

    item = NewsPageFactory(
        parent=news_index,
        title="Ra quân làm đường giao thông nông thôn",
        first_published_at=timezone.now(),
    )
    html = site_client(commune).get(f"/tin-tuc/{item.slug}/").content.decode()
    assert 'name="DC.title"' in html or 'name="dc.title"' in html.lower()
    assert "print.css" in html


# -- the source (seed 002, Điều 7) ---------------------------------------------


def test_news_item_without_a_source_cannot_be_published(admin_client, news_index):
    _, errors = create_page_in_admin(
        admin_client, news_index, NewsPage, _news_data(source_kind="", author="")
    )
    assert errors["source_kind"] == [
        "State the source of the news before submitting or publishing."
    ]
    assert not NewsPage.objects.exists()


def test_a_draft_may_be_saved_before_its_source_is_known(admin_client, news_index):
    _, errors = create_page_in_admin(
        admin_client, news_index, NewsPage, _news_data(source_kind=""), publish=False
    )
    assert errors == {}
    item = NewsPage.objects.get()
    assert not item.live


@pytest.mark.parametrize(
    ("fields", "field", "message"),
    [
        ({"source_kind": "own", "author": ""}, "author", "Give the author"),
        ({"source_kind": "other", "source": ""}, "source", "Name the source"),
        (
            {"source_kind": "other", "source": "Báo Điện Biên Phủ", "source_url": "not a link"},
            "source_url",
            "Enter a valid URL.",
        ),
    ],
)
def test_each_kind_of_source_needs_its_details(admin_client, news_index, fields, field, message):
    _, errors = create_page_in_admin(admin_client, news_index, NewsPage, _news_data(**fields))
    assert errors[field][0].startswith(message)
    assert not NewsPage.objects.filter(live=True).exists()


def test_another_source_is_named_and_linked_on_the_page(
    admin_client, news_index, commune, site_client
):
    _, errors = create_page_in_admin(
        admin_client,
        news_index,
        NewsPage,
        _news_data(
            source_kind="other",
            author="",
            source="Báo Điện Biên Phủ",
            source_url="https://baodienbienphu.com.vn/tin-tuc",
        ),
    )
    assert errors == {}
    html = site_client(commune).get("/tin-tuc/hoi-nghi-tong-ket-2026/").content.decode()
    assert 'href="https://baodienbienphu.com.vn/tin-tuc"' in html
    assert "Báo Điện Biên Phủ" in html
