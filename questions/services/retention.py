"""Anonymising askers' personal data once the site's retention period after
closing has passed (docs/requirements.md §8; run daily by ``purge_question_data``)."""

import calendar
from dataclasses import dataclass, field

from django.utils import timezone
from django.utils.translation import gettext as _

from wagtail.models import Site

from questions.models.records import CLOSED_STATES, Question, QuestionSettings
from questions.services.workflow import erase_personal_data


def months_before(moment, months):
    """``moment`` moved back ``months`` calendar months (31 March - 1 month is
    the last day of February)."""
    month_index = moment.month - 1 - months
    year = moment.year + month_index // 12
    month = month_index % 12 + 1
    day = min(moment.day, calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day)


@dataclass
class PurgeResult:
    erased: dict = field(default_factory=dict)  # site name -> count

    @property
    def total(self):
        return sum(self.erased.values())


def expired_questions(site, now=None):
    now = now or timezone.now()
    months = QuestionSettings.for_site(site).retention_months
    cutoff = months_before(now, months)
    return Question.objects.filter(
        site=site,
        state__in=CLOSED_STATES,
        closed_at__lte=cutoff,
        erased_at__isnull=True,
    )


def purge_expired(now=None, dry_run=False, sites=None):
    """Erase the personal data of every question past retention; each erasure
    is its own transaction and recorded as a QuestionEvent."""
    result = PurgeResult()
    for site in sites if sites is not None else Site.objects.order_by("hostname"):
        questions = list(expired_questions(site, now=now))
        if not questions:
            continue
        result.erased[site.site_name or site.hostname] = len(questions)
        if dry_run:
            continue
        for question in questions:
            erase_personal_data(None, question, note=_("Retention period ended."))
    return result
