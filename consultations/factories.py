"""Factories for consultations.

draft = ConsultationPageFactory(parent=section(commune, "lay-y-kien"))  # open now
comment = DraftCommentFactory(page=draft)                              # awaiting moderation
"""

import datetime

import factory

from django.utils import timezone

import wagtail_factories

from consultations.models import (
    CommentState,
    ConsultationIndexPage,
    ConsultationPage,
    DraftComment,
)
from core.factories import PdfDocumentFactory
from deadlines.services import site_for_page
from questions.factories import ConsentNoticeFactory


class ConsultationIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ConsultationIndexPage

    title = "Lấy ý kiến dự thảo"


class ConsultationPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ConsultationPage

    title = factory.Faker("sentence", nb_words=8, locale="vi_VN")
    summary = factory.Faker("paragraph", nb_sentences=2, locale="vi_VN")
    drafting_body = "Văn phòng HĐND và UBND xã"
    opens_on = factory.LazyFunction(lambda: timezone.localdate() - datetime.timedelta(days=5))
    closes_on = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=25))
    draft_document = factory.SubFactory(PdfDocumentFactory)


class DraftCommentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = DraftComment

    page = factory.SubFactory(ConsultationPageFactory)
    site = factory.LazyAttribute(lambda o: site_for_page(o.page))
    commenter_name = factory.Faker("name", locale="vi_VN")
    organisation = ""
    contact = "0912 345 678"
    article = ""
    text = factory.Faker("paragraph", nb_sentences=3, locale="vi_VN")
    submitted_at = factory.LazyFunction(timezone.now)
    state = CommentState.PENDING
    consent_at = factory.LazyAttribute(lambda o: o.submitted_at)
    consent_notice = factory.SubFactory(ConsentNoticeFactory, version="2026-01")
    consent_version = factory.LazyAttribute(lambda o: o.consent_notice.version)
