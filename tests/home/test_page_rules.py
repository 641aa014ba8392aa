"""Where each page type may be created: the tree of every commune site
follows docs/requirements.md §7 and section 4, whatever an editor clicks."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from consultations.models import ConsultationIndexPage, ConsultationPage
from documents.models import (
    DocumentIndexPage,
    LegalDocumentPage,
    StatisticsIndexPage,
    StatisticsPage,
)
from home.models import (
    CommuneHomePage,
    ContactPage,
    DisclosurePage,
    DistrictHomePage,
    IntroductionPage,
    ProceduresPage,
    StandardPage,
)
from news.models import NewsIndexPage, NewsPage
from questions.models import QuestionIndexPage

SECTIONS = {
    IntroductionPage,
    NewsIndexPage,
    DocumentIndexPage,
    StatisticsIndexPage,
    ProceduresPage,
    ConsultationIndexPage,
    QuestionIndexPage,
    DisclosurePage,
    ContactPage,
    StandardPage,
}
SITE_ROOTS = {CommuneHomePage, DistrictHomePage}


class PageTreeRulesTests(WagtailPageTestCase):
    def test_site_roots_sit_under_the_tree_root_only(self):
        for root in SITE_ROOTS:
            self.assertAllowedParentPageTypes(root, {Page})
            self.assertCanCreateAt(Page, root)
        self.assertCanNotCreateAt(CommuneHomePage, CommuneHomePage)
        self.assertCanNotCreateAt(CommuneHomePage, DistrictHomePage)

    def test_home_pages_hold_every_mandatory_section(self):
        for root in SITE_ROOTS:
            self.assertAllowedSubpageTypes(root, SECTIONS)

    def test_sections_sit_directly_under_a_home_page(self):
        for model in SECTIONS - {StandardPage}:
            self.assertAllowedParentPageTypes(model, SITE_ROOTS)
            for other in SECTIONS:
                self.assertCanNotCreateAt(other, model)

    def test_news_items_only_in_a_news_section(self):
        self.assertAllowedParentPageTypes(NewsPage, {NewsIndexPage})
        self.assertAllowedSubpageTypes(NewsIndexPage, {NewsPage})
        self.assertAllowedSubpageTypes(NewsPage, set())
        self.assertCanNotCreateAt(CommuneHomePage, NewsPage)
        self.assertCanNotCreateAt(DocumentIndexPage, NewsPage)

    def test_legal_documents_only_in_the_document_register(self):
        self.assertAllowedParentPageTypes(LegalDocumentPage, {DocumentIndexPage})
        self.assertAllowedSubpageTypes(DocumentIndexPage, {LegalDocumentPage})
        self.assertAllowedSubpageTypes(LegalDocumentPage, set())
        self.assertCanNotCreateAt(NewsIndexPage, LegalDocumentPage)
        self.assertCanNotCreateAt(StatisticsIndexPage, LegalDocumentPage)

    def test_statistical_reports_only_in_the_statistics_section(self):
        self.assertAllowedParentPageTypes(StatisticsPage, {StatisticsIndexPage})
        self.assertAllowedSubpageTypes(StatisticsIndexPage, {StatisticsPage})
        self.assertAllowedSubpageTypes(StatisticsPage, set())
        self.assertCanNotCreateAt(DocumentIndexPage, StatisticsPage)

    def test_drafts_for_consultation_only_in_the_consultation_section(self):
        self.assertAllowedParentPageTypes(ConsultationPage, {ConsultationIndexPage})
        self.assertAllowedSubpageTypes(ConsultationIndexPage, {ConsultationPage})
        self.assertCanNotCreateAt(CommuneHomePage, ConsultationPage)

    def test_contact_page_takes_no_sub_pages(self):
        self.assertAllowedSubpageTypes(ContactPage, set())
        self.assertCanNotCreateAt(QuestionIndexPage, NewsPage)

    def test_introduction_procedures_and_disclosure_take_articles(self):
        for model in (IntroductionPage, ProceduresPage, DisclosurePage, StandardPage):
            self.assertAllowedSubpageTypes(model, {StandardPage})

    def test_single_sections_exist_once_per_site(self):
        for model in SECTIONS - {NewsIndexPage, StandardPage}:
            self.assertEqual(model.max_count_per_parent, 1, model.__name__)
