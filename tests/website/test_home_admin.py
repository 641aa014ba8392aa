"""Slogans are managed per site; editors see their empty sections."""

import datetime

import pytest

from django.urls import reverse
from django.utils import timezone

from board.factories import full_board
from core.models import SiteProfile
from home.models import Banner
from home.services.completeness import empty_sections
from news.factories import NewsPageFactory
from tests.helpers import section

pytestmark = pytest.mark.django_db


def _banner(site, text):
    now = timezone.now()
    return Banner.objects.create(
        site=site, text=text, valid_from=now, valid_until=now + datetime.timedelta(days=7)
    )


def test_new_site_reports_every_mandatory_section_but_qa_as_empty(commune):
    slugs = {section_.slug for section_, _page in empty_sections(commune)}
    assert "tin-tuc" in slugs and "van-ban" in slugs and "lien-he" in slugs
    assert "hoi-dap" not in slugs  # the Q&A form is never empty


def test_publishing_news_takes_the_section_off_the_empty_list(commune):
    NewsPageFactory(parent=section(commune, "tin-tuc"))
    slugs = {section_.slug for section_, _page in empty_sections(commune)}
    assert "tin-tuc" not in slugs


def test_editor_home_panel_lists_own_empty_sections(commune, other_commune, client):
    users = full_board(commune)
    client.force_login(users["head"])
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Xã Tân Cương" in html
    assert "Xã Phú Thạnh" not in html


def test_slogans_of_another_commune_are_invisible_and_unreachable(commune, other_commune, client):
    users = full_board(commune)
    own = _banner(commune, "Khẩu hiệu Tân Cương")
    foreign = _banner(other_commune, "Khẩu hiệu Phú Thạnh")
    client.force_login(users["head"])

    listing = client.get(reverse("wagtailsnippets_home_banner:list")).content.decode()
    assert own.text in listing
    assert foreign.text not in listing
    edit_foreign = reverse("wagtailsnippets_home_banner:edit", args=[foreign.pk])
    assert client.get(edit_foreign).status_code == 404
    assert client.post(edit_foreign, {"text": "x"}).status_code == 404
    Banner.objects.get(pk=foreign.pk, text="Khẩu hiệu Phú Thạnh")


def test_a_slogan_cannot_be_created_for_another_commune(commune, other_commune, client):
    users = full_board(commune)
    client.force_login(users["head"])
    now = timezone.localtime()
    response = client.post(
        reverse("wagtailsnippets_home_banner:add"),
        {
            "site": other_commune.pk,
            "text": "Khẩu hiệu lạ",
            "valid_from": now.strftime("%Y-%m-%d %H:%M"),
            "valid_until": (now + datetime.timedelta(days=3)).strftime("%Y-%m-%d %H:%M"),
        },
    )
    assert response.status_code == 200  # the form is shown again with an error
    assert not Banner.objects.filter(text="Khẩu hiệu lạ").exists()


def test_head_edits_own_site_profile_but_not_another_communes(commune, other_commune, client):
    users = full_board(commune)
    client.force_login(users["head"])
    own = reverse("wagtailsettings:edit", args=["core", "siteprofile", commune.pk])
    foreign = reverse("wagtailsettings:edit", args=["core", "siteprofile", other_commune.pk])
    assert client.get(own).status_code == 200
    refused = client.get(foreign)
    assert refused.status_code == 404  # another commune's settings: as if they did not exist
    client.post(foreign, {"agency_name": "Tiếm quyền"})
    assert SiteProfile.for_site(other_commune).agency_name != "Tiếm quyền"
