"""WCAG 2.1 AA in a real browser: axe-core on the public pages of a commune,
at a phone and a desktop viewport, and the keyboard path through the header.

axe-core is the copy shipped inside the axe-playwright-python package, so
nothing is downloaded when the tests run.
"""

import json
from pathlib import Path

import pytest

from ..conftest import section
from .conftest import DESKTOP, PHONE

# serialized_rollback must be on the marker: pytest-django decides which
# databases to serialize from markers before the fixtures run.
pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
BLOCKING_IMPACTS = {"serious", "critical"}


def _axe_script():
    import axe_playwright_python

    return Path(axe_playwright_python.__file__).with_name("axe.min.js")


def _public_paths(commune):
    return {
        "home": "/",
        "news list": "/tin-tuc/",
        "news page": commune["news"][0].get_url(),
        "document page": commune["document"].get_url(),
        "Q&A page": "/hoi-dap/",
        # Beyond the five main pages: the question form, the other page types.
        "question form": "/hoi-dap/" + section(commune["site"], "hoi-dap").reverse_subpage("ask"),
        "document register": "/van-ban/?type=decision&page=1",
        "statistics page": commune["statistics"].get_url(),
        "introduction": "/gioi-thieu/",
        "contact": "/lien-he/",
        "search": "/tim-kiem/?q=hoi+nghi",
        "not found": None,
    }


def run_axe(page):
    page.add_script_tag(path=str(_axe_script()))
    return page.evaluate(
        """async (tags) => {
            const results = await axe.run(document, {runOnly: {type: "tag", values: tags}});
            return results.violations.map(v => ({
                id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
                nodes: v.nodes.slice(0, 5).map(n => ({
                    target: n.target, summary: n.failureSummary, html: n.html.slice(0, 200),
                })),
            }));
        }""",
        AXE_TAGS,
    )


# Inline scripts, style attributes and on* handlers: the Content-Security-Policy
# allows only the site's own files, so none may appear on a public page.
INLINE_CODE_JS = """() => {
    const found = [];
    document.querySelectorAll("script:not([src])").forEach(el => {
        if (el.type !== "application/ld+json" && el.type !== "application/json") found.push("<script>");
    });
    document.querySelectorAll("style").forEach(() => found.push("<style>"));
    document.querySelectorAll("*").forEach(el => {
        for (const attr of el.attributes) {
            if (attr.name === "style" || attr.name.startsWith("on")) found.push(`${el.tagName}[${attr.name}]`);
        }
    });
    return found;
}"""


def _report(failures):
    lines = []
    for where, violations in failures:
        if not violations:
            lines.append(where)
        for violation in violations:
            lines.append(f"{where}: [{violation['impact']}] {violation['id']}: {violation['help']}")
            for node in violation["nodes"]:
                lines.append("    " + json.dumps(node, ensure_ascii=False))
    return "\n".join(lines)


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_public_pages_have_no_serious_axe_violation(browser_commune, new_page, viewport):
    # axe goes in as an inline script, which the site's CSP blocks (tests/browser/test_csp.py).
    page = new_page(viewport, bypass_csp=True)
    failures = []
    for name, path in _public_paths(browser_commune).items():
        if path is None:
            path = "/khong-co-trang-nay/"
            response = page.goto(browser_commune["url"] + path)
            assert response.status == 404
        else:
            response = page.goto(browser_commune["url"] + path)
            assert response.status == 200, f"{name} ({path}) answered {response.status}"
        # Before axe is injected (add_script_tag inlines it).
        inline = page.evaluate(INLINE_CODE_JS)
        if inline:
            failures.append((f"{name} {path}: inline code a CSP would block: {inline}", []))
        violations = run_axe(page)
        blocking = [v for v in violations if v["impact"] in BLOCKING_IMPACTS]
        if blocking:
            failures.append((f"{name} {path} @{viewport['width']}px", blocking))
        minor = [v for v in violations if v["impact"] not in BLOCKING_IMPACTS]
        if minor:  # reported, not failed: shown with -rA or on failure
            print(_report([(f"{name} {path} (minor)", minor)]))
    assert not failures, (
        "axe-core found serious or critical violations (or inline code):\n" + _report(failures)
    )


