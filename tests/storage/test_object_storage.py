"""Media on an S3-compatible object store (core.storage), against moto's
server on 127.0.0.1: uploads land in the bucket, images are read from its
public address, documents are streamed by Wagtail's view, and a store that
is stopped or hung leaves pages answering and uploads refused in Vietnamese
with nothing half-made."""

import logging
import urllib.error
import urllib.request

import pytest

from django.core.exceptions import ImproperlyConfigured
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from core.factories import ImageFactory
from news.factories import NewsPageFactory
from tests.helpers import section
from tests.objectstore import CREDENTIALS, ObjectStore
from tests.operations.servers import SilentListener
from tests.security import uploads
from tests.security.test_uploads import upload_document, upload_image
from website.object_store import media_storage

Document = get_document_model()
Image = get_image_model()
MESSAGE = "Kho lưu trữ tệp không phản hồi"

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def store():
    running = ObjectStore().start()
    yield running
    running.stop()


def _use(settings, monkeypatch, store):
    for name, value in CREDENTIALS.items():
        monkeypatch.setenv(name, value)
    settings.STORAGES = {**settings.STORAGES, "default": store.storage_settings()}
    settings.MEDIA_STORAGE_TIMEOUT = 1
    assert default_storage.__class__.__name__ == "MediaStorage"


@pytest.fixture
def s3_media(settings, monkeypatch, store):
    _use(settings, monkeypatch, store)
    return store


@pytest.fixture
def stopped_store(settings, monkeypatch):
    """A store of its own, which the test stops."""
    running = ObjectStore().start()
    _use(settings, monkeypatch, running)
    yield running
    running.stop()


def test_uploaded_image_and_its_renditions_live_in_the_bucket(
    s3_media, editor_client, commune, site_client
):
    response = upload_image(editor_client, "anh.jpg", uploads.jpeg())
    assert response.status_code == 302
    image = Image.objects.get(title="Ảnh tải lên")
    assert image.file.name in s3_media.keys("original_images/")

    NewsPageFactory(parent=section(commune, "tin-tuc"), title="Tin có ảnh", lead_image=image)
    page = site_client(commune).get("/tin-tuc/tin-co-anh/").content.decode()
    rendition = image.renditions.get(filter_spec="width-960")
    assert rendition.file.name in s3_media.keys("images/")
    assert f'src="{s3_media.public_url}/{rendition.file.name}"' in page
    # The browser reads it from the bucket's public address.
    with urllib.request.urlopen(rendition.url, timeout=5) as served:  # noqa: S310
        assert served.read()[:3] == b"\xff\xd8\xff"


def test_document_is_stored_in_the_bucket_and_streamed_by_wagtail(s3_media, editor_client, client):
    content = uploads.honest_pdf()
    assert upload_document(editor_client, "quyet-dinh.pdf", content).status_code == 302
    document = Document.objects.get(title="Tệp tải lên")
    assert document.file.name in s3_media.keys("documents/")
    served = client.get(document.url)
    assert served.status_code == 200
    assert b"".join(served.streaming_content) == content
    # Its address is the site's own view; the bucket does not show it to anyone.
    assert document.url.startswith("/documents/")
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(f"{s3_media.public_url}/{document.file.name}", timeout=5)  # noqa: S310
    assert refused.value.code == 403


# Outside a test transaction, as in production: a failed save must leave the
# database usable for the rest of the request (the session, the message).
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_with_the_store_stopped_pages_answer_and_uploads_change_nothing(
    stopped_store, editor_client, commune, site_client, caplog
):
    shown = ImageFactory()
    item = NewsPageFactory(parent=section(commune, "tin-tuc"), title="Ảnh đã có", lead_image=shown)
    client = site_client(commune)
    client.get(item.relative_url(commune))  # its rendition made while the store ran
    never_rendered = ImageFactory()
    NewsPageFactory(
        parent=section(commune, "tin-tuc"), title="Ảnh chưa có", lead_image=never_rendered
    )
    images, documents = Image.objects.count(), Document.objects.count()

    stopped_store.stop()

    with caplog.at_level(logging.ERROR, logger="core.storage"):
        assert client.get(item.relative_url(commune)).status_code == 200
        assert client.get("/tin-tuc/anh-chua-co/").status_code == 200
        assert client.get("/").status_code == 200
    assert "object store unavailable" in caplog.text

    response = upload_image(editor_client, "anh.jpg", uploads.jpeg())
    assert response.status_code == 302
    assert MESSAGE in editor_client.get(response.url).content.decode()
    multiple = editor_client.post(
        reverse("wagtailimages:add_multiple"),
        {"files[]": SimpleUploadedFile("anh.jpg", uploads.jpeg()), "title": "Ảnh"},
        headers={"x-requested-with": "XMLHttpRequest"},
    )
    assert multiple.json()["success"] is False
    assert MESSAGE in multiple.json()["error_message"]
    upload_document(editor_client, "quyet-dinh.pdf", uploads.honest_pdf())
    assert (Image.objects.count(), Document.objects.count()) == (images, documents)


def test_a_hung_store_gives_up_after_its_timeout(settings, monkeypatch, editor_client, client):
    hung = SilentListener()
    try:
        store = ObjectStore()
        store.endpoint = f"http://127.0.0.1:{hung.port}"
        _use(settings, monkeypatch, store)
        settings.MEDIA_STORAGE_TIMEOUT = 0.5
        images = Image.objects.count()
        response = upload_image(editor_client, "anh.jpg", uploads.jpeg())
        assert MESSAGE in editor_client.get(response.url).content.decode()
        assert Image.objects.count() == images
        assert hung.accepted >= 1
    finally:
        hung.stop()


def test_the_store_is_named_by_one_url_and_its_public_origin_is_allowed():
    entry, origin = media_storage(
        "s3://anh-xa", "https://s3.tinh.gov.vn", public_url="https://media.tinh.gov.vn/anh-xa"
    )
    assert entry["OPTIONS"]["bucket_name"] == "anh-xa"
    assert entry["OPTIONS"]["custom_domain"] == "media.tinh.gov.vn/anh-xa"
    assert origin == "https://media.tinh.gov.vn"
    with pytest.raises(ImproperlyConfigured):
        media_storage("https://s3.tinh.gov.vn/anh-xa")
