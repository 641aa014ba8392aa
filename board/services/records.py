"""The board's periodic reports to the commune Party committee's standing
board (requirements S3, Điều 4), made from the data.

The figures of supply are the monthly reports of the period added up
(``build_months_report``), so a quarter says the same as its three months;
questions, consultations and the decisions of the period's meetings are
counted here. Until the report is filed its figures can be refreshed; filing
freezes them with the text, and the XLSX and the printable page are made
from what was filed.
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Count, F, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from board.models import BoardMeeting, MeetingDecision, PartyReport
from board.services.reports.export import FIGURE_HEADERS, tables_xlsx
from board.services.reports.yearly import build_months_report
from consultations.models import ConsultationPage, DraftComment
from core.text import local_moment
from questions.models import Question
from questions.services.deadlines import ANSWERED_ON_TIME

FIGURES = [name for name, _label in FIGURE_HEADERS]


def open_decisions(sites):
    """Decisions of ``sites``' meetings not yet done, the most urgent first."""
    return (
        MeetingDecision.objects.filter(meeting__site__in=sites, done_on__isnull=True)
        .select_related("meeting", "meeting__site", "owner")
        .order_by(F("due_date").asc(nulls_last=True), "meeting__date")
    )


def report_tables(report):
    """The report's tables as (title, headers, rows), from the data now."""
    supply = build_months_report(report.year, report.months(), site=report.site)
    labels = [str(label) for _name, label in FIGURE_HEADERS]
    tables = [
        (
            _("Supplying units"),
            [_("Unit"), *labels, _("Months the quota was met")],
            [[r.unit, *[getattr(r, f) for f in FIGURES], r.quota_months] for r in supply.units],
        ),
        (
            _("Authors and suppliers"),
            [_("Person"), *labels, _("Royalties (đồng)")],
            [[r.person, *[getattr(r, f) for f in FIGURES], r.royalties] for r in supply.people],
        ),
        (_("Commune totals"), _total_headers(labels), _totals(supply)),
        (_("Questions from citizens"), *_questions(report.site, supply.period)),
        (_("Consultations on drafts"), *_consultations(report.site, supply.period)),
        (_("Decisions of the board's meetings"), *_decisions(report.site, supply.period)),
    ]
    return [[str(title), [str(h) for h in headers], rows] for title, headers, rows in tables]


def _total_headers(labels):
    return [_("Commune"), *labels, _("Royalties (đồng)")]


def _totals(supply):
    return [[r.commune, *[getattr(r, f) for f in FIGURES], r.royalties] for r in supply.communes]


def _questions(site, period):
    begin, after = period.bounds()
    figures = Question.objects.filter(site=site).aggregate(
        received=Count("pk", filter=Q(received_at__gte=begin, received_at__lt=after)),
        answered=Count("pk", filter=Q(answered_at__gte=begin, answered_at__lt=after)),
        on_time=Count(
            "pk", filter=Q(answered_at__gte=begin, answered_at__lt=after) & ANSWERED_ON_TIME
        ),
        late_open=Count(
            "pk",
            filter=Q(
                answered_at__isnull=True,
                closed_at__isnull=True,
                due_date__lt=period.end,
                received_at__lt=after,
            ),
        ),
    )
    headers = [
        _("Received"),
        _("Answered"),
        _("Answered within the deadline"),
        _("Unanswered past the deadline at the end of the period"),
    ]
    row = [figures["received"], figures["answered"], figures["on_time"], figures["late_open"]]
    return headers, [row]


def _consultations(site, period):
    begin, after = period.bounds()
    drafts = ConsultationPage.objects.filter(path__startswith=site.root_page.path)
    opened = drafts.filter(opens_on__gte=period.start, opens_on__lte=period.end).count()
    reported = drafts.filter(report_published_at__gte=begin, report_published_at__lt=after).count()
    comments = DraftComment.objects.filter(
        page__path__startswith=site.root_page.path, submitted_at__gte=begin, submitted_at__lt=after
    ).count()
    headers = [_("Drafts opened for comments"), _("Comments received"), _("Reports published")]
    return headers, [[opened, comments, reported]]


def _decisions(site, period):
    meetings = BoardMeeting.objects.filter(
        site=site, date__gte=period.start, date__lte=period.end
    ).prefetch_related("decisions__owner")
    rows = []
    for meeting in meetings.order_by("date"):
        for decision in meeting.decisions.all():
            owner = decision.owner
            rows.append(
                [
                    str(meeting),
                    decision.text,
                    (owner.get_full_name() or owner.get_username()) if owner else "",
                    f"{decision.due_date:%d/%m/%Y}" if decision.due_date else "",
                    str(decision.state_label()),
                ]
            )
    headers = [_("Meeting"), _("Decision"), _("In charge"), _("Due date"), _("State")]
    return headers, rows


def refresh(report):
    """Take the figures from the data again (a report not yet filed)."""
    if report.is_filed:
        raise ValidationError(_("This report has been filed: it is kept as issued."))
    report.tables = report_tables(report)
    report.figures_at = timezone.now()
    report.save(update_fields=["tables", "figures_at"])
    return report


@transaction.atomic
def file_report(report, user):
    """Freeze the report as issued: the figures of this moment and the text."""
    report = PartyReport.objects.select_for_update().get(pk=report.pk)
    refresh(report)
    report.filed_at = timezone.now()
    report.filed_by = user
    report.save(update_fields=["filed_at", "filed_by"])
    return report


def title(report):
    return _("%(report)s of the editorial board of %(site)s") % {
        "report": report.period_label(),
        "site": report.site.site_name,
    }


def export_xlsx(report):
    """The report as a workbook: its text first, then one sheet per table."""
    text = [
        str(_("Report")),
        [str(_("Section")), str(_("Content"))],
        [
            [str(_("Assessment")), report.assessment],
            [str(_("Proposals and recommendations")), report.proposals],
            [str(_("Figures as of")), local_moment(report.figures_at)],
            [str(_("Filed at")), local_moment(report.filed_at)],
        ],
    ]
    return tables_xlsx(title(report), [text, *report.tables])


def filename(report):
    return f"bao-cao-bbt-{report.site.hostname}-{report.kind}-{report.year}-{report.number}.xlsx"
