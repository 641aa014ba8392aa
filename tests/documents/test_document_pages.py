"""Legal documents and statistical reports through the admin form."""

import datetime

import pytest

from django.core.files.base import ContentFile

from wagtail.documents import get_document_model
from wagtail.test.utils.form_data import rich_text

from core.factories import PdfDocumentFactory
from core.samples import make_image_bytes
from documents.factories import LegalDocumentPageFactory
from documents.models import LegalDocumentPage, StatisticsPage
from tests.helpers import section
from tests.home.helpers import create_page_in_admin, form_data, vi

pytestmark = pytest.mark.django_db


@pytest.fixture
def register(commune):
    return section(commune, "van-ban")


def _document_data(**overrides):
    fields = {
        "title": "Quyết định phê duyệt kế hoạch chuyển đổi số năm 2026",
        "slug": "qd-63-chuyen-doi-so",
        "number": "63/QĐ-UBND",
        "document_type": "decision",
        "issuing_body": "UBND xã Tân Cương",
        "signer": "Nguyễn Văn An",
        "signing_date": "2026-11-20",
        "effective_date": "2026-11-20",
        "expiry_date": "",
        "summary": "Phê duyệt kế hoạch chuyển đổi số của xã năm 2026.",
        "file": PdfDocumentFactory().pk,
    }
    fields.update(overrides)
    return form_data(**fields)


def _fake_pdf():
    """A PNG picture renamed to .pdf: the name lies, the content does not."""
    return get_document_model().objects.create(
        title="Ảnh chụp văn bản",
        file=ContentFile(make_image_bytes("scan", size=(200, 100), fmt="PNG"), name="scan.pdf"),
    )


def test_editor_publishes_a_complete_legal_document(admin_client, register, commune, site_client):
    response, errors = create_page_in_admin(
        admin_client, register, LegalDocumentPage, _document_data()
    )
    assert errors == {}
    assert response.status_code == 302
    doc = LegalDocumentPage.objects.get()
    assert doc.live and doc.number == "63/QĐ-UBND"
    html = site_client(commune).get("/van-ban/qd-63-chuyen-doi-so/").content.decode()
    assert "63/QĐ-UBND" in html and doc.file.url in html


def test_document_file_is_required(admin_client, register):
    _, errors = create_page_in_admin(
        admin_client, register, LegalDocumentPage, _document_data(file="")
    )
    assert errors["file"] == ["This field is required."]
    assert not LegalDocumentPage.objects.exists()


def test_a_picture_named_pdf_is_refused_by_its_content(admin_client, register):
    _, errors = create_page_in_admin(
        admin_client, register, LegalDocumentPage, _document_data(file=_fake_pdf().pk)
    )
    assert errors["file"] == ["The document file must be a PDF (the file's content is not a PDF)."]
    assert not LegalDocumentPage.objects.exists()


@pytest.mark.parametrize(
    "number", ["63/QĐ-UBND", "12/2026/NQ-HĐND", "05/KH-UBND", "101/BC-UBND", "7/TB-VP.UBND"]
)
def test_official_document_numbers_are_accepted(admin_client, register, number):
    _, errors = create_page_in_admin(
        admin_client, register, LegalDocumentPage, _document_data(number=number)
    )
    assert "number" not in errors


@pytest.mark.parametrize(
    "number", ["QĐ-UBND", "63", "63/", "số 63/QĐ-UBND", "63/qđ-ubnd", "63 / QĐ-UBND", "<b>63</b>"]
)
def test_malformed_document_numbers_are_refused(admin_client, register, number):
    _, errors = create_page_in_admin(
        admin_client, register, LegalDocumentPage, _document_data(number=number)
    )
    assert errors["number"] == [
        "Enter the number and symbol as written on the document, "
        "for example 63/QĐ-UBND or 12/2026/NQ-HĐND."
    ]
    assert not LegalDocumentPage.objects.exists()


def test_document_cannot_take_effect_before_it_is_signed(admin_client, register):
    _, errors = create_page_in_admin(
        admin_client,
        register,
        LegalDocumentPage,
        _document_data(signing_date="2026-11-20", effective_date="2026-11-19"),
    )
    assert errors["effective_date"] == ["A document cannot take effect before it is signed."]


def test_document_must_stay_in_force_at_least_one_day(admin_client, register):
    _, errors = create_page_in_admin(
        admin_client,
        register,
        LegalDocumentPage,
        _document_data(effective_date="2026-11-20", expiry_date="2026-11-20"),
    )
    assert errors["expiry_date"] == ["A document must stay in force for at least one day."]


