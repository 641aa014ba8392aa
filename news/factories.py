"""News factories.

item = NewsPageFactory(parent=site.root_page.get_children().get(slug="tin-tuc"))
"""

import datetime

import factory

from django.utils import timezone

import wagtail_factories

from core.factories import ImageFactory
from news.models import NewsIndexPage, NewsPage


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = NewsIndexPage

    title = "Tin tức – Sự kiện"


class NewsPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = NewsPage

    title = factory.Faker("sentence", nb_words=8, locale="vi_VN")
    summary = factory.Faker("paragraph", nb_sentences=2, locale="vi_VN")
    lead_image = factory.SubFactory(ImageFactory)
    lead_image_alt = factory.Faker("sentence", nb_words=6, locale="vi_VN")
    body = factory.LazyFunction(
        lambda: [("paragraph", "<p>Nội dung tin bài về hoạt động của xã.</p>")]
    )
    event_date = factory.LazyFunction(lambda: timezone.localdate() - datetime.timedelta(days=1))
    category = "activity"
    source_kind = "own"
    author = factory.Faker("name", locale="vi_VN")
