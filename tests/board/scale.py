"""A light commune for scale tests: a site, its home page, four of the
mandatory sections, two units, a board and one published item.

CommuneSiteFactory provisions groups, collections and workflows (about a
thousand queries per commune); the dashboard's query count does not depend
on those, so 100 light communes are enough to prove it does not grow.
"""

import datetime

from django.utils import timezone

from wagtail.models import Page, Site

from board.factories import BoardDecisionFactory, BoardFactory, MembershipFactory, UserFactory
from core.models import SupplyingUnit
from documents.models import DocumentIndexPage
from home.models import Banner, CommuneHomePage, ContactPage, IntroductionPage
from news.models import NewsIndexPage, NewsPage
from questions.factories import QuestionFactory


def light_commune(n, image, notice):
    root = Page.get_first_root_node()
    home = root.add_child(instance=CommuneHomePage(title=f"Xã Quy Mô {n}", slug=f"xa-quy-mo-{n}"))
    site = Site.objects.create(
        hostname=f"quymo{n}.example.gov.vn", site_name=f"Xã Quy Mô {n}", root_page=home
    )
    news = home.add_child(instance=NewsIndexPage(title="Tin tức", slug="tin-tuc"))
    home.add_child(instance=DocumentIndexPage(title="Văn bản", slug="van-ban"))
    home.add_child(instance=IntroductionPage(title="Giới thiệu", slug="gioi-thieu"))
    home.add_child(instance=ContactPage(title="Liên hệ", slug="lien-he"))
    unit = SupplyingUnit.objects.create(site=site, name="Hội Nông dân")
    SupplyingUnit.objects.create(site=site, name="Đài Truyền thanh", kind="radio")
    now = timezone.now()
    news.add_child(
        instance=NewsPage(
            title=f"Tin số {n}",
            slug=f"tin-{n}",
            summary="Tóm tắt.",
            lead_image=image,
            lead_image_alt="Ảnh",
            body=[],
            event_date=timezone.localdate(),
            supplying_unit=unit,
            unit_approved_on=timezone.localdate(),
            author="Nguyễn Văn An",
            first_published_at=now,
            last_published_at=now,
            live=True,
        )
    )
    board = BoardFactory(site=site)
    BoardDecisionFactory(board=board)
    MembershipFactory(board=board, user=UserFactory(username=f"quymo{n}.head"), role="head")
    QuestionFactory(site=site, consent_notice=notice)
    Banner.objects.create(
        site=site,
        text="Khẩu hiệu cũ",
        valid_from=now - datetime.timedelta(days=9),
        valid_until=now - datetime.timedelta(days=1),
    )
    return site
