"""``manage.py demo``: a complete, idempotent demo district.

Building the demo takes a while, so one test builds it twice and checks
everything a visitor or an admin would notice; the other tests cover the
refusals, which stop before anything is built.
"""

import datetime
import io
import unicodedata

import pytest

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db.models import Max
from django.test import Client
from django.utils import timezone, translation

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Page, PageLogEntry, Revision, Site

from consultations.models import ConsultationPage
from core.demo import content
from core.models import SiteProfile
from documents.models import LegalDocumentPage, StatisticsPage
from home.models import Banner, UnitKind
from home.services.provisioning import MANDATORY_SECTIONS, create_site
from news.models import NewsPage
from questions.models import Question

pytestmark = pytest.mark.django_db

COMMUNE_HOSTS = ["tancuong.localhost", "tumorong.localhost", "phuthanh.localhost"]


def _counts():
    user_model = get_user_model()
    return {
        "sites": Site.objects.count(),
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "log entries": PageLogEntry.objects.count(),
        "images": get_image_model().objects.count(),
        "documents": get_document_model().objects.count(),
        "collections": Collection.objects.count(),
        "users": user_model.objects.count(),
        "banners": Banner.objects.count(),
        "last published": Page.objects.aggregate(latest=Max("last_published_at"))["latest"],
    }


def _run_demo():
    out = io.StringIO()
    with translation.override("en"):  # assert on the English msgids
        call_command("demo", stdout=out)
    return out.getvalue()


def _section(site, slug):
    return site.root_page.get_children().get(slug=slug).specific


def _is_nfc(text):
    return unicodedata.normalize("NFC", text) == text


@pytest.fixture
def board_calls(monkeypatch):
    """Record the calls to board.demo.create_demo_board (and still make
    them when the board app provides it)."""
    from operations import demo

    calls = []
    real = demo.create_demo_board

    def record(site, users_by_role):
        calls.append((site.hostname, dict(users_by_role)))
        real(site, users_by_role)

    monkeypatch.setattr(demo, "create_demo_board", record)
    return calls


