"""Factories for images and documents, drawn locally (no network).

image = ImageFactory(collection=...)         # a real JPEG
doc = PdfDocumentFactory(title="Quyết định") # a real one-page PDF
"""

import factory

from django.core.files.base import ContentFile

import wagtail_factories
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from core.samples import make_image_bytes, make_pdf_bytes


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
