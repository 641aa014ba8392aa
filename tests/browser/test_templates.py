"""The public templates without a browser: what axe cannot see (content rules,
CSP-readiness of every template file, pagination keeping filters)."""

import datetime
import re
from pathlib import Path

import pytest

from django.conf import settings
from django.utils import timezone

from core.models import SiteProfile
from documents.factories import LegalDocumentPageFactory
from home.models import Banner
from news.factories import NewsPageFactory

from ..conftest import section

TEMPLATES = Path(settings.BASE_DIR) / "website" / "templates"
INLINE = re.compile(r"<script(?![^>]*\bsrc=)|<style|\sstyle=|\son[a-z]+=", re.IGNORECASE)


def test_no_template_has_inline_script_style_or_handler():
    offenders = []
    for path in TEMPLATES.rglob("*.html"):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if INLINE.search(line):
                offenders.append(f"{path.relative_to(TEMPLATES)}:{number}: {line.strip()}")
    assert not offenders, "a Content-Security-Policy would block:\n" + "\n".join(offenders)


@pytest.fixture
def news_index(commune):
    return section(commune, "tin-tuc")


@pytest.mark.django_db
def test_footer_names_agency_and_head_of_board(commune, site_client):
    SiteProfile.objects.filter(site=commune).update(
        agency_name="Ủy ban nhân dân xã Tân Cương",
        board_head_name="Nguyễn Văn An",
        board_head_title="Chủ tịch UBND xã",
    )
    html = site_client(commune).get("/").content.decode()
    footer = html[html.index('<footer class="site-footer"') :]
    assert "Ủy ban nhân dân xã Tân Cương" in footer
    assert "Nguyễn Văn An" in footer and "Chủ tịch UBND xã" in footer


@pytest.mark.django_db
def test_only_current_banners_are_shown(commune, site_client):
    now = timezone.now()
    day = datetime.timedelta(days=1)
    Banner.objects.create(
        site=commune, text="Khẩu hiệu hiện hành", valid_from=now - day, valid_until=now + day
    )
    Banner.objects.create(
        site=commune, text="Khẩu hiệu đã hết hạn", valid_from=now - 9 * day, valid_until=now - day
    )
    Banner.objects.create(
        site=commune, text="Khẩu hiệu sắp tới", valid_from=now + day, valid_until=now + 9 * day
    )
    html = site_client(commune).get("/").content.decode()
    assert "Khẩu hiệu hiện hành" in html
    assert "Khẩu hiệu đã hết hạn" not in html
    assert "Khẩu hiệu sắp tới" not in html


@pytest.mark.django_db
def test_news_page_is_printable_and_described(news_index, commune, site_client):
    item = NewsPageFactory(parent=news_index, lead_image_alt="Quang cảnh hội nghị")
    item.save_revision().publish()  # sets the publication date DC.date shows
    html = (
        site_client(commune)
        .get(item.url_path[len(commune.root_page.url_path) - 1 :])
        .content.decode()
    )
    assert html.count("<h1") == 1
    assert 'alt="Quang cảnh hội nghị"' in html
    assert re.search(r'<button type="button" class="print-button" data-print hidden>', html)
    for name in ("DC.title", "DC.creator", "DC.date", "DC.subject", "DC.language"):
        assert f'name="{name}"' in html, name
    assert 'href="/static/css/print.css" media="print"' in html
    assert "facebook.com/sharer" in html and "<iframe" not in html
    assert re.search(r"\d{2}/\d{2}/\d{4}", html), "dates are dd/mm/yyyy"


@pytest.mark.django_db
def test_document_page_shows_particulars_and_pdf(commune, site_client):
    doc = LegalDocumentPageFactory(parent=section(commune, "van-ban"), number="63/QĐ-UBND")
    html = (
        site_client(commune)
        .get(doc.url_path[len(commune.root_page.url_path) - 1 :])
        .content.decode()
    )
    assert "63/QĐ-UBND" in html
    assert doc.signing_date.strftime("%d/%m/%Y") in html
    assert doc.file.url in html


@pytest.mark.django_db
def test_pagination_keeps_the_filter(news_index, commune, site_client):
    for _ in range(12):
        NewsPageFactory(parent=news_index, category="event")
    html = site_client(commune).get("/tin-tuc/?category=event&page=2").content.decode()
    assert 'aria-current="page"' in html
    assert "?category=event&amp;page=1" in html


@pytest.mark.django_db
def test_empty_sections_say_they_are_being_updated(commune, site_client):
    client = site_client(commune)
    for slug in ("tin-tuc", "van-ban", "thong-ke", "lay-y-kien", "cong-khai-thong-tin", "lien-he"):
        response = client.get(f"/{slug}/")
        assert response.status_code == 200, slug
        assert 'class="empty-section"' in response.content.decode(), slug
