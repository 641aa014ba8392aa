"""District dashboard and monthly report screens (requirements §4 and §5).

Thin views: the figures come from board.services.oversight and
board.services.reports; these only check who may look, read the query
string and choose the template or the download format.
"""

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.generic import TemplateView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from board.services import oversight, reports
from board.services.reports import yearly
from core.access import is_district_admin, sites_where
from core.models import HostLevel, HostSettings, Role

#: Board members who may read their own commune's report (not contributors).
REPORT_ROLES = (Role.HEAD, Role.DEPUTY, Role.EDITOR, Role.CONTENT)


def host_labels():
    """Labels that follow the hosting level (district or province)."""

    province = HostSettings.load().level == HostLevel.PROVINCE
    return {
        "dashboard_title": _("Province dashboard") if province else _("District dashboard"),
    }


class DistrictDashboardView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "board/oversight/dashboard.html"
    header_icon = "site"

    def dispatch(self, request, *args, **kwargs):
        if not is_district_admin(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return host_labels()["dashboard_title"]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        statuses, ordering = oversight.sort_statuses(
            oversight.district_status(), self.request.GET.get("ordering")
        )
        context.update(
            statuses=statuses,
            ordering=ordering,
            period=reports.current_period(),
            columns=self.columns(ordering),
            **host_labels(),
        )
        return context

    def columns(self, ordering):
        """(label, sort key, url to sort by it, direction shown) per column."""
        labels = [
            ("commune", _("Commune")),
            ("board", _("Board established")),
            ("members", _("Members")),
            ("last_published", _("Last item published")),
            ("quota", _("This period against quota")),
            ("late", _("Late items")),
            ("questions", _("Questions open / overdue")),
            ("empty", _("Empty mandatory sections")),
            ("banners", _("Expired slogans")),
            ("emergencies", _("Emergency publications to review")),
            ("royalties", _("Royalties this period")),
        ]
        current = ordering.lstrip("-")
        descending = ordering.startswith("-")
        columns = []
        for key, label in labels:
            # A first click sorts a column worst first, a second reverses it.
            if key == current:
                next_order = key if descending else f"-{key}"
            else:
                next_order = oversight.WORST_FIRST.get(key, key)
            columns.append(
                {
                    "label": label,
                    "url": "?" + urlencode({"ordering": next_order}),
                    "sorted": (
                        ("descending" if descending else "ascending") if key == current else ""
                    ),
                }
            )
        return columns


class ReportView(WagtailAdminTemplateMixin, TemplateView):
    """The monthly report on screen, with its CSV and XLSX downloads."""

    template_name = "board/oversight/report.html"
    header_icon = "table"

    def dispatch(self, request, *args, **kwargs):
        self.district = is_district_admin(request.user)
        if self.district:
            self.allowed = reports.commune_sites()
        else:
            own = set(sites_where(request.user, REPORT_ROLES).values_list("pk", flat=True))
            if not own:
                raise PermissionDenied
            self.allowed = [s for s in reports.commune_sites() if s.pk in own]
        self.site = self.chosen_site()
        return super().dispatch(request, *args, **kwargs)

    def chosen_site(self):
        value = self.request.GET.get("site") or ""
        if not value:
            if self.district:
                return None
            return self.allowed[0] if self.allowed else None
        for site in self.allowed:
            if str(site.pk) == value:
                return site
        # Another commune's report: as if it did not exist.
        raise Http404

    def get_page_title(self):
        return _("Monthly supply report")

    def get(self, request, *args, **kwargs):
        self.error = None
        if request.GET.get("year") is not None:
            response = self.yearly(request)
            if response is not None:
                return response
        try:
            self.period = reports.parse_period(
                month=request.GET.get("month"),
                start=request.GET.get("start"),
                end=request.GET.get("end"),
            )
        except ValueError as error:
            self.error = str(error)
            self.period = reports.current_period()
        self.report = reports.build_report(self.period, site=self.site)
        fmt = request.GET.get("format")
        if fmt in ("csv", "xlsx") and not self.error:
            response = HttpResponse(
                reports.export(self.report, fmt), content_type=reports.CONTENT_TYPES[fmt]
            )
            response["Content-Disposition"] = (
                f'attachment; filename="{reports.report_filename(self.report, fmt)}"'
            )
            return response
        return super().get(request, *args, **kwargs)

    def yearly(self, request):
        """The year's report as a download, or None (and the error shown)."""
        try:
            year = yearly.parse_year(request.GET["year"])
        except ValueError as error:
            self.year_error = str(error)
            return None
        fmt = request.GET.get("format") if request.GET.get("format") in ("csv", "xlsx") else "xlsx"
        report = yearly.build_yearly_report(year, site=self.site)
        response = HttpResponse(
            yearly.export_yearly(report, fmt), content_type=reports.CONTENT_TYPES[fmt]
        )
        response["Content-Disposition"] = (
            f'attachment; filename="{yearly.yearly_filename(report, fmt)}"'
        )
        return response

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        report = self.report
        query = {
            k: v for k, v in self.request.GET.items() if k in ("site", "month", "start", "end")
        }
        if self.site is None:
            chart = reports.chart_bars(
                report.communes, label=lambda r: r.commune, value=lambda r: r.published
            )
            chart_title = _("Items published per commune")
        else:
            chart = reports.chart_bars(
                report.units, label=lambda r: r.unit, value=lambda r: r.quota_count
            )
            chart_title = _("Items counted for the quota per unit")
        context.update(
            report=report,
            tables=reports.report_tables(report),
            error=self.error or getattr(self, "year_error", None),
            year_value=self.request.GET.get("year", ""),
            sites=self.allowed,
            district=self.district,
            chosen=self.site,
            chart=chart,
            chart_title=chart_title,
            csv_url="?" + urlencode({**query, "format": "csv"}),
            xlsx_url="?" + urlencode({**query, "format": "xlsx"}),
            month_value=self.request.GET.get("month", ""),
            dashboard_url=reverse("board:district_dashboard") if self.district else None,
            **host_labels(),
        )
        return context
