"""Take the README's screenshots of a running demo (not a test).

    DATABASE_URL=sqlite:////tmp/shots.sqlite3 .venv/bin/python manage.py migrate
    DATABASE_URL=sqlite:////tmp/shots.sqlite3 .venv/bin/python manage.py demo
    DATABASE_URL=sqlite:////tmp/shots.sqlite3 .venv/bin/python manage.py runserver 127.0.0.1:8765
    .venv/bin/python tests/browser/screenshots.py [--base http://tancuong.localhost:8765] [--all]

Chromium resolves *.localhost to 127.0.0.1, so the commune's own host name
reaches the local server. ``--all`` also saves the news list, a news page and
a document page (and print previews) to $TMPDIR/shots/ for review.
"""

import argparse
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "docs" / "screenshots"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1366, "height": 900}


def shoot(browser, url, path, viewport, full_page, scale=1, media=None):
    context = browser.new_context(viewport=viewport, device_scale_factor=scale, locale="vi-VN")
    page = context.new_page()
    if media:
        page.emulate_media(media=media)
    page.goto(url, wait_until="networkidle")
    page.screenshot(path=str(path), full_page=full_page, type="png")
    context.close()
    print(path, path.stat().st_size // 1024, "KB")


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
            executable_path="/usr/bin/chromium", args=ARGS, headless=True
        )
        home = options.base + "/"
        shoot(browser, home, OUT / "commune-home-phone.png", PHONE, full_page=False, scale=2)
        shoot(browser, home, OUT / "commune-home-desktop.png", DESKTOP, full_page=False)
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