@pytest.mark.parametrize(
    "missing", ["number", "document_type", "issuing_body", "signer", "signing_date", "summary"]
)
def test_particulars_are_required(admin_client, register, missing):
    _, errors = create_page_in_admin(
        admin_client, register, LegalDocumentPage, _document_data(**{missing: ""})
    )
    assert errors[missing] == ["This field is required."]


# -- the register's filters ----------------------------------------------------


@pytest.fixture
def documents(register):
    def add(number, kind, signed, issuer):
        return LegalDocumentPageFactory(
            parent=register,
            number=number,
            document_type=kind,
            signing_date=signed,
            issuing_body=issuer,
        )

    return [
        add("1/QĐ-UBND", "decision", datetime.date(2025, 3, 1), "UBND xã"),
        add("2/KH-UBND", "plan", datetime.date(2026, 4, 1), "UBND xã"),
        add("3/NQ-HĐND", "resolution", datetime.date(2026, 5, 1), "HĐND xã"),
    ]


def _numbers(client, **params):
    response = client.get("/van-ban/", params)
    assert response.status_code == 200
    return sorted(doc.number for doc in response.context["page_obj"])


def test_register_filters_by_type_year_and_issuer(documents, commune, site_client):
    client = site_client(commune)
    assert _numbers(client) == ["1/QĐ-UBND", "2/KH-UBND", "3/NQ-HĐND"]
    assert _numbers(client, type="plan") == ["2/KH-UBND"]
    assert _numbers(client, year="2026") == ["2/KH-UBND", "3/NQ-HĐND"]
    assert _numbers(client, issuer="HĐND xã") == ["3/NQ-HĐND"]
    assert _numbers(client, year="2026", issuer="UBND xã") == ["2/KH-UBND"]
    assert _numbers(client, q="nq-hđnd") == ["3/NQ-HĐND"]
    assert _numbers(client, q="kh ubnd") == ["2/KH-UBND"]
    assert _numbers(client, q="qd") == ["1/QĐ-UBND"]


def test_register_offers_only_its_own_issuers(documents, commune, other_commune, site_client):
    LegalDocumentPageFactory(parent=section(other_commune, "van-ban"), issuing_body="UBND xã khác")
    response = site_client(commune).get("/van-ban/")
    choices = [value for value, _ in response.context["filter_form"].fields["issuer"].choices]
    assert choices == ["", "HĐND xã", "UBND xã"]


def test_invalid_year_is_ignored_with_a_message(documents, commune, site_client):
    response = site_client(commune).get("/van-ban/", {"year": "3000"})
    html = response.content.decode()
    assert vi("Some filters are not valid; they were ignored.") in html
    assert len(response.context["page_obj"].object_list) == 3


# -- statistics ------------------------------------------------------------------


def _statistics_data(**overrides):
    fields = {
        "title": "Báo cáo thống kê dân số quý III/2026",
        "slug": "dan-so-quy-3-2026",
        "period": "Quý III/2026",
        "period_start": "2026-07-01",
        "period_end": "2026-09-30",
        "date_sent": "2026-10-05",
        "summary": "",
        "tables": {"count": "0"},
        "attachments": {"count": "0"},
        "notes": rich_text("<p>Số liệu sơ bộ.</p>"),
    }
    fields.update(overrides)
    return form_data(**fields)


def test_statistics_period_cannot_end_before_it_starts(admin_client, commune):
    _, errors = create_page_in_admin(
        admin_client,
        section(commune, "thong-ke"),
        StatisticsPage,
        _statistics_data(period_start="2026-09-30", period_end="2026-07-01"),
    )
    assert errors["period_end"] == ["The period cannot end before it starts."]
    assert not StatisticsPage.objects.exists()


def test_statistics_report_needs_a_table(admin_client, commune):
    _, errors = create_page_in_admin(
        admin_client, section(commune, "thong-ke"), StatisticsPage, _statistics_data()
    )
    assert "tables" in errors
    assert not StatisticsPage.objects.exists()


def test_statistics_page_shows_its_figures_as_a_table(commune, site_client):
    from documents.factories import StatisticsPageFactory

    report = StatisticsPageFactory(parent=section(commune, "thong-ke"))
    html = site_client(commune).get(f"/thong-ke/{report.slug}/").content.decode()
    assert "<table" in html and "Thôn 1" in html and "120" in html
