"""Working days and publication deadlines (deadlines/services.py).

Dates are pinned around Tết 2026 (16–20 February), the 2 September holiday
with its substitute day (Monday 31 August, swapped for Saturday 22 August,
which becomes a workday), a local day off and a local weekend workday.
"""

import datetime
import zoneinfo
from contextlib import contextmanager
from unittest import mock

import pytest

from django.core.exceptions import ValidationError

from deadlines.models import DeadlinePolicy, SiteDeadlinePolicy, WorkingDayOverride
from deadlines.services import (
    add_working_days,
    compute_due_date,
    deadline_days,
    deadline_status,
    due_date_for,
    is_working_day,
    recompute_pending_due_dates,
    working_days_between,
)
from documents.factories import LegalDocumentPageFactory, StatisticsPageFactory
from news.factories import NewsPageFactory
from tests.helpers import section

D = datetime.date
HCM = zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh")


@contextmanager
def at(year, month, day, hour=9, minute=0):
    """Run as if it were this local time in Hà Nội."""
    moment = datetime.datetime(year, month, day, hour, minute, tzinfo=HCM)
    with mock.patch("django.utils.timezone.now", return_value=moment):
        yield moment


def news(site, **kwargs):
    kwargs.setdefault("live", False)
    return NewsPageFactory(parent=section(site, "tin-tuc"), **kwargs)


def document(site, **kwargs):
    kwargs.setdefault("live", False)
    return LegalDocumentPageFactory(parent=section(site, "van-ban"), **kwargs)


def statistics(site, **kwargs):
    kwargs.setdefault("live", False)
    kwargs.setdefault("period_start", D(2026, 1, 1))
    kwargs.setdefault("period_end", D(2026, 1, 31))
    return StatisticsPageFactory(parent=section(site, "thong-ke"), **kwargs)


def conference(site, start, end, **kwargs):
    return news(site, category="conference", event_date=start, event_end_date=end, **kwargs)


def publish(page, *when):
    """Publish the page's latest content (as the admin does) at ``when``."""
    with at(*when):
        page.save_revision().publish()
    page.refresh_from_db()
    return page


# ---------------------------------------------------------------------------
# The calendar
# ---------------------------------------------------------------------------


@pytest.mark.django_db
class TestCalendar:
    def test_tet_2026_is_five_days_off(self):
        for day in range(16, 21):
            assert not is_working_day(D(2026, 2, day))
        assert is_working_day(D(2026, 2, 13))  # Friday before Tết
        assert is_working_day(D(2026, 2, 23))  # Monday after

    def test_national_day_with_its_substitute_and_swapped_saturday(self):
        assert not is_working_day(D(2026, 9, 2))
        assert not is_working_day(D(2026, 9, 1))
        assert not is_working_day(D(2026, 8, 31))  # substitute day off
        assert is_working_day(D(2026, 8, 22))  # Saturday worked in exchange
        assert not is_working_day(D(2026, 8, 29))  # an ordinary Saturday

    def test_local_day_off_and_workday_count_at_once(self):
        assert is_working_day(D(2026, 10, 13))
        WorkingDayOverride.objects.create(date=D(2026, 10, 13), kind="day_off", reason="Bão số 7")
        assert not is_working_day(D(2026, 10, 13))
        WorkingDayOverride.objects.create(date=D(2026, 10, 10), kind="workday", reason="Làm bù")
        assert is_working_day(D(2026, 10, 10))
        WorkingDayOverride.objects.filter(date=D(2026, 10, 13)).delete()
        assert is_working_day(D(2026, 10, 13))

    def test_working_days_between_skips_tet(self):
        assert working_days_between(D(2026, 2, 13), D(2026, 2, 25)) == 3
        assert working_days_between(D(2026, 2, 25), D(2026, 2, 13)) == 0

    def test_add_zero_days_moves_to_next_working_day(self):
        assert add_working_days(D(2026, 2, 14), 0) == D(2026, 2, 23)
        assert add_working_days(D(2026, 2, 13), 0) == D(2026, 2, 13)


