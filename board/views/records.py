"""The printable page of a report to the Party committee, its XLSX, and
the two things a draft report can have done to it: its figures refreshed
from the data, and filing, after which it is kept as issued."""

from django.contrib.auth.decorators import permission_required
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from wagtail.admin import messages

from board.models import PartyReport
from board.services import records
from core.access import sites_where
from core.admin_scoping import scope_to_user_sites
from core.models import Role

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _report(request, pk):
    """The report, if it is one of the user's communes' (404 otherwise)."""
    reports = scope_to_user_sites(PartyReport.objects.select_related("site"), request.user)
    return get_object_or_404(reports, pk=pk)


def _may_change(user, report):
    return user.has_perm("board.change_partyreport") and (
        user.is_superuser
        or sites_where(user, [Role.HEAD, Role.DEPUTY]).filter(pk=report.site_id).exists()
    )


@permission_required("board.view_partyreport", raise_exception=True)
def report_page(request, pk):
    report = _report(request, pk)
    if not report.tables and not report.is_filed and _may_change(request.user, report):
        records.refresh(report)
    return TemplateResponse(
        request,
        "board/records/party_report.html",
        {
            "report": report,
            "title": records.title(report),
            "may_change": not report.is_filed and _may_change(request.user, report),
            "page_title": PartyReport._meta.verbose_name_plural,
        },
    )


@permission_required("board.view_partyreport", raise_exception=True)
def report_xlsx(request, pk):
    report = _report(request, pk)
    response = HttpResponse(records.export_xlsx(report), content_type=XLSX)
    response["Content-Disposition"] = f'attachment; filename="{records.filename(report)}"'
    return response


def _change(request, pk, action, done):
    report = _report(request, pk)
    if not _may_change(request.user, report):
        raise PermissionDenied
    if report.is_filed:
        messages.error(request, _("This report has been filed: it is kept as issued."))
    else:
        action(report)
        messages.success(request, done)
    return redirect("board:party_report", pk=report.pk)


@require_POST
def report_refresh(request, pk):
    return _change(request, pk, records.refresh, _("The figures were taken from the data again."))


@require_POST
def report_file(request, pk):
    return _change(
        request,
        pk,
        lambda report: records.file_report(report, request.user),
        _("The report is filed: it is kept as issued."),
    )
