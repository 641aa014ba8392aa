"""Editor-entered content cannot run script in a visitor's or an editor's
browser. Hostile payloads go into every kind of field (titles, rich text from
the editor, StreamField blocks, alt texts, document titles and filenames, the
site profile, slogans, questions, contact names, addresses), then each public
page and each admin listing and edit view showing them is parsed: no script
element, event handler or javascript: address may come from a payload.
"""

import datetime
import json

import pytest
from bs4 import BeautifulSoup

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter

from core.factories import ImageFactory, PdfDocumentFactory
from core.models import SiteProfile
from core.samples import make_pdf_bytes
from documents.factories import LegalDocumentPageFactory
from home.models import Banner
from news.factories import NewsPageFactory
from questions.factories import QuestionFactory
from questions.models import QuestionState
from tests.helpers import section

SCRIPT = "<script>alert(1)</script>"
BREAKOUT = '"><img src=x onerror=alert(1)>'
SVG = "<svg onload=alert(1)>"
HOSTILE = f"{BREAKOUT}{SCRIPT}{SVG}"
JS_URL = "javascript:alert(1)"
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "data", "poster"}


def payload_leaks(html):
    """What of a payload the browser would run: the parsed document, not the text."""
    soup = BeautifulSoup(html, "html.parser")
    leaks = []
    for tag in soup.find_all(True):
        if tag.name == "script" and (tag.string or "").strip() == "alert(1)":
            leaks.append("script element")
        if tag.name == "img" and tag.get("src") == "x":
            leaks.append("img element")
        for name, value in tag.attrs.items():
            text = " ".join(value) if isinstance(value, list) else str(value)
            if name.lower().startswith("on") and "alert(1)" in text:
                leaks.append(f"{tag.name}[{name}]")
            squashed = "".join(text.split()).lower()
            if name.lower() in URL_ATTRIBUTES and squashed.startswith("javascript:"):
                leaks.append(f"{tag.name}[{name}]={text[:40]}")
    return leaks


def test_the_detector_catches_each_payload_unescaped():
    """Otherwise the tests below could not fail."""
    assert payload_leaks(f"<p>{HOSTILE}</p>") == [
        "img element",
        "img[onerror]",
        "script element",
        "svg[onload]",
    ]
    assert payload_leaks(f'<a href="{JS_URL}">x</a>') == ["a[href]=javascript:alert(1)"]
    assert payload_leaks(f"<p>{HOSTILE.replace('<', '&lt;')}</p>") == []


def editor_rich_text(image, document):
    """What the Draftail editor posts, hostile: text, links, an image's alt text."""
    text = f"{HOSTILE} link doc"
    contentstate = {
        "blocks": [
            {
                "key": "a",
                "type": "unstyled",
                "depth": 0,
                "text": text,
                "inlineStyleRanges": [],
                "data": {},
                "entityRanges": [
                    {"offset": len(HOSTILE) + 1, "length": 4, "key": 0},
                    {"offset": len(HOSTILE) + 6, "length": 3, "key": 1},
                ],
            },
            {
                "key": "b",
                "type": "atomic",
                "depth": 0,
                "text": " ",
                "inlineStyleRanges": [],
                "data": {},
                "entityRanges": [{"offset": 0, "length": 1, "key": 2}],
            },
        ],
        "entityMap": {
            "0": {"type": "LINK", "mutability": "MUTABLE", "data": {"url": JS_URL}},
            "1": {"type": "DOCUMENT", "mutability": "MUTABLE", "data": {"id": document.pk}},
            "2": {
                "type": "IMAGE",
                "mutability": "IMMUTABLE",
                "data": {"id": image.pk, "alt": HOSTILE, "format": "fullwidth"},
            },
        },
    }
    features = settings.WAGTAILADMIN_RICH_TEXT_EDITORS["default"]["OPTIONS"]["features"]
    return ContentstateConverter(features).to_database_format(json.dumps(contentstate))


