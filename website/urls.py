from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.admin.auth import require_admin_access
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from board.admin_reports import ScopedWorkflowTasksView
from home import views as home_views
from questions import views as questions_views
from website.health import healthz

urlpatterns = [
    # Wagtail's workflow tasks report with filters scoped to the user's
    # communes (board/admin_reports.py); before the admin so these win.
    path(
        "admin/reports/workflow_tasks/",
        require_admin_access(ScopedWorkflowTasksView.as_view()),
    ),
    path(
        "admin/reports/workflow_tasks/results/",
        require_admin_access(ScopedWorkflowTasksView.as_view(results_only=True)),
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, name="sitemap"),
    path("healthz/", healthz, name="healthz"),
    path("robots.txt", home_views.robots_txt, name="robots_txt"),
    path("tim-kiem/", home_views.search, name="search"),
    path("danh-gia/", questions_views.rate, name="rate"),
    path("dang-ky-nhan-tin/", include("subscriptions.urls")),
    path("duyet-tin/", include("board.public_urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Vietnamese pages have no prefix (the public contract); English is /en/.
urlpatterns += i18n_patterns(
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)

handler404 = "home.views.page_not_found"
handler500 = "home.views.server_error"