def test_demo_builds_a_complete_district_once(board_calls, monkeypatch):
    first_output = _run_demo()
    after_first = _counts()
    second_output = _run_demo()

    # Idempotent: the second run changes nothing and says so.
    assert _counts() == after_first
    assert "created" in first_output
    assert "nothing changed" in second_output
    assert "another password" not in second_output
    # Another password later changes no account either, and is reported.
    monkeypatch.setenv("DEMO_PASSWORD", "Khac@2027xa")
    assert "another password" in _run_demo()
    assert _counts() == after_first
    monkeypatch.delenv("DEMO_PASSWORD")
    assert len(board_calls) == 3, "the board is wired once per commune, on the first run only"
    for output in (first_output, second_output):
        for url in [
            "http://localhost:8000/",
            "http://tancuong.localhost:8000/",
            "http://tumorong.localhost:8000/",
            "http://phuthanh.localhost:8000/",
            "http://localhost:8000/admin/",
        ]:
            assert url in output
        for username in ["admin", "tancuong.truongban", "phuthanh.congtacvien"]:
            assert username in output

    # The default Wagtail site and its welcome page are gone; the portal is
    # the default site at localhost.
    assert not Page.objects.filter(depth=2, content_type__model="page").exists()
    portal = Site.objects.get(hostname="localhost")
    assert portal.is_default_site
    assert portal.root_page.specific_class.__name__ == "DistrictHomePage"

    today = timezone.localdate()
    three_months_ago = timezone.now() - datetime.timedelta(days=92)
    for host in COMMUNE_HOSTS:
        site = Site.objects.get(hostname=host)
        home = site.root_page
        client = Client(HTTP_HOST=host)

        # Every section answers 200 and is filled.
        assert client.get("/").status_code == 200
        for section in MANDATORY_SECTIONS:
            page = _section(site, section.slug)
            response = client.get(f"/{section.slug}/")
            assert response.status_code == 200, (host, section.slug)
            if hasattr(page, "is_empty_section"):
                assert not page.is_empty_section(), (host, section.slug)
        # The rest of the public contract (docs/requirements.md §10).
        for url in ("/tim-kiem/?q=tin+tuc", "/tin-tuc/rss/", "/sitemap.xml", "/robots.txt"):
            assert client.get(url).status_code == 200, (host, url)

        profile = SiteProfile.for_site(site)
        assert profile.agency_name.startswith("Ủy ban nhân dân xã")
        assert profile.address and profile.phone and profile.board_head_name
        assert profile.email.endswith(".gov.vn")

        intro = _section(site, "gioi-thieu")
        assert intro.boundary_map is not None
        leaders = list(intro.leaders.all())
        assert len(leaders) == 3 and all(leader.photo_id for leader in leaders)
        assert intro.natural_conditions and intro.history_culture and intro.relics
        assert intro.spokesperson_name and intro.organisation_en

        news = NewsPage.objects.live().descendant_of(home)
        assert 8 <= news.count() <= 12
        assert news.child_of(_section(site, "chi-dao-dieu-hanh")).count() == 2
        assert news.values("category").distinct().count() >= 4
        lead_images = set()
        for item in news:
            assert item.lead_image_id and item.lead_image.collection_id == profile.collection_id
            lead_images.add(item.lead_image.file_hash)
            kinds = [block.block_type for block in item.body]
            assert {"paragraph", "heading", "image", "quote"} <= set(kinds)
            assert item.first_published_at >= three_months_ago
            assert item.event_date <= today
            assert _is_nfc(item.title) and _is_nfc(item.summary)
            assert "đ" not in item.slug
        assert len(lead_images) == news.count(), "every news item has its own photo"
        assert len({item.first_published_at.date() for item in news}) > 5
        item = news.first()
        assert client.get(item.url_path[len(home.url_path) - 1 :]).status_code == 200

        documents = LegalDocumentPage.objects.live().descendant_of(home)
        assert documents.count() >= 6
        assert documents.values("document_type").distinct().count() >= 5
        for document in documents:
            with document.file.file.open("rb") as handle:
                assert handle.read(5) == b"%PDF-"
            assert document.file.collection_id == profile.collection_id
        if host == "tancuong.localhost":
            decision = documents.get(number="63/QĐ-UBND")
            assert decision.signing_date == datetime.date(2024, 5, 27)
            assert decision.signer == "Phạm Tiến Sỹ"

        reports = StatisticsPage.objects.live().descendant_of(home)
        assert reports.count() == 3
        for report in reports:
            table = report.tables[0].value["table"]
            assert len(table.row_data) >= 3 and len(table.columns) >= 3
            assert report.attachments

        procedures = _section(site, "thu-tuc-hanh-chinh").procedures
        assert len(procedures) >= 5
        assert all("dichvucong.gov.vn" in block.value["online_url"] for block in procedures)

        consultations = ConsultationPage.objects.live().descendant_of(home)
        assert consultations.count() == 2
        assert any(page.is_open for page in consultations)

        items = _section(site, "cong-khai-thong-tin").items
        assert len(items) >= 5
        assert all(block.value["page"] or block.value["document"] for block in items)

        units = list(_section(site, "lien-he").units.all())
        assert {unit.kind for unit in units} >= {
            UnitKind.PARTY_COMMITTEE,
            UnitKind.PEOPLES_COUNCIL,
            UnitKind.PEOPLES_COMMITTEE,
            UnitKind.FATHERLAND_FRONT,
            UnitKind.MASS_ORGANISATION,
        }
        assert all(unit.email.endswith(".gov.vn") for unit in units)

        banners = Banner.objects.for_site(site)
        assert banners.current().count() == 1
        assert banners.count() == 2

        # The board's users, one per role, with the shared demo password.
        key = host.split(".")[0]
        for suffix in content.ROLE_USERNAMES.values():
            user = get_user_model().objects.get(username=f"{key}.{suffix}")
            assert user.check_password(content.DEFAULT_PASSWORD)
            assert user.email.endswith(".gov.vn")
            assert user.get_full_name()
        calls = {hostname: users for hostname, users in board_calls}
        assert set(calls[host]) == {"head", "deputy", "editor", "content", "contributor"}

        # Wired into the board: the logins reach the admin, and the Q&A
        # section has answers published by the head.
        staff = Client(HTTP_HOST=host)
        response = staff.post(
            "/admin/login/",
            {"username": f"{key}.bientap", "password": content.DEFAULT_PASSWORD},
        )
        assert response.status_code == 302
        # First login: the account sets up its authenticator, then works.
        assert staff.get("/admin/").url.startswith("/admin/2fa/setup/")
        questions = Question.objects.filter(site=site)
        assert questions.filter(state="published").count() == 2
        assert questions.filter(state="received").count() == 1
        page = client.get("/hoi-dap/").content.decode()
        assert "Đăng ký khai sinh" in page
        assert "0912 345 678" not in page, "askers' contacts are never shown"
    admin = get_user_model().objects.get(username="admin")
    assert admin.is_superuser and admin.check_password(content.DEFAULT_PASSWORD)

    # The portal shows the latest news of its communes.
    portal_home = Client(HTTP_HOST="localhost").get("/")
    assert portal_home.status_code == 200
    latest = NewsPage.objects.live().exclude(path__startswith=portal.root_page.path)
    latest = latest.order_by("-first_published_at").first()
    assert latest.title in portal_home.content.decode()

    # Diacritic-free search finds the demo's content.
    response = Client(HTTP_HOST="tancuong.localhost").get("/tim-kiem/", {"q": "che tan cuong"})
    assert response.status_code == 200
    assert "Hội thảo nâng cao chất lượng" in response.content.decode()


def test_demo_refuses_a_password_the_validators_refuse(monkeypatch):
    monkeypatch.setenv("DEMO_PASSWORD", "12345")
    before = Site.objects.count(), get_user_model().objects.count()
    with pytest.raises(CommandError):
        call_command("demo", stdout=io.StringIO())
    assert (Site.objects.count(), get_user_model().objects.count()) == before


def test_demo_refuses_a_bad_port():
    with pytest.raises(CommandError):
        call_command("demo", port=0, stdout=io.StringIO())


def test_demo_refuses_a_host_name_taken_by_another_site_and_leaves_nothing():
    create_site(hostname="tancuong.localhost", name="Xã Khác")
    before = Site.objects.count(), Page.objects.count(), get_user_model().objects.count()
    with pytest.raises(CommandError, match="tancuong.localhost"):
        call_command("demo", stdout=io.StringIO())
    assert (
        Site.objects.count(),
        Page.objects.count(),
        get_user_model().objects.count(),
    ) == before


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings(item)


def test_demo_texts_are_nfc_and_free_of_free_mail():
    texts = [
        text for name in dir(content) if name.isupper() for text in _strings(getattr(content, name))
    ]
    assert len(texts) > 200
    assert all(_is_nfc(text) for text in texts)
    assert not any("gmail.com" in text or "yahoo.com" in text for text in texts)
