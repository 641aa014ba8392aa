"""In a browser: without the monitoring setting a public page requests
nothing from another origin; with it, the monitoring script loads and the
CSP lets exactly that origin through."""

from urllib.parse import urlsplit

import pytest

from core.models import HostSettings

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

SCRIPT = "https://emc.example.gov.vn/static/emc.js"


def _visit(page, url):
    requests, refused = [], []
    page.on("request", lambda request: requests.append(request.url))
    page.on("console", lambda m: refused.append(m.text) if "Content Security" in m.text else None)
    page.goto(url, wait_until="networkidle")
    return requests, refused


def test_no_other_origin_without_the_setting(browser_commune, new_page):
    base = browser_commune["url"]
    page = new_page()
    for path in ("/", "/tin-tuc/", browser_commune["news"][0].url):
        requests, refused = _visit(page, base + path)
        origins = {urlsplit(url).netloc for url in requests if url.startswith("http")}
        assert origins == {urlsplit(base).netloc}, origins
        assert refused == []


def test_the_monitoring_script_loads_from_its_origin_only(browser_commune, new_page):
    host = HostSettings.load()
    host.monitoring_script_url, host.monitoring_site_key = SCRIPT, "tinh-DB-2026"
    host.save()
    page = new_page()
    page.route(
        "https://emc.example.gov.vn/**",
        lambda route: route.fulfill(
            status=200,
            content_type="application/javascript",
            body="document.documentElement.dataset.emc = 'loaded';",
        ),
    )
    requests, refused = _visit(page, browser_commune["url"] + "/")
    assert SCRIPT in requests
    assert page.evaluate("document.documentElement.dataset.emc") == "loaded"
    assert refused == []
    origins = {urlsplit(url).netloc for url in requests if url.startswith("http")}
    assert origins == {urlsplit(browser_commune["url"]).netloc, "emc.example.gov.vn"}
