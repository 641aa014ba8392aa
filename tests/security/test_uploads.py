"""Uploads are judged by their bytes: hostile files are refused with a
Vietnamese message through Wagtail's own admin forms, and nothing of a
refused upload is stored (no row, no file under MEDIA_ROOT)."""

from pathlib import Path

import pytest

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

from documents import validators
from tests.security import uploads

Document = get_document_model()
Image = get_image_model()


def stored_files(settings):
    root = Path(settings.MEDIA_ROOT)
    return [path for path in root.rglob("*") if path.is_file()] if root.exists() else []


def upload_document(client, name, content):
    return client.post(
        reverse("wagtaildocs:add"),
        {
            "title": "Tệp tải lên",
            "file": SimpleUploadedFile(name, content),
            "collection": Collection.get_first_root_node().pk,
            "tags": "",
        },
    )


def upload_image(client, name, content):
    return client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Ảnh tải lên",
            "file": SimpleUploadedFile(name, content),
            "collection": Collection.get_first_root_node().pk,
            "tags": "",
        },
    )


HOSTILE_DOCUMENTS = [
    ("trang-web.pdf", uploads.HTML_PAGE, "Không được tải lên trang web"),
    ("ban-ve.csv", uploads.SVG_DRAWING, "Không được tải lên trang web"),
    ("ban-ve.docx", uploads.SVG_DRAWING, "Không được tải lên trang web"),
    ("mo-la-chay.pdf", uploads.pdf_with_javascript(), "chứa JavaScript"),
    ("an-ma.pdf", uploads.pdf_with_hidden_javascript(), "chứa JavaScript"),
    ("bang-tinh.docx", uploads.xlsx(), "không phải là tệp .docx"),
    ("van-ban.docx", b"plain text pretending", "không phải là tệp .docx"),
    ("van-ban.odt", uploads.docx(), "không phải là tệp .odt"),
    ("cu.doc", uploads.honest_pdf(), "không phải là tệp .doc"),
    ("du-lieu.csv", uploads.jpeg(), "không phải là tệp .csv"),
    ("chuong-trinh.exe", b"MZ\x90\x00", "Không được tải lên loại tệp này"),
]


@pytest.mark.parametrize(("name", "content", "message"), HOSTILE_DOCUMENTS)
def test_hostile_document_is_refused_and_nothing_is_stored(
    editor_client, settings, name, content, message
):
    response = upload_document(editor_client, name, content)

    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Document.objects.exists()
    assert stored_files(settings) == []


def test_zip_bomb_is_refused(editor_client, settings, monkeypatch):
    monkeypatch.setattr(validators, "MAX_UNZIPPED_BYTES", 1_000_000)

    response = upload_document(editor_client, "ho-so.zip", uploads.zip_bomb(2_000_000))

    assert "giải nén ra quá nhiều dữ liệu" in response.content.decode()
    assert not Document.objects.exists()
    assert stored_files(settings) == []


def test_oversized_document_is_refused_in_vietnamese(editor_client, settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 1024

    response = upload_document(editor_client, "lon.pdf", uploads.honest_pdf() + b"%" * 2048)

    assert "Tệp này quá lớn" in response.content.decode()
    assert not Document.objects.exists()
    assert stored_files(settings) == []


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("quyet-dinh.pdf", uploads.honest_pdf()),
        ("bao-cao.docx", uploads.docx()),
        ("so-lieu.xlsx", uploads.xlsx()),
        ("du-thao.odt", uploads.odt()),
        ("cu.doc", uploads.ole2_doc()),
        ("dan-so.csv", uploads.csv_text()),
    ],
)
def test_honest_document_is_stored(editor_client, name, content):
    response = upload_document(editor_client, name, content)

    assert response.status_code == 302
    document = Document.objects.get()
    assert document.file.name.endswith(Path(name).suffix)


HOSTILE_IMAGES = [
    ("anh.png", uploads.SVG_DRAWING, "Không được tải lên trang web"),
    ("anh.jpg", uploads.HTML_PAGE, "Không được tải lên trang web"),
    ("anh.png", uploads.gif(), "Phần mở rộng không khớp"),
    ("anh.jpg", uploads.truncated_jpeg(), "bị hỏng"),
    ("anh.png", uploads.pixel_bomb(), "quá nhiều điểm ảnh"),
    ("anh.svg", uploads.SVG_DRAWING, "Không được tải lên trang web"),
]


@pytest.mark.parametrize(("name", "content", "message"), HOSTILE_IMAGES)
def test_hostile_image_is_refused_and_nothing_is_stored(
    editor_client, settings, name, content, message
):
    response = upload_image(editor_client, name, content)

    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Image.objects.exists()
    assert stored_files(settings) == []


def test_oversized_image_is_refused_in_vietnamese(editor_client, settings):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 1024

    response = upload_image(editor_client, "anh.jpg", uploads.jpeg())

    assert "Tệp này quá lớn" in response.content.decode()
    assert not Image.objects.exists()
    assert stored_files(settings) == []


def test_pixel_bomb_is_refused_by_the_validator_itself():
    """Below Wagtail's header check too: the decoder's own limit applies."""
    from django.core.exceptions import ValidationError

    upload = SimpleUploadedFile("anh.png", uploads.pixel_bomb())
    with pytest.raises(ValidationError) as refused:
        validators.validate_image_file(upload, max_pixels=40_000_000)
    assert refused.value.code == "too_many_pixels"


