"""WCAG 2.1 AA in a real browser: axe-core on the public pages of a commune,
at a phone and a desktop viewport, and the keyboard path through the header.

axe-core is the copy shipped inside the axe-playwright-python package, so
nothing is downloaded when the tests run.
"""

import json
from pathlib import Path

import pytest

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


def _report(failures):
    lines = []
    for where, violations in failures:
        for violation in violations:
            lines.append(f"{where}: [{violation['impact']}] {violation['id']}: {violation['help']}")
            for node in violation["nodes"]:
                lines.append("    " + json.dumps(node, ensure_ascii=False))
    return "\n".join(lines)


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_public_pages_have_no_serious_axe_violation(browser_commune, new_page, viewport):
    page = new_page(viewport)
    failures = []
    for name, path in _public_paths(browser_commune).items():
        response = page.goto(browser_commune["url"] + path)
        assert response.status == 200, f"{name} ({path}) answered {response.status}"
        violations = run_axe(page)
        blocking = [v for v in violations if v["impact"] in BLOCKING_IMPACTS]
        if blocking:
            failures.append((f"{name} {path} @{viewport['width']}px", blocking))
        minor = [v for v in violations if v["impact"] not in BLOCKING_IMPACTS]
        if minor:  # reported, not failed: shown with -rA or on failure
            print(_report([(f"{name} {path} (minor)", minor)]))
    assert not failures, "axe-core found serious or critical violations:\n" + _report(failures)


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
