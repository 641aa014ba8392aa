"""The dashboard and the district-wide report ask the database the same
number of questions for 10 communes as for 100 (requirements §11)."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from board.services.oversight import district_status
from board.services.reports import build_report, current_period, export
from core.factories import ImageFactory
from questions.factories import ConsentNoticeFactory
from tests.board.scale import light_commune

pytestmark = [pytest.mark.django_db, pytest.mark.slow]


def count_queries(function):
    with CaptureQueriesContext(connection) as context:
        result = function()
    return len(context.captured_queries), result


def test_query_count_does_not_grow_with_communes():
    image, notice = ImageFactory(), ConsentNoticeFactory()
    for n in range(10):
        light_commune(n, image, notice)
    district_status()  # settings rows and the content-type cache are made once
    period = current_period()

    dashboard_10, statuses = count_queries(district_status)
    report_10, report = count_queries(lambda: build_report(period))
    assert len(statuses) == 10 and sum(s.published for s in statuses) == 10
    assert sum(row.units for row in report.communes) == 20

    for n in range(10, 100):
        light_commune(n, image, notice)

    dashboard_100, statuses = count_queries(district_status)
    report_100, report = count_queries(lambda: build_report(period))
    exports_100, _data = count_queries(lambda: [export(report, f) for f in ("csv", "xlsx")])
    assert len(statuses) == 100 and sum(s.published for s in statuses) == 100
    assert all(s.questions_open == 1 and s.expired_banners == 1 for s in statuses)
    assert all(s.board_established and s.members == 1 for s in statuses)
    assert sum(row.units for row in report.communes) == 200
    assert (dashboard_100, report_100) == (dashboard_10, report_10)
    assert exports_100 == 0
