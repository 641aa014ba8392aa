"""Factories for commune sites and the site structure's page types.

site = CommuneSiteFactory()                 # a complete commune site, provisioned
page = StandardPageFactory(parent=site.root_page)
"""

import factory

import wagtail_factories
from wagtail.models import Site

from home.models import (
    CommuneHomePage,
    ContactPage,
    DisclosurePage,
    DistrictHomePage,
    IntroductionPage,
    ProceduresPage,
    StandardPage,
)
from home.services.provisioning import create_site


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


class CommuneHomePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = CommuneHomePage

    title = factory.Sequence(lambda n: f"Xã Mẫu {n}")
    welcome = "Chào mừng bạn đến với Trang thông tin điện tử của xã."


class DistrictHomePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = DistrictHomePage

    title = factory.Sequence(lambda n: f"Huyện Mẫu {n}")


class StandardPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = StandardPage

    title = factory.Faker("sentence", nb_words=5, locale="vi_VN")
    summary = factory.Faker("paragraph", nb_sentences=2, locale="vi_VN")


class IntroductionPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = IntroductionPage

    title = "Giới thiệu"
    functions = "<p>Chức năng, nhiệm vụ của Ủy ban nhân dân xã.</p>"


class ContactPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ContactPage

    title = "Liên hệ"


class ProceduresPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ProceduresPage

    title = "Thủ tục hành chính"


class DisclosurePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = DisclosurePage

    title = "Công khai thông tin"
