"""A publish that fails midway (a receiver raising, a worker killed after
the page row is written) leaves the page exactly as it was."""

import pytest

from wagtail.models import PageLogEntry
from wagtail.signals import page_published

from news.factories import NewsPageFactory
from tests.helpers import section


class Crash(Exception):
    pass


def crash(sender, **kwargs):
    raise Crash("worker killed mid-publish")


@pytest.fixture
def failing_publish():
    """Call it to make every publish from then on fail after the page row is saved."""
    yield lambda: page_published.connect(crash, dispatch_uid="h8c-crash")
    page_published.disconnect(dispatch_uid="h8c-crash")


def test_failed_publish_leaves_no_half_published_page(commune, site_client, failing_publish):
    page = NewsPageFactory(parent=section(commune, "tin-tuc"), title="Lịch tiếp dân tháng 3")
    page.save_revision().publish()  # the live version, before the receiver exists
    page.refresh_from_db()
    live_revision = page.live_revision
    assert live_revision is not None
    url = page.get_url()

    page.title = "Bản nháp chưa duyệt"
    draft = page.save_revision()
    failing_publish()
    logs_before = PageLogEntry.objects.filter(page=page).count()
    with pytest.raises(Crash):
        draft.publish()

    page.refresh_from_db()
    assert page.title == "Lịch tiếp dân tháng 3"
    assert page.live_revision_id == live_revision.pk
    assert page.has_unpublished_changes
    assert not PageLogEntry.objects.filter(
        page=page, action="wagtail.publish", revision=draft
    ).exists()
    assert PageLogEntry.objects.filter(page=page).count() == logs_before
    html = site_client(commune).get(url).content.decode()
    assert "Lịch tiếp dân tháng 3" in html and "Bản nháp chưa duyệt" not in html


def test_first_publish_that_fails_leaves_the_page_unpublished(commune, failing_publish):
    page = NewsPageFactory(parent=section(commune, "tin-tuc"), live=False)
    revision = page.save_revision()
    failing_publish()
    with pytest.raises(Crash):
        revision.publish()
    page.refresh_from_db()
    assert not page.live and page.live_revision_id is None and page.first_published_at is None
