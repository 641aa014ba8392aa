"""Hand-made data for the oversight tests: the October 2026 report period
(26/09/2026 – 25/10/2026) of two communes, with the figures worked out by
hand in the docstring of ``october``.
"""

import datetime
from dataclasses import dataclass, field

from board.models import RoyaltyRates, SiteRoyaltyRates
from core.models import SupplyingUnit
from documents.factories import LegalDocumentPageFactory
from news.factories import NewsPageFactory
from questions.factories import QuestionFactory
from tests.helpers import section

TZ = datetime.timezone(datetime.timedelta(hours=7))  # Asia/Ho_Chi_Minh
D = datetime.date


def local(day, hour=10, minute=0):
    return datetime.datetime(day.year, day.month, day.day, hour, minute, tzinfo=TZ)


def item(
    parent,
    *,
    factory=NewsPageFactory,
    unit=None,
    approved=None,
    published=None,
    on_time=None,
    photo=True,
    author="",
    supplier="",
    live=None,
    due=None,
    title=None,
):
    """A supplied page whose publication record is set by hand."""
    kwargs = {"parent": parent}
    if title:
        kwargs["title"] = title
    if factory is NewsPageFactory:
        kwargs["author"] = author
    page = factory(**kwargs)
    values = {
        "supplying_unit": unit,
        "unit_approved_on": approved,
        "supplier_name": supplier,
        "first_published_at": published,
        "last_published_at": published,
        "live": bool(published) if live is None else live,
        "published_on_time": on_time,
        "due_date": due,
    }
    if factory is NewsPageFactory and not photo:
        values["lead_image"] = None
    type(page).objects.filter(pk=page.pk).update(**values)
    page.refresh_from_db()
    return page


@dataclass
class October:
    a: object
    b: object
    units: dict = field(default_factory=dict)
    pages: dict = field(default_factory=dict)


def october(commune, other_commune):
    """Commune A (Tân Cương) has three units:

    ==========  ========  =========  =======  ====  =====  ===============
    unit        supplied  published  on time  late  photo  quota
    ==========  ========  =========  =======  ====  =====  ===============
    Nông dân    2         2          1        1     2      2/2 met
    Thanh niên  3         2          2        0     1      1/2 missed
    Đài (radio) 3         3          3        0     2      3/15 missed
    ==========  ========  =========  =======  ====  =====  ===============

    plus an item without unit (published late, 15/10). Commune totals:
    supplied 9, published 8, on time 6, late 2, with photo 6. Commune B has
    one item (published on time 01/10, photo).

    Royalties in A (unit value 200,000 đ, document coefficient 1.5; news 1,
    photo 0.5, answer 0.5): An 600,000 (2 items), Bình and Cường 150,000
    each (one item shared), Dung 300,000, Văn phòng UBND 300,000, Đài
    800,000 (3 items), the answer's author 100,000: 2,400,000 in all. In B
    (host's unit value 100,000): Em 150,000.
    """
    RoyaltyRates.objects.update_or_create(
        pk=RoyaltyRates.load().pk, defaults={"unit_value": 100_000}
    )
    SiteRoyaltyRates.objects.update_or_create(
        site=commune, defaults={"unit_value": 200_000, "document_coefficient": "1.5"}
    )
    data = October(a=commune, b=other_commune)
    farmers = SupplyingUnit.objects.create(site=commune, name="Hội Nông dân xã")
    youth = SupplyingUnit.objects.create(site=commune, name="Đoàn Thanh niên xã")
    radio = SupplyingUnit.objects.create(
        site=commune, name="Đài Truyền thanh xã", kind=SupplyingUnit.Kind.RADIO
    )
    data.units = {"farmers": farmers, "youth": youth, "radio": radio}
    news = section(commune, "tin-tuc")
    docs = section(commune, "van-ban")
    p = data.pages
    # First day of the period, five minutes after midnight, local time.
    p["n1"] = item(
        news,
        unit=farmers,
        approved=D(2026, 9, 25),
        published=local(D(2026, 9, 26), 0, 5),
        on_time=True,
        author="Nguyễn Văn An",
    )
    # Last day of the period, late in the evening: still this period.
    p["n2"] = item(
        news,
        unit=farmers,
        approved=D(2026, 10, 24),
        published=local(D(2026, 10, 25), 23, 30),
        on_time=False,
        author="Trần Thị Bình, Lê Văn Cường",
    )
    p["n3"] = item(
        news,
        unit=youth,
        approved=D(2026, 10, 1),
        published=local(D(2026, 10, 5)),
        on_time=True,
        supplier="Phạm Thị Dung",
    )
    # Ten minutes into the next period: not published in this one.
    p["n4"] = item(
        news,
        unit=youth,
        approved=D(2026, 10, 20),
        published=local(D(2026, 10, 26), 0, 10),
        on_time=True,
        author="Phạm Thị Dung",
    )
    p["d1"] = item(
        docs,
        factory=LegalDocumentPageFactory,
        unit=youth,
        approved=D(2026, 10, 2),
        published=local(D(2026, 10, 3)),
        on_time=True,
        supplier="Văn phòng UBND",
    )
    p["r1"] = item(
        news,
        unit=radio,
        approved=D(2026, 10, 10),
        published=local(D(2026, 10, 10)),
        on_time=True,
        photo=False,
        author="Đài Truyền thanh",
    )
    p["r2"] = item(
        news,
        unit=radio,
        approved=D(2026, 10, 11),
        published=local(D(2026, 10, 11)),
        on_time=True,
        author="Đài Truyền thanh",
    )
    p["r3"] = item(
        news,
        unit=radio,
        approved=D(2026, 10, 12),
        published=local(D(2026, 10, 12)),
        on_time=True,
        author="Đài Truyền thanh",
    )
    p["x1"] = item(
        news,
        approved=D(2026, 10, 14),
        published=local(D(2026, 10, 15)),
        on_time=False,
        author="Nguyễn Văn An",
    )
    # Supplied, never published, due on 01/10: overdue.
    p["u1"] = item(
        news,
        unit=farmers,
        approved=D(2026, 10, 10),
        published=None,
        due=D(2026, 10, 1),
        author="Nguyễn Văn An",
    )
    # Published the day before the period starts: not in it.
    p["old"] = item(
        news,
        approved=D(2026, 9, 20),
        published=local(D(2026, 9, 25), 23, 59),
        on_time=True,
        author="Nguyễn Văn An",
    )

    from board.factories import UserFactory

    answerer = UserFactory(username="a.answer", first_name="Lê Thu", last_name="Hà")
    QuestionFactory(
        site=commune,
        state="published",
        answered_by=answerer,
        published_at=local(D(2026, 10, 8)),
        due_date=D(2026, 10, 20),
        answer="Trả lời.",
    )

    p["b1"] = item(
        section(other_commune, "tin-tuc"),
        approved=D(2026, 9, 30),
        published=local(D(2026, 10, 1)),
        on_time=True,
        author="Hoàng Văn Em",
    )
    return data
