"""Empty the page cache of the sites a change shows on.

A page shows on its own site and, for news, on the hosting portal (which
lists the latest news of every commune); settings and slogans show on every
page of their site; a published answer shows on its site's questions page.
Other communes' caches stay warm.

What is shown on public pages and is not a page: the Site itself, every
Wagtail setting (site settings bump their site, generic settings every
site), slogans (Banner) and published questions. Pages render images through
renditions of the image they reference; replacing an image file is not
followed here (the page keeps the old rendition until PAGE_CACHE_SECONDS).
"""

import contextlib
import threading

from django.core.exceptions import ObjectDoesNotExist
from django.db.models.signals import m2m_changed, post_delete, post_save

from wagtail.contrib.settings.registry import registry as settings_registry
from wagtail.models import Page, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from core.models import HostAlert
from core.page_cache import bump_hosts, bump_sites
from home.models import Banner, DistrictHomePage
from questions.models import Question, QuestionState


def portal_sites():
    return Site.objects.filter(
        root_page__content_type__model=DistrictHomePage._meta.model_name,
        root_page__content_type__app_label=DistrictHomePage._meta.app_label,
    )


def sites_showing(page):
    sites = list(portal_sites())
    site = page.get_site()
    if site is not None:
        sites.append(site)
    return sites


_suspended = threading.local()


@contextlib.contextmanager
def suspended():
    """Page changes bump nothing while new sites are made in bulk (the commune
    import): their pages were never cached, and working out which sites show
    each page (every site's root path) is most of the import's time. The
    caller bumps the hosts it created."""
    _suspended.active = True
    try:
        yield
    finally:
        _suspended.active = False


def page_changed(sender, instance, **kwargs):
    if getattr(_suspended, "active", False):
        return
    bump_sites(sites_showing(instance))


def page_moved(sender, instance, **kwargs):
    if getattr(_suspended, "active", False):
        return
    bump_sites(sites_showing(instance))
    # The old location's site also changes (menus, listings).
    old_path = kwargs.get("url_path_before")
    if old_path:
        for site in Site.objects.select_related("root_page"):
            if old_path.startswith(site.root_page.url_path):
                bump_sites([site])


def page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        bump_sites(sites_showing(instance))


def site_setting_changed(sender, instance, **kwargs):
    try:
        site = instance if isinstance(instance, Site) else getattr(instance, "site", None)
    except ObjectDoesNotExist:  # deleted with its Site, which bumped itself
        return
    if site is not None:
        bump_sites([site])
    else:
        bump_hosts(set(Site.objects.values_list("hostname", flat=True)))


def wagtail_setting_changed(sender, instance, created=False, **kwargs):
    """A setting row made with its defaults on first read changes nothing shown."""
    if not created:
        site_setting_changed(sender, instance, **kwargs)


def host_alert_changed(sender, instance=None, **kwargs):
    """An alert of the hosting agency: every commune's frame may show it."""
    bump_hosts(set(Site.objects.values_list("hostname", flat=True)))


def question_changed(sender, instance, **kwargs):
    """A citizen's question shows publicly only once its answer is published;
    a new or pending question leaves the cache alone."""

    if instance.state == QuestionState.PUBLISHED:
        # Deleted with its Site, which bumped itself.
        with contextlib.suppress(ObjectDoesNotExist):
            bump_sites([instance.site])


def connect():
    page_published.connect(page_changed, dispatch_uid="pc_published")
    page_unpublished.connect(page_changed, dispatch_uid="pc_unpublished")
    post_page_move.connect(page_moved, dispatch_uid="pc_moved")
    post_delete.connect(page_deleted, dispatch_uid="pc_deleted")
    post_save.connect(question_changed, sender=Question, dispatch_uid="pc_save_Question")
    post_save.connect(host_alert_changed, sender=HostAlert, dispatch_uid="pc_save_HostAlert")
    post_delete.connect(host_alert_changed, sender=HostAlert, dispatch_uid="pc_delete_HostAlert")
    m2m_changed.connect(
        host_alert_changed, sender=HostAlert.sites.through, dispatch_uid="pc_m2m_HostAlert"
    )
    post_delete.connect(question_changed, sender=Question, dispatch_uid="pc_delete_Question")
    for model in (Banner, Site, *settings_registry):
        on_save = wagtail_setting_changed if model in settings_registry else site_setting_changed
        post_save.connect(on_save, sender=model, dispatch_uid=f"pc_save_{model.__name__}")
        post_delete.connect(
            site_setting_changed, sender=model, dispatch_uid=f"pc_delete_{model.__name__}"
        )
