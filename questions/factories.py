"""Factories for questions.

question = QuestionFactory(site=commune)                  # received today
question = QuestionFactory(site=commune, state="submitted", answer="...")
notice = ConsentNoticeFactory(version="2026-02")
"""

import factory

from django.utils import timezone

import wagtail_factories

from home.factories import CommuneSiteFactory
from questions.models import (
    ConsentNotice,
    Question,
    QuestionIndexPage,
    QuestionState,
    QuestionTopic,
)
from questions.services.codes import new_tracking_code
from questions.services.deadlines import answer_due_date


class ConsentNoticeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ConsentNotice
        django_get_or_create = ("version",)

    version = factory.Sequence(lambda n: f"test-{n}")
    purpose = factory.Faker("paragraph", locale="vi_VN")
    effective_from = factory.LazyFunction(timezone.now)


class QuestionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Question

    site = factory.SubFactory(CommuneSiteFactory)
    tracking_code = factory.LazyFunction(new_tracking_code)
    asker_name = factory.Faker("name", locale="vi_VN")
    phone = "0912 345 678"
    email = factory.Faker("email")
    topic = QuestionTopic.LAND
    text = factory.Faker("paragraph", nb_sentences=4, locale="vi_VN")
    received_at = factory.LazyFunction(timezone.now)
    due_date = factory.LazyAttribute(lambda o: answer_due_date(o.received_at, o.site))
    state = QuestionState.RECEIVED
    consent_at = factory.LazyAttribute(lambda o: o.received_at)
    consent_notice = factory.SubFactory(ConsentNoticeFactory, version="2026-01")
    consent_version = factory.LazyAttribute(lambda o: o.consent_notice.version)


class QuestionIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = QuestionIndexPage

    title = "Hỏi đáp"
