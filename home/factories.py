"""Factories for sites, images and documents.

    site = CommuneSiteFactory()                 # a complete commune site
    image = ImageFactory(collection=...)         # a real JPEG drawn locally
    doc = PdfDocumentFactory(title="Quyết định") # a real one-page PDF
"""

import factory

from django.core.files.base import ContentFile

import wagtail_factories
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Site

from .samples import make_image_bytes, make_pdf_bytes
from .services.provisioning import create_site


class ImageFactory(wagtail_factories.ImageFactory):
    class Meta:
        model = get_image_model()

    title = factory.Faker("sentence", nb_words=4, locale="vi_VN")
    file = factory.LazyAttribute(
        lambda o: ContentFile(make_image_bytes(o.title, size=(640, 360)), name="photo.jpg")
    )


class PdfDocumentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_document_model()

    title = factory.Faker("sentence", nb_words=5, locale="vi_VN")
    file = factory.LazyAttribute(
        lambda o: ContentFile(make_pdf_bytes(o.title, ["Van ban mau"]), name="van-ban.pdf")
    )


class CommuneSiteFactory(factory.Factory):
    """Builds a complete commune site through the provisioning service."""

    class Meta:
        model = Site

    hostname = factory.Sequence(lambda n: f"xa{n}.example.gov.vn")
    name = factory.Sequence(lambda n: f"Xã Thử Nghiệm {n}")
    kind = "commune"

    @classmethod
    def _create(cls, model_class, **kwargs):
        return create_site(**kwargs)

    _build = _create