@pytest.fixture
def hostile(commune):
    """A commune whose every editable text is a payload, its name included."""
    commune.site_name = HOSTILE
    commune.save()
    image = ImageFactory(title=HOSTILE)
    document = PdfDocumentFactory(
        title=HOSTILE,
        file=ContentFile(make_pdf_bytes("Van ban"), name=f"{BREAKOUT}.pdf"),
    )
    news = NewsPageFactory(
        parent=section(commune, "tin-tuc"),
        title=HOSTILE,
        summary=HOSTILE,
        author=HOSTILE,
        search_description=HOSTILE,
        lead_image=image,
        lead_image_alt=HOSTILE,
        body=[
            ("paragraph", editor_rich_text(image, document)),
            ("heading", {"text": HOSTILE}),
            ("quote", {"text": HOSTILE, "attribution": HOSTILE}),
            ("document", {"title": HOSTILE, "document": document}),
            ("image", {"image": image, "caption": HOSTILE}),
        ],
    )
    legal = LegalDocumentPageFactory(
        parent=section(commune, "van-ban"),
        title=HOSTILE,
        summary=HOSTILE,
        signer=HOSTILE,
        issuing_body=HOSTILE,
        file=document,
    )
    home = commune.root_page.specific
    home.welcome = HOSTILE
    home.featured_links = [("link", {"title": HOSTILE, "url": JS_URL, "description": HOSTILE})]
    home.save_revision().publish()
    profile = SiteProfile.for_site(commune)
    for name in ("agency_name", "parent_agency", "address", "board_head_name", "licence"):
        setattr(profile, name, HOSTILE)
    profile.public_services_url = JS_URL  # written without the form, which refuses it
    profile.save()
    Banner.objects.create(
        site=commune,
        text=HOSTILE,
        link_url=JS_URL,
        valid_from=timezone.now() - datetime.timedelta(days=1),
        valid_until=timezone.now() + datetime.timedelta(days=30),
    )
    contacts = section(commune, "lien-he")
    contacts.units.create(
        kind=contacts.units.model._meta.get_field("kind").choices[0][0],
        name=HOSTILE,
        address=HOSTILE,
    )
    contacts.save_revision().publish()
    question = QuestionFactory(
        site=commune,
        text=HOSTILE,
        answer=HOSTILE,
        asker_name=HOSTILE,
        state=QuestionState.PUBLISHED,
        published_at=timezone.now(),
        search_text="alert",
    )
    QuestionFactory(site=commune, text=HOSTILE, asker_name=HOSTILE)  # open, in the inbox
    return {
        "site": commune,
        "news": news,
        "legal": legal,
        "image": image,
        "document": document,
        "question": question,
        "contacts": contacts,
    }


def assert_no_leak(client, url, expect_payload=True):
    response = client.get(url)
    assert response.status_code == 200, url
    html = response.content.decode()
    assert payload_leaks(html) == [], url
    if expect_payload:
        assert "alert(1)" in html, f"{url} does not show the payload: the check proves nothing"


def test_public_pages_escape_every_payload(hostile):
    site, news, legal = hostile["site"], hostile["news"], hostile["legal"]
    client = Client(HTTP_HOST=site.hostname)
    for url in [
        "/",
        news.relative_url(site),
        section(site, "tin-tuc").relative_url(site),
        legal.relative_url(site),
        section(site, "van-ban").relative_url(site),
        section(site, "hoi-dap").relative_url(site),
        hostile["contacts"].relative_url(site),
        "/tim-kiem/?q=" + HOSTILE,
    ]:
        assert_no_leak(client, url)


def test_javascript_addresses_never_reach_an_href(hostile):
    site = hostile["site"]
    html = Client(HTTP_HOST=site.hostname).get("/").content
    soup = BeautifulSoup(html, "html.parser")

    hrefs = [a.get("href", "") for a in soup.find_all("a")]
    assert not [href for href in hrefs if "javascript" in href.lower()]
    # The banner and the link block are still there, without their address.
    assert soup.select(".banner a") and soup.select(".link-block a")


def test_admin_listings_and_edit_views_escape_every_payload(hostile):
    admin = get_user_model().objects.create_superuser("quantri", "qt@example.gov.vn", "x")
    client = Client()
    client.force_login(admin)
    news, document, image = hostile["news"], hostile["document"], hostile["image"]
    banner = Banner.objects.get()
    for url in [
        reverse("wagtailadmin_explore", args=(news.get_parent().pk,)),
        reverse("wagtailadmin_pages:edit", args=(news.pk,)),
        reverse("wagtailadmin_pages:edit", args=(hostile["site"].root_page_id,)),
        reverse("wagtailadmin_pages:edit", args=(hostile["legal"].pk,)),
        reverse("wagtailadmin_pages:edit", args=(hostile["contacts"].pk,)),
        reverse("wagtailadmin_pages:search") + "?q=alert",
        reverse("wagtaildocs:index"),
        reverse("wagtaildocs:edit", args=(document.pk,)),
        reverse("wagtailimages:index"),
        reverse("wagtailimages:edit", args=(image.pk,)),
        reverse("wagtailsnippets_home_banner:list"),
        reverse("wagtailsnippets_home_banner:edit", args=(banner.pk,)),
        reverse("wagtailsettings:edit", args=("core", "siteprofile", hostile["site"].pk)),
        reverse("questions_inbox:index"),
        reverse("questions_inbox:edit", args=(hostile["question"].pk,)),
    ]:
        assert_no_leak(client, url)


def test_url_fields_refuse_javascript_in_the_admin_form(commune):
    """The form refuses javascript: outright; the template filter is the second line."""
    from wagtail.admin.panels import get_edit_handler

    form_class = get_edit_handler(Banner).get_form_class()
    form = form_class(
        data={
            "site": commune.pk,
            "text": "Khẩu hiệu",
            "link_url": JS_URL,
            "valid_from": "2026-01-01 00:00",
            "valid_until": "2026-12-31 00:00",
        },
        for_user=None,
    )
    assert not form.is_valid()
    assert "link_url" in form.errors


def test_rss_description_reaches_feed_readers_as_text(hostile):
    """Readers render <description> as HTML, so the summary is escaped twice."""
    import xml.etree.ElementTree as ET  # noqa: N817

    site = hostile["site"]
    response = Client(HTTP_HOST=site.hostname).get(
        section(site, "tin-tuc").relative_url(site) + "rss/"
    )
    description = ET.fromstring(response.content).find("channel/item/description").text  # noqa: S314

    assert "alert(1)" in description
    assert payload_leaks(description) == []