# ---------------------------------------------------------------------------
# Rules: each content type's deadline, in working days
# ---------------------------------------------------------------------------

#: (kind, trigger, due) pinned around the holidays
CASES = [
    # Tết 2026
    ("news", D(2026, 2, 13), D(2026, 2, 25)),
    ("document", D(2026, 2, 13), D(2026, 2, 23)),
    ("conference", D(2026, 2, 12), D(2026, 2, 24)),
    ("statistics", D(2026, 2, 14), D(2026, 2, 23)),
    ("statistics", D(2026, 2, 13), D(2026, 2, 13)),
    ("answer", D(2026, 2, 13), D(2026, 3, 13)),
    # 2 September, with the substitute day off on Monday 31 August
    ("news", D(2026, 8, 28), D(2026, 9, 7)),
    ("document", D(2026, 8, 28), D(2026, 9, 3)),
    ("conference", D(2026, 8, 27), D(2026, 9, 4)),
    ("statistics", D(2026, 8, 31), D(2026, 9, 3)),
    ("answer", D(2026, 8, 28), D(2026, 9, 23)),
    # Saturday 22 August 2026 is an official workday
    ("news", D(2026, 8, 21), D(2026, 8, 25)),
    ("document", D(2026, 8, 21), D(2026, 8, 22)),
    ("statistics", D(2026, 8, 22), D(2026, 8, 22)),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("kind", "trigger", "due"), CASES)
def test_default_deadlines_around_holidays(kind, trigger, due):
    assert due_date_for(kind, trigger) == due
    assert compute_due_date(kind, trigger) == due


@pytest.mark.django_db
def test_defaults_follow_the_regulation():
    assert {kind: deadline_days(kind) for kind in DeadlinePolicy().days()} == {
        "news": 3,
        "document": 1,
        "conference": 3,
        "statistics": 0,
        "answer": 15,
        "consultation": 10,  # a local rule: no decree fixes it for communes
        "emergency": 1,  # the deputy's review of a publication made at once
    }
    assert deadline_days("something else") is None
    assert due_date_for("news", None) is None


@pytest.mark.django_db
class TestPageDueDates:
    """Each page type computes its due date from its own trigger."""

    def test_news_after_tet(self, commune):
        item = news(commune, event_date=D(2026, 2, 13))
        assert item.due_date == D(2026, 2, 25)
        assert item.get_deadline_kind() == "news"

    def test_conference_counts_from_its_last_day(self, commune):
        item = conference(commune, D(2026, 8, 26), D(2026, 8, 27))
        assert item.get_deadline_kind() == "conference"
        assert item.due_date == D(2026, 9, 4)

    def test_document_across_the_national_day(self, commune):
        doc = document(commune, signing_date=D(2026, 8, 28))
        assert doc.due_date == D(2026, 9, 3)

    def test_document_signed_before_a_weekend_workday(self, commune):
        doc = document(commune, signing_date=D(2026, 8, 21))
        assert doc.due_date == D(2026, 8, 22)

    def test_statistics_sent_on_the_substitute_day(self, commune):
        report = statistics(
            commune, period_start=D(2026, 7, 1), period_end=D(2026, 7, 31), date_sent=D(2026, 8, 31)
        )
        assert report.due_date == D(2026, 9, 3)

    def test_statistics_sent_during_tet(self, commune):
        report = statistics(commune, date_sent=D(2026, 2, 17))
        assert report.due_date == D(2026, 2, 23)

    def test_local_day_off_moves_pending_items_at_once(self, commune):
        doc = document(commune, signing_date=D(2026, 10, 12))  # Monday
        assert doc.due_date == D(2026, 10, 13)
        WorkingDayOverride.objects.create(date=D(2026, 10, 13), kind="day_off", reason="Bão")
        doc.refresh_from_db()
        assert doc.due_date == D(2026, 10, 14)

    def test_local_weekend_workday_shortens_pending_items(self, commune):
        item = news(commune, event_date=D(2026, 10, 8))  # Thursday
        assert item.due_date == D(2026, 10, 13)
        WorkingDayOverride.objects.create(date=D(2026, 10, 10), kind="workday", reason="Làm bù")
        item.refresh_from_db()
        assert item.due_date == D(2026, 10, 12)
        report = statistics(commune, date_sent=D(2026, 10, 10))
        assert report.due_date == D(2026, 10, 10)

    def test_editing_a_draft_moves_its_due_date(self, commune):
        item = news(commune, event_date=D(2026, 2, 13))
        item.event_date = D(2026, 2, 24)
        item.save_revision()
        item.refresh_from_db()
        assert item.due_date == D(2026, 2, 27)
        assert item.event_date == D(2026, 2, 13)  # the row keeps the first draft

    def test_aliases_have_no_deadline(self, commune):
        item = news(commune, event_date=D(2026, 2, 13))
        assert compute_due_date(item) == D(2026, 2, 25)
        item.alias_of_id = item.pk
        assert compute_due_date(item) is None

    def test_new_day_off_moves_an_edited_draft_from_its_latest_trigger(self, commune):
        item = news(commune, event_date=D(2026, 10, 1))
        item.event_date = D(2026, 10, 8)  # Thursday; due Tuesday 13
        item.save_revision()
        item.refresh_from_db()
        assert item.due_date == D(2026, 10, 13)
        WorkingDayOverride.objects.create(date=D(2026, 10, 12), kind="day_off", reason="Bão")
        item.refresh_from_db()
        assert item.due_date == D(2026, 10, 14)

    def test_translations_have_no_deadline(self, commune):
        from wagtail.models import Locale

        english, _created = Locale.objects.get_or_create(language_code="en")
        item = news(commune, event_date=D(2026, 2, 13))
        translation = item.copy_for_translation(english, copy_parents=True)
        assert translation.locale_id == english.pk
        assert translation.due_date is None
        assert item.due_date == D(2026, 2, 25)


