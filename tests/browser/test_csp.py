"""The Content-Security-Policy in a real browser: public pages and the
Wagtail admin work under it, and the browser reports no blocked script,
style or frame (a blocked inline script would silently break the editor)."""

import pytest

from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import Client

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def csp_violations(page):
    found = []
    page.on(
        "console",
        lambda message: (
            found.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    return found


def signed_in(new_page, base_url):
    """A browser page carrying a signed-in superuser's session cookie."""
    admin = get_user_model().objects.create_superuser("quantri", "qt@example.gov.vn", "x")
    client = Client()
    client.force_login(admin)
    page = new_page()
    page.context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": base_url,
            }
        ]
    )
    return page


def test_public_pages_run_under_the_strict_policy(browser_commune, new_page):
    page = new_page()
    violations = csp_violations(page)
    for url in ["/", browser_commune["news"][0].url, "/tim-kiem/?q=hội nghị"]:
        response = page.goto(browser_commune["url"] + url)
        assert "script-src 'self'" in response.headers["content-security-policy"]
    assert violations == []


def test_page_editor_works_under_the_admin_policy(browser_commune, new_page):
    news = browser_commune["news"][0]
    page = signed_in(new_page, browser_commune["url"])
    violations = csp_violations(page)

    response = page.goto(f"{browser_commune['url']}/admin/pages/{news.pk}/edit/")
    assert response.status == 200
    assert "'unsafe-inline'" in response.headers["content-security-policy"]
    # The rich text editor and the StreamField are drawn by JavaScript.
    page.wait_for_selector(".Draftail-Editor", timeout=15000)
    page.wait_for_selector("[data-streamfield-stream-container]", timeout=15000)
    page.goto(f"{browser_commune['url']}/admin/images/")
    page.goto(f"{browser_commune['url']}/")  # the userbar on a public page

    assert violations == []
