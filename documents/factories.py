"""Document and statistics factories.

doc = LegalDocumentPageFactory(parent=register_page)
report = StatisticsPageFactory(parent=statistics_index)
"""

import datetime

import factory

from django.utils import timezone

import wagtail_factories

from core.factories import PdfDocumentFactory
from documents.models import (
    DocumentIndexPage,
    LegalDocumentPage,
    StatisticsIndexPage,
    StatisticsPage,
)


class LegalDocumentPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = LegalDocumentPage

    title = factory.Faker("sentence", nb_words=8, locale="vi_VN")
    number = factory.Sequence(lambda n: f"{n + 1}/QĐ-UBND")
    document_type = "decision"
    issuing_body = "UBND xã"
    signer = factory.Faker("name", locale="vi_VN")
    signing_date = factory.LazyFunction(lambda: timezone.localdate() - datetime.timedelta(days=2))
    summary = factory.Faker("paragraph", nb_sentences=2, locale="vi_VN")
    file = factory.SubFactory(PdfDocumentFactory)


def _table():
    return [
        (
            "table",
            {
                "caption": "Dân số theo thôn",
                "source": "UBND xã",
                "table": {
                    "columns": [
                        {"type": "text", "heading": "Thôn"},
                        {"type": "integer", "heading": "Số hộ"},
                    ],
                    "rows": [
                        {"values": ["Thôn 1", 120]},
                        {"values": ["Thôn 2", 98]},
                    ],
                },
            },
        )
    ]


class StatisticsPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = StatisticsPage

    title = factory.Sequence(lambda n: f"Báo cáo thống kê số {n}")
    period = "Quý III/2026"
    period_start = datetime.date(2026, 7, 1)
    period_end = datetime.date(2026, 9, 30)
    date_sent = datetime.date(2026, 10, 5)
    tables = factory.LazyFunction(_table)


class DocumentIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = DocumentIndexPage

    title = "Văn bản"


class StatisticsIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = StatisticsIndexPage

    title = "Thống kê"
