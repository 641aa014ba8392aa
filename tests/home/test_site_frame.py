"""The header, menu, slogans and footer every page shows are kept per
process (home.site_frame) and follow every change at the next request, on
the changed commune only."""

import datetime

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from core.models import SiteProfile
from home.models import Banner, StandardPage
from tests.helpers import section

pytestmark = pytest.mark.django_db


def test_the_footer_shows_a_profile_edit_at_the_next_request(commune, site_client):
    client = site_client(commune)
    assert "0208 9999 111" not in client.get("/").content.decode()  # frame kept

    profile = SiteProfile.for_site(commune)
    profile.phone = "0208 9999 111"
    profile.save()

    assert "0208 9999 111" in client.get("/tin-tuc/").content.decode()


def test_a_published_section_joins_the_menu_and_leaves_it_when_unpublished(commune, site_client):
    client = site_client(commune)
    client.get("/")
    intro = section(commune, "gioi-thieu")
    page = StandardPage(title="Lịch tiếp công dân", slug="lich-tiep", show_in_menus=True)
    commune.root_page.add_child(instance=page)
    page.save_revision().publish()

    html = client.get("/").content.decode()
    assert 'href="/lich-tiep/"' in html and "Lịch tiếp công dân" in html
    assert intro.title in html

    page.unpublish()
    assert 'href="/lich-tiep/"' not in client.get("/").content.decode()


def test_a_slogan_on_one_commune_leaves_the_others_kept(commune, other_commune, site_client):
    ours, theirs = site_client(commune), site_client(other_commune)
    ours.get("/")
    theirs.get("/")

    now = timezone.now()
    Banner.objects.create(
        site=commune,
        text="Chào mừng Đại hội Đảng bộ xã",
        valid_from=now - datetime.timedelta(hours=1),
        valid_until=now + datetime.timedelta(days=1),
    )

    assert "Chào mừng Đại hội" in ours.get("/").content.decode()
    with CaptureQueriesContext(connection) as queries:
        html = theirs.get("/").content.decode()
    assert "Chào mừng Đại hội" not in html
    # The other commune's frame was kept: no query for its menu, profile or slogans.
    tables = " ".join(q["sql"] for q in queries.captured_queries)
    assert "home_banner" not in tables and "home_siteprofile" not in tables
