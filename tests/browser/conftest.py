"""Browser tests: Playwright (sync API) driving Debian's Chromium.

Playwright's own browser download does not work on our machines, so the
tests launch /usr/bin/chromium. When it is missing they are skipped with a
clear reason, unless REQUIRE_BROWSER=1 (CI), where a missing browser fails.

Pages are served by pytest-django's ``live_server`` (a transactional
database). The commune built here answers at ``localhost:<port>``, the host
the live server listens on, so Wagtail routes requests to it.
"""

import datetime
import os

import pytest

from django.utils import timezone

from .chromium import CHROMIUM, CHROMIUM_ARGS, DESKTOP, PHONE  # noqa: F401 - the tests' viewports

# Playwright's sync API runs an event loop in this thread; Django would
# otherwise refuse database access from the test body.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"


def _browser_required():
    return os.environ.get("REQUIRE_BROWSER") == "1"


@pytest.fixture
def browser():
    """Chromium for one test. Not session-scoped on purpose: while Playwright's
    sync API runs, Django's per-context connection handle in this thread is a
    fresh one, so the next test's serialized rollback would find nothing to
    restore (the Wagtail root page and locale would be gone)."""
    if not CHROMIUM.exists():
        message = f"Chromium not found at {CHROMIUM}: browser tests need Debian's chromium."
        if _browser_required():
            pytest.fail(message + " (REQUIRE_BROWSER=1)")
        pytest.skip(message)
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as exc:  # pragma: no cover - the test requirements install it
        if _browser_required():
            pytest.fail(f"Playwright is not installed: {exc}")
        pytest.skip(f"Playwright is not installed: {exc}")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True
        )
        yield browser
        browser.close()


@pytest.fixture
def new_page(browser):
    """Open a page at a viewport; every context is closed after the test."""
    contexts = []

    def make(viewport=DESKTOP, **kwargs):
        context = browser.new_context(viewport=viewport, locale="vi-VN", **kwargs)
        contexts.append(context)
        return context.new_page()

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def browser_commune(live_server, django_db_serialized_rollback):
    """A complete commune with content in every listed section, served by the
    live server. Serialized rollback restores Wagtail's root page and locale
    after the transactional tests flush the database."""
    from urllib.parse import urlsplit

    from wagtail.models import Site

    from core.factories import ImageFactory
    from core.models import SiteProfile
    from documents.factories import LegalDocumentPageFactory, StatisticsPageFactory
    from home.factories import CommuneSiteFactory
    from home.models import Banner
    from news.factories import NewsPageFactory

    from ..conftest import section

    port = urlsplit(live_server.url).port
    # Wagtail's initial site also answers at "localhost": ours replaces it.
    Site.objects.filter(hostname="localhost").delete()
    site = CommuneSiteFactory(hostname="localhost", name="Xã Tân Cương", port=port)
    site.is_default_site = True
    site.save()
    SiteProfile.objects.filter(site=site).update(
        agency_name="Ủy ban nhân dân xã Tân Cương",
        parent_agency="Ủy ban nhân dân tỉnh Thái Nguyên",
        address="Xóm Nam Đồng, xã Tân Cương, tỉnh Thái Nguyên",
        phone="0208 3855 123",
        email="ubndtancuong@thainguyen.gov.vn",
        board_head_name="Nguyễn Văn An",
        board_head_title="Chủ tịch UBND xã",
    )
    now = timezone.now()
    Banner.objects.create(
        site=site,
        text="Nhiệt liệt chào mừng Đại hội Đảng bộ xã",
        valid_from=now - datetime.timedelta(days=1),
        valid_until=now + datetime.timedelta(days=30),
    )
    Banner.objects.create(
        site=site,
        text="Khẩu hiệu đã hết hạn",
        valid_from=now - datetime.timedelta(days=30),
        valid_until=now - datetime.timedelta(days=1),
    )
    news_index = section(site, "tin-tuc")
    news = [
        NewsPageFactory(
            parent=news_index,
            title=f"Hội nghị sơ kết công tác tháng {n} của xã Tân Cương",
            lead_image=ImageFactory(title=f"Ảnh hội nghị {n}"),
            lead_image_alt=f"Quang cảnh hội nghị sơ kết tháng {n}",
            is_urgent=(n == 1),
        )
        for n in range(1, 5)
    ]
    document = LegalDocumentPageFactory(
        parent=section(site, "van-ban"),
        title="Quyết định ban hành quy chế hoạt động của Ban biên tập",
        number="63/QĐ-UBND",
        issuing_body="UBND xã Tân Cương",
    )
    statistics = StatisticsPageFactory(parent=section(site, "thong-ke"))
    return {
        "site": site,
        "url": live_server.url,
        "news": news,
        "document": document,
        "statistics": statistics,
    }