# ---------------------------------------------------------------------------
# Stricter rules per site, never looser
# ---------------------------------------------------------------------------


@pytest.mark.django_db
class TestSitePolicy:
    def test_site_may_be_stricter(self, commune, other_commune):
        policy = SiteDeadlinePolicy.for_site(commune)
        policy.news_days = 1
        policy.full_clean()
        policy.save()
        assert deadline_days("news", commune) == 1
        assert deadline_days("news", other_commune) == 3
        assert due_date_for("news", D(2026, 2, 13), commune) == D(2026, 2, 23)
        assert news(commune, event_date=D(2026, 2, 13)).due_date == D(2026, 2, 23)
        assert news(other_commune, event_date=D(2026, 2, 13)).due_date == D(2026, 2, 25)

    def test_site_may_not_be_looser(self, commune):
        policy = SiteDeadlinePolicy.for_site(commune)
        policy.answer_days = 20
        policy.document_days = 1
        with pytest.raises(ValidationError) as error:
            policy.full_clean()
        assert set(error.value.message_dict) == {"answer_days"}
        assert "15" in error.value.message_dict["answer_days"][0]

    def test_site_form_refuses_looser_values(self, commune):
        from wagtail.admin.panels import get_edit_handler

        policy = SiteDeadlinePolicy.for_site(commune)
        form_class = get_edit_handler(SiteDeadlinePolicy).get_form_class()
        form = form_class(
            {
                "news_days": "5",
                "document_days": "",
                "conference_days": "2",
                "statistics_days": "",
                "answer_days": "",
            },
            instance=policy,
        )
        assert not form.is_valid()
        assert "news_days" in form.errors
        policy.refresh_from_db()
        assert policy.news_days is None

    def test_host_can_tighten_below_a_site_value(self, commune):
        SiteDeadlinePolicy.objects.filter(site=commune).delete()
        SiteDeadlinePolicy.objects.create(site=commune, news_days=2)
        host = DeadlinePolicy.load()
        host.news_days = 1
        host.save()
        assert deadline_days("news", commune) == 1

    def test_policy_change_moves_pending_items_only(self, commune):
        pending = news(commune, event_date=D(2026, 2, 13))
        published = publish(news(commune, event_date=D(2026, 2, 13)), 2026, 2, 24)
        SiteDeadlinePolicy.objects.filter(site=commune).delete()
        SiteDeadlinePolicy.objects.create(site=commune, news_days=1)
        pending.refresh_from_db()
        published.refresh_from_db()
        assert pending.due_date == D(2026, 2, 23)
        assert published.due_date == D(2026, 2, 25)
        assert published.published_on_time is True
        assert recompute_pending_due_dates() == 0


