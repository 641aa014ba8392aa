"""Citizens' questions and published answers (Hỏi đáp)."""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField

from home.mixins import BasePage


class QuestionIndexPage(BasePage):
    """Hỏi đáp: the public form to ask and the list of published answers."""

    intro = RichTextField(_("introduction"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.CommuneHomePage", "home.DistrictHomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("questions and answers section")

    def is_empty_section(self):
        return False
