"""Admin for slogans and the editors' "empty sections" panel."""

from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.ui.components import Component
from wagtail.models import Site
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from core.access import is_district_admin, user_sites
from core.admin_scoping import ScopedSnippetChooserViewSet, SiteScopedViewSetMixin
from core.edit_conflicts import refuse_out_of_date_save
from core.models import HostAlert
from core.rich_text import clean_page_rich_text, page_is_readable, tolerate_broken_ids
from home import merged_hosts
from home.models import Banner, CommuneHomePage
from home.services.completeness import empty_sections


def commune_sites_queryset():
    return Site.objects.filter(
        root_page__content_type=ContentType.objects.get_for_model(CommuneHomePage)
    ).order_by("site_name")


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


class HostAlertViewSet(SnippetViewSet):
    """The hosting agency's alerts: only district (province) admins hold the
    model's permissions, so only they see the menu item."""

    model = HostAlert
    icon = "warning"
    menu_label = _("Alerts to communes")
    add_to_settings_menu = True
    list_display = ["text", "all_sites", "valid_from", "valid_until"]
    search_fields = ["text"]
    ordering = ["-valid_from"]

    def get_form_class(self, for_update=False):
        form_class = super().get_form_class(for_update)

        class HostAlertForm(form_class):
            def __init__(self, *args, **kwargs):
                super().__init__(*args, **kwargs)
                self.fields["sites"].queryset = commune_sites_queryset()

            def clean(self):
                cleaned = super().clean()
                if not cleaned.get("all_sites") and not cleaned.get("sites"):
                    self.add_error(
                        "sites", _("Choose the communes that show the alert, or tick every one.")
                    )
                return cleaned

        return HostAlertForm


register_snippet(HostAlertViewSet)


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


@hooks.register("before_edit_page")
def open_pages_whose_rich_text_cannot_be_read(request, page):
    """Stored rich text the editor cannot read (broken link ids from an old
    import) is cleaned in the form instead of failing with a 500."""
    if request.method == "GET" and not page_is_readable(page):
        clean_page_rich_text(page)
        messages.warning(
            request,
            _(
                "Some formatting of this page could not be read and was removed from the "
                "form (broken links or embedded items). Check the text, then save."
            ),
        )


# After Wagtail's own handlers are registered (they come from apps listed later).
hooks.register("register_rich_text_features", tolerate_broken_ids, order=100)


@hooks.register("before_serve_page")
def redirect_merged_commune(page, request, serve_args, serve_kwargs):
    """A merged commune's host sends every page to its successor (301)."""
    return merged_hosts.redirect_for(request, page)