# ---------------------------------------------------------------------------
# Recording the first publication
# ---------------------------------------------------------------------------


@pytest.mark.django_db
class TestRecording:
    def test_published_on_the_due_date_late_in_the_evening_is_on_time(self, commune):
        item = publish(news(commune, event_date=D(2026, 2, 13)), 2026, 2, 25, 23, 30)
        assert item.published_on_time is True
        assert deadline_status(item) == "on_time"

    def test_published_after_local_midnight_is_late(self, commune):
        # 00:30 in Hà Nội is still 25 February in UTC
        item = publish(news(commune, event_date=D(2026, 2, 13)), 2026, 2, 26, 0, 30)
        assert item.first_published_at.astimezone(datetime.UTC).day == 25
        assert item.published_on_time is False
        assert deadline_status(item) == "late"

    @pytest.mark.parametrize(
        ("factory", "kwargs", "on_time_day", "late_day"),
        [
            (document, {"signing_date": D(2026, 2, 13)}, D(2026, 2, 23), D(2026, 2, 24)),
            (statistics, {"date_sent": D(2026, 2, 16)}, D(2026, 2, 23), D(2026, 2, 24)),
            (
                conference,
                {"start": D(2026, 8, 26), "end": D(2026, 8, 27)},
                D(2026, 9, 4),
                D(2026, 9, 7),
            ),
        ],
    )
    def test_each_content_type(self, commune, factory, kwargs, on_time_day, late_day):
        on_time = publish(factory(commune, **kwargs), *on_time_day.timetuple()[:3])
        late = publish(factory(commune, **kwargs), *late_day.timetuple()[:3])
        assert (on_time.published_on_time, late.published_on_time) == (True, False)

    def test_unpublish_and_republish_keeps_the_first_verdict(self, commune):
        item = publish(news(commune, event_date=D(2026, 2, 13)), 2026, 2, 27)
        first = item.first_published_at
        assert item.published_on_time is False
        item.unpublish()
        item.refresh_from_db()
        assert item.published_on_time is False
        # A later event date would make it on time, but history is not rewritten
        item.event_date = D(2026, 2, 26)
        item = publish(item, 2026, 3, 2)
        assert item.live
        assert item.first_published_at == first
        assert item.published_on_time is False
        assert item.due_date == D(2026, 2, 25)

    def test_on_time_verdict_survives_republishing_an_older_revision(self, commune):
        item = news(commune, event_date=D(2026, 2, 13))
        old_revision = item.save_revision()  # taken before any verdict
        item = publish(item, 2026, 2, 24)
        assert item.published_on_time is True
        item.unpublish()
        with at(2026, 3, 20):
            old_revision.publish()
        item.refresh_from_db()
        assert item.live
        assert item.published_on_time is True
        assert item.due_date == D(2026, 2, 25)

    def test_pending_items_are_pending_then_overdue(self, commune):
        item = news(commune, event_date=D(2026, 2, 13))
        assert deadline_status(item, today=D(2026, 2, 25)) == "pending"
        assert deadline_status(item, today=D(2026, 2, 26)) == "overdue"
        assert item.published_on_time is None

    def test_copy_starts_a_new_record(self, commune):
        item = publish(news(commune, event_date=D(2026, 2, 13)), 2026, 2, 27)
        with at(2026, 3, 2):
            copy = item.copy(update_attrs={"slug": "ban-sao", "live": False}, keep_live=False)
        assert copy.published_on_time is None
        assert copy.due_date == D(2026, 2, 25)
