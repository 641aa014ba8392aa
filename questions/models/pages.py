"""The public page of a commune's questions and answers (Hỏi đáp)."""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField

from core.mixins import BasePage
from questions.views import answer_list, ask_question, track_question


class QuestionIndexPage(RoutablePageMixin, BasePage):
    """Hỏi đáp: published answers, the form to ask and the tracking page.

    The routes live on the page (not in urls.py) so every commune site gets
    them at its own /hoi-dap/ and the views always know their site.
    """

    intro = RichTextField(_("introduction"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.CommuneHomePage", "home.DistrictHomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("questions and answers section")

    def is_empty_section(self):
        return False

    @path("")
    def answers(self, request):
        return answer_list(self, request)

    @path("gui-cau-hoi/", name="ask")
    def ask(self, request):
        return ask_question(self, request)

    @path("tra-cuu/", name="track")
    def track(self, request):
        return track_question(self, request)
