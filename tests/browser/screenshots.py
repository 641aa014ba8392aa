"""Take the README's screenshots of a running demo (not a test).

    export DJANGO_SETTINGS_MODULE=website.settings.dev DATABASE_URL=sqlite:////tmp/shots.sqlite3
    .venv/bin/python manage.py migrate
    .venv/bin/python manage.py demo --port 8765
    .venv/bin/python manage.py runserver 127.0.0.1:8765
    .venv/bin/python tests/browser/screenshots.py [--base http://tancuong.localhost:8765] [--all]

The admin's screenshots log in as the head of the commune's board with the
demo password and the code of ``manage.py demo_otp`` (same environment).

Chromium resolves *.localhost to 127.0.0.1, so the commune's own host name
reaches the local server. ``--all`` also saves the news list, a news page and
a document page (and print previews) to $TMPDIR/shots/ for review.
"""

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from chromium import CHROMIUM, CHROMIUM_ARGS, DESKTOP, PHONE  # beside this script
from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "docs" / "screenshots"


def shoot(browser, url, path, viewport, full_page, scale=1, media=None):
    context = browser.new_context(viewport=viewport, device_scale_factor=scale, locale="vi-VN")
    page = context.new_page()
    if media:
        page.emulate_media(media=media)
    page.goto(url, wait_until="networkidle")
    page.screenshot(path=str(path), full_page=full_page, type="png")
    context.close()
    print(path, path.stat().st_size // 1024, "KB")


def admin_shots(browser, base, username="tancuong.truongban"):
    """The dashboard and a news item's editor, as the head of the board sees them."""
    context = browser.new_context(viewport=DESKTOP, locale="vi-VN")
    page = context.new_page()
    page.goto(base + "/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", os.environ.get("DEMO_PASSWORD", "Demo@2026xa"))
    page.click("button[type=submit]")
    page.wait_for_url("**/2fa/**")
    code = subprocess.run(  # noqa: S603 - our own manage.py, fixed arguments
        [sys.executable, str(ROOT / "manage.py"), "demo_otp", username],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    page.fill("input[name=token]", code)
    page.click("button[type=submit]")
    page.wait_for_url("**/admin/")
    page.wait_for_load_state("networkidle")
    page.screenshot(path=str(OUT / "admin-dashboard.png"), type="png")
    print(OUT / "admin-dashboard.png")
    page.goto(base + "/admin/pages/search/?q=h%E1%BB%99i+ngh%E1%BB%8B")
    edit = page.locator("a[href*='/edit/']").first.get_attribute("href")
    page.goto(base + edit, wait_until="networkidle")
    page.screenshot(path=str(OUT / "admin-page-editor.png"), type="png")
    print(OUT / "admin-page-editor.png")
    context.close()


def first_link(browser, url, selector):
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    page.goto(url)
    href = page.locator(selector).first.get_attribute("href")
    context.close()
    return href


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", default="http://tancuong.localhost:8765")
    parser.add_argument("--all", action="store_true", help="also review pages in /tmp/shots")
    options = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True
        )
        home = options.base + "/"
        shoot(browser, home, OUT / "commune-home-phone.png", PHONE, full_page=False, scale=2)
        shoot(browser, home, OUT / "commune-home-desktop.png", DESKTOP, full_page=False)
        admin_shots(browser, options.base)
        if options.all:
            review = Path(tempfile.gettempdir()) / "shots"
            review.mkdir(exist_ok=True)
            news = first_link(browser, options.base + "/tin-tuc/", ".card__title a")
            doc = first_link(browser, options.base + "/van-ban/", ".doc-table th a")
            pages = {
                "home": "/",
                "news-list": "/tin-tuc/",
                "news": news,
                "documents": "/van-ban/",
                "document": doc,
                "qa": "/hoi-dap/",
                "intro": "/gioi-thieu/",
                "statistics": "/thong-ke/",
                "contact": "/lien-he/",
            }
            for name, path in pages.items():
                for label, viewport in (("phone", PHONE), ("desktop", DESKTOP)):
                    shoot(
                        browser,
                        options.base + path,
                        review / f"{name}-{label}.png",
                        viewport,
                        full_page=True,
                    )
            for name in ("news", "document"):
                shoot(
                    browser,
                    options.base + pages[name],
                    review / f"{name}-print.png",
                    {"width": 794, "height": 1123},  # A4 at 96 dpi
                    full_page=True,
                    media="print",
                )
        browser.close()


if __name__ == "__main__":
    main()
