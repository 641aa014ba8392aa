"""Wagtail's own hardening: documents only through the permission-checking
view, no URL-driven image renditions, no calls to outside services."""

import pytest

from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import NoReverseMatch, reverse

from wagtail.models import Collection, CollectionViewRestriction

from core.factories import PdfDocumentFactory


@pytest.fixture
def private_document(db):
    private = Collection.get_first_root_node().add_child(name="Hồ sơ nội bộ")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    return PdfDocumentFactory(title="Biên bản họp kín", collection=private)


def test_private_collection_document_is_not_served_to_anonymous(private_document):
    response = Client().get(private_document.url)

    assert response.status_code == 302
    assert "login" in response.url
    assert b"%PDF" not in b"".join(getattr(response, "streaming_content", [response.content]))


def test_private_collection_document_is_served_to_a_signed_in_user(private_document):
    client = Client()
    client.force_login(get_user_model().objects.create_user("canbo", password="x"))

    response = client.get(private_document.url)

    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF")


def test_documents_go_through_the_serve_view_not_the_media_folder(private_document):
    assert settings.WAGTAILDOCS_SERVE_METHOD == "serve_view"
    assert private_document.url.startswith("/documents/")
    assert not private_document.url.startswith(settings.MEDIA_URL)


def test_image_serve_view_is_not_routed():
    """Renditions come only from templates: nobody can ask for a filter by URL."""
    with pytest.raises(NoReverseMatch):
        reverse("wagtailimages_serve", args=("sig", 1, "fill-10000x10000"))


def test_no_outside_services_and_upload_limits():
    assert settings.WAGTAIL_ENABLE_UPDATE_CHECK is False
    assert settings.WAGTAIL_GRAVATAR_PROVIDER_URL is None
    assert settings.WAGTAILDOCS_MAX_UPLOAD_SIZE <= 20 * 1024 * 1024
    assert settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE <= 10 * 1024 * 1024
    assert settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS <= 40_000_000