def test_honest_image_is_stored(editor_client):
    response = upload_image(editor_client, "anh.jpg", uploads.jpeg())

    assert response.status_code == 302
    assert Image.objects.get().file.name.endswith(".jpg")


def test_multiple_uploader_refuses_a_hostile_document(editor_client, settings):
    """The drag-and-drop uploader goes through the same form."""
    response = editor_client.post(
        reverse("wagtaildocs:add_multiple"),
        {"files[]": SimpleUploadedFile("trang-web.pdf", uploads.HTML_PAGE)},
        headers={"x-requested-with": "XMLHttpRequest"},
    )

    assert response.status_code == 200
    assert response.json()["success"] is False
    assert not Document.objects.exists()
    assert stored_files(settings) == []


def test_a_scripted_pdf_stored_before_the_checks_cannot_become_a_legal_document(db):
    """Files uploaded before content checks existed are checked again when chosen."""
    from django.core.exceptions import ValidationError
    from django.core.files.base import ContentFile

    old = Document.objects.create(
        title="Tệp cũ", file=ContentFile(uploads.pdf_with_javascript(), name="cu.pdf")
    )

    with pytest.raises(ValidationError) as refused:
        validators.validate_pdf_document(old)
    assert refused.value.code == "pdf_active"
    validators.validate_pdf_document(
        Document.objects.create(
            title="Tệp tốt", file=ContentFile(uploads.honest_pdf(), name="tot.pdf")
        )
    )


@pytest.mark.parametrize(
    "content",
    [uploads.with_tail(uploads.jpeg()), uploads.with_tail(uploads.jpeg(), b"PK\x03\x04zip")],
    ids=["html", "zip"],
)
def test_an_image_carrying_data_after_its_end_is_refused(editor_client, settings, content):
    response = upload_image(editor_client, "anh.jpg", content)

    assert response.status_code == 200
    assert "dữ liệu khác" in response.content.decode()
    assert not Image.objects.exists()
    assert stored_files(settings) == []


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("anh.png", uploads.png()),
        ("anh.gif", uploads.gif()),
        ("anh.webp", uploads.webp()),
        ("anh.jpg", uploads.progressive_jpeg_with_thumbnail()),
    ],
)
def test_honest_images_of_every_format_have_no_tail(name, content):
    validators.validate_image_file(SimpleUploadedFile(name, content))
    with pytest.raises(Exception) as refused:
        validators.validate_image_file(
            SimpleUploadedFile(name, uploads.with_tail(content, b"PK\x03\x04" + b"z" * 64))
        )
    assert refused.value.code == "trailing_data"


@pytest.mark.parametrize(
    "url_name", ["wagtailimages:add", "wagtailimages:add_multiple", "wagtailimages_chooser:create"]
)
def test_an_oversized_image_is_refused_before_anything_reads_it(
    editor_client, settings, monkeypatch, url_name
):
    """The size is checked first on every upload path: neither Wagtail's
    format sniffing (which scans the whole file) nor our own checks run."""
    from wagtail.images.fields import WagtailImageField

    def must_not_run(*args, **kwargs):
        raise AssertionError("the file was read before its size was checked")

    monkeypatch.setattr(WagtailImageField, "check_image_file_format", must_not_run)
    monkeypatch.setattr(validators, "refuse_markup", must_not_run)
    monkeypatch.setattr(validators, "validate_image_file", must_not_run)
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 1024
    big = SimpleUploadedFile("anh.jpg", b"<svg" + b" " * 4096)
    data = {"title": "Ảnh lớn", "collection": Collection.get_first_root_node().pk, "tags": ""}
    if url_name == "wagtailimages:add_multiple":
        data = {"files[]": big}
    else:
        data["file"] = big
    if url_name == "wagtailimages_chooser:create":
        data = {f"image-chooser-upload-{key}": value for key, value in data.items()}
    response = editor_client.post(
        reverse(url_name), data, headers={"x-requested-with": "XMLHttpRequest"}
    )

    assert response.status_code == 200
    body = response.content.decode()
    if response["Content-Type"].startswith("application/json"):
        import json

        body = json.dumps(response.json(), ensure_ascii=False)
    assert "Tệp này quá lớn" in body
    assert not Image.objects.exists()


def test_a_refused_document_shows_only_the_real_reason(editor_client):
    response = upload_document(editor_client, "trang-web.pdf", uploads.HTML_PAGE)

    body = response.content.decode()
    assert "Không được tải lên trang web" in body
    assert "Phần mở rộng “”" not in body
    assert body.count('class="error-message"') <= 1


@pytest.mark.parametrize(
    "spec",
    [
        "fill-0x0",
        "fill-1x0",
        "fill-0x1-c100",
        "width-0",
        "fill-90000x90000",
        "scale-0",
        "max-x",
        "fill-10x10-cabc",
    ],
)
def test_any_filter_spec_an_editor_types_gives_a_400_never_a_500(editor_client, spec):
    from core.factories import ImageFactory

    image = ImageFactory()
    response = editor_client.get(reverse("wagtailimages:preview", args=(image.pk, spec)))

    assert response.status_code == 400
    assert "điểm ảnh" in response.content.decode()


def test_a_sane_filter_spec_still_previews(editor_client):
    from core.factories import ImageFactory

    image = ImageFactory()
    response = editor_client.get(reverse("wagtailimages:preview", args=(image.pk, "fill-80x60")))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("image/")
