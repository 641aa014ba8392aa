"""Royalties (nhuận bút, S3 Điều 9; S4 point 7; docs/requirements.md §4).

Each item published in the period earns coefficient × unit value for its
author(s): the host sets default rates (``RoyaltyRates``), a commune may set
its own (``SiteRoyaltyRates``, an empty field keeps the host's).

Genres: a news item (plus the photo coefficient when it has its lead photo),
a legal document, a statistical report, a published answer to a citizen's
question. Authors: the news item's *author* field (several names split
equally), else the *supplied by* name, else the page's owner; an answer's
author is whoever drafted it (``answered_by``).
"""

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from django.utils.translation import gettext as _

from board.models import RoyaltyRates, SiteRoyaltyRates
from board.services.reports.items import RoyaltyRow, person_name
from questions.models import Question, QuestionState


@dataclass(frozen=True)
class Rates:
    unit_value: int
    coefficients: dict

    def amount(self, genre):
        return Decimal(self.unit_value) * Decimal(self.coefficients.get(genre) or 0)


def site_rates(sites):
    """{site id: Rates}: the commune's values over the host's, two queries."""

    host = RoyaltyRates.load()
    host_coefficients = host.coefficients()
    own = {r.site_id: r for r in SiteRoyaltyRates.objects.filter(site__in=[s.pk for s in sites])}
    rates = {}
    for site in sites:
        mine = own.get(site.pk)
        coefficients = dict(host_coefficients)
        unit_value = host.unit_value
        if mine is not None:
            coefficients.update({k: v for k, v in mine.coefficients().items() if v is not None})
            if mine.unit_value is not None:
                unit_value = mine.unit_value
        rates[site.pk] = Rates(unit_value, coefficients)
    return rates


def _whole(amount):
    return int(amount.quantize(Decimal("1"), rounding=ROUND_HALF_UP))


def _answers(period, sites):
    """(site id, author) of every answer published in ``period``."""

    begin, after = period.bounds()
    rows = Question.objects.filter(
        site__in=[s.pk for s in sites],
        state=QuestionState.PUBLISHED,
        published_at__gte=begin,
        published_at__lt=after,
    ).values(
        "site_id",
        "answered_by__first_name",
        "answered_by__last_name",
        "answered_by__username",
    )
    for row in rows:
        author = person_name(
            row["answered_by__first_name"],
            row["answered_by__last_name"],
            row["answered_by__username"],
        )
        yield row["site_id"], author or _("(unknown)")


def royalty_lines(period, sites, items):
    """[RoyaltyRow] per commune and author, sorted; ``items`` are the
    report's items of the period (``reports.period_items``)."""

    rates = site_rates(sites)
    names = {s.pk: s.site_name for s in sites}
    lines = {}

    def earn(site_id, authors, amount):
        authors = authors or [_("(unknown)")]
        share = amount / len(authors)
        for author in authors:
            key = (site_id, author)
            line = lines.setdefault(key, RoyaltyRow(site_id, names[site_id], author))
            line.items += 1
            line.amount += share

    for item in items:
        if not item.published:
            continue
        rate = rates[item.site_id]
        amount = rate.amount(item.genre)
        if item.photo:
            amount += rate.amount("photo")
        earn(item.site_id, item.authors, amount)
    for site_id, author in _answers(period, sites):
        earn(site_id, [author], rates[site_id].amount("answer"))

    for line in lines.values():
        line.amount = _whole(Decimal(line.amount))
    return sorted(lines.values(), key=lambda line: (line.commune, line.author))
