"""Admin for slogans and the editors' "empty sections" panel."""

from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from board.admin_scoping import ScopedSnippetChooserViewSet, SiteScopedViewSetMixin
from board.services.roles import is_district_admin, user_sites

from .edit_conflicts import refuse_out_of_date_save
from .models import Banner
from .services.completeness import empty_sections

#: Editors see their own sites; more than this is the district dashboard's job.
MAX_PANEL_SITES = 3


class BannerViewSet(SiteScopedViewSetMixin, SnippetViewSet):
    model = Banner
    icon = "warning"
    menu_label = _("Slogans and banners")
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["text", "site", "valid_from", "valid_until"]
    list_filter = ["site"]
    search_fields = ["text"]
    ordering = ["-valid_from"]
    chooser_viewset_class = ScopedSnippetChooserViewSet

    def get_form_class(self, for_update=False):
        form_class = super().get_form_class(for_update)

        class SiteLimitedForm(form_class):
            """Only the sites the editor works on can be chosen."""

            def __init__(self, *args, for_user=None, **kwargs):
                super().__init__(*args, for_user=for_user, **kwargs)
                if for_user is not None and "site" in self.fields:
                    self.fields["site"].queryset = user_sites(for_user)

        SiteLimitedForm.__name__ = f"{form_class.__name__}ForSites"
        return SiteLimitedForm


register_snippet(BannerViewSet)


class EmptySectionsPanel(Component):
    name = "empty_sections"
    template_name = "home/panels/empty_sections.html"
    order = 90

    def __init__(self, sites):
        self.sites = sites

    def get_context_data(self, parent_context):
        return {"sites": [(site, empty_sections(site)) for site in self.sites]}


@hooks.register("construct_homepage_panels")
def add_empty_sections_panel(request, panels):
    user = request.user
    if is_district_admin(user):
        return
    sites = list(user_sites(user).select_related("root_page")[: MAX_PANEL_SITES + 1])
    if sites and len(sites) <= MAX_PANEL_SITES:
        panels.append(EmptySectionsPanel(sites))


@hooks.register("before_edit_page")
def refuse_saves_from_out_of_date_forms(request, page):
    refuse_out_of_date_save(request, page)