def _tab_to(page, predicate, limit=60):
    """Press Tab until ``predicate(active element info)`` holds; return the steps."""
    for step in range(1, limit + 1):
        page.keyboard.press("Tab")
        info = page.evaluate(
            """() => {
                const el = document.activeElement;
                return {tag: el.tagName.toLowerCase(), id: el.id, cls: el.className,
                        text: (el.textContent || "").trim().slice(0, 80),
                        name: el.getAttribute("name"), href: el.getAttribute("href"),
                        inNav: !!el.closest("nav.main-nav")};
            }"""
        )
        if predicate(info):
            return step, info
    return None, None


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_keyboard_reaches_skip_link_menu_and_search(browser_commune, new_page, viewport):
    page = new_page(viewport)
    page.goto(browser_commune["url"] + "/")

    page.keyboard.press("Tab")
    first = page.evaluate("() => document.activeElement.className")
    assert "skip-link" in first, f"the first Tab should reach the skip link, got {first!r}"
    assert page.locator(".skip-link").is_visible(), "the focused skip link must be visible"

    # The skip link moves focus to the main content.
    page.keyboard.press("Enter")
    assert page.evaluate("() => document.activeElement.id") == "main"

    page.goto(browser_commune["url"] + "/")
    step, _ = _tab_to(page, lambda el: el["name"] == "q")
    assert step, "the search field is not reachable with Tab"

    page.goto(browser_commune["url"] + "/")
    step, info = _tab_to(page, lambda el: el["inNav"])
    assert step, "the main menu is not reachable with Tab"
    if info["tag"] == "summary":
        # Phone: the menu button opens the menu with the keyboard.
        page.keyboard.press("Enter")
    step, _ = _tab_to(page, lambda el: el["inNav"] and el["href"] == "/tin-tuc/", limit=20)
    assert step, "the News link of the menu is not reachable with Tab"
    assert page.locator(":focus").is_visible(), "the focused menu link must be visible"


def test_axe_reports_known_violations(new_page):
    """The harness itself: a page with known faults must fail, so a green run
    means axe ran and found nothing, not that it never ran."""
    page = new_page(PHONE)
    page.set_content(
        '<html lang="vi"><body><main><h1>Thử</h1><img src="data:,">'
        '<label>Tên</label><input type="text"></main></body></html>'
    )
    ids = {v["id"] for v in run_axe(page) if v["impact"] in BLOCKING_IMPACTS}
    assert {"image-alt", "label"} <= ids, ids


def test_wide_menu_is_open_without_javascript(browser_commune, new_page):
    page = new_page(DESKTOP, java_script_enabled=False)
    page.goto(browser_commune["url"] + "/")
    assert page.locator(".main-nav__bar a[href='/tin-tuc/']").is_visible()
    assert not page.locator(".main-nav__toggle").is_visible()


def test_print_button_needs_javascript_and_prints(browser_commune, new_page):
    url = browser_commune["url"] + browser_commune["document"].get_url()

    page = new_page(PHONE, java_script_enabled=False)
    page.goto(url)
    assert not page.locator("[data-print]").is_visible(), "without JS the button would do nothing"

    page = new_page(PHONE)
    page.add_init_script("window.print = () => { window.__printed = true; };")
    page.goto(url)
    button = page.locator("[data-print]")
    assert button.is_visible()
    button.click()
    assert page.evaluate("() => window.__printed === true")
    # Print styles hide the navigation and the tools, and spell out the source.
    page.emulate_media(media="print")
    assert not page.locator(".main-nav").is_visible()
    assert not page.locator(".article-tools").is_visible()
    assert page.locator(".print-source").is_visible()
