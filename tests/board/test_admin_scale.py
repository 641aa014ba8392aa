"""A commune's editors see the admin cost the same whether the installation
hosts 3 communes or 300 (requirements §11): page explorer, site switcher,
workflow and moderation lists, dashboard.

The other communes come from the bulk generator with their full board
(groups, permissions, workflow), as provisioning makes them.
"""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from bench.bulk import generate
from tests.board.helpers import client_for
from tests.home.helpers import add_news

pytestmark = [pytest.mark.django_db, pytest.mark.slow]


def _measure(client, urls):
    # The explorer's root sends an editor on to their own site's home (302).
    for url in urls.values():
        assert client.get(url).status_code in (200, 302), url  # warm-up
    counts = {}
    for name, url in urls.items():
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code in (200, 302), url
        counts[name] = len(queries)
    return counts


def test_admin_views_cost_the_same_with_3_and_300_communes(commune, other_commune, board_a):
    add_news(commune, 2)
    home = commune.root_page
    news_index = home.get_children().get(slug="tin-tuc")
    editor_urls = {
        "dashboard": reverse("wagtailadmin_home"),
        "explorer, root": reverse("wagtailadmin_explore_root"),
        "explorer, commune home": reverse("wagtailadmin_explore", args=[home.pk]),
        "explorer, news section": reverse("wagtailadmin_explore", args=[news_index.pk]),
        "page chooser": reverse("wagtailadmin_choose_page"),
        "workflow report": reverse("wagtailadmin_reports:workflow"),
        "workflow tasks report": reverse("wagtailadmin_reports:workflow_tasks"),
        "images": reverse("wagtailimages:index"),
        "documents": reverse("wagtaildocs:index"),
    }
    head_urls = {
        "site switcher (site profile)": reverse(
            "wagtailsettings:edit", args=["core", "siteprofile", commune.pk]
        ),
        "dashboard": reverse("wagtailadmin_home"),
    }
    editor, head = client_for(board_a["editor"]), client_for(board_a["head"])
    generate(1, 2, documents=1, domain="ba.example.gov.vn")
    editor_3, head_3 = _measure(editor, editor_urls), _measure(head, head_urls)

    generate(297, 2, documents=1, domain="nhieu.example.gov.vn")
    editor_300, head_300 = _measure(editor, editor_urls), _measure(head, head_urls)

    assert editor_300 == editor_3
    assert head_300 == head_3


def test_workflow_tasks_report_offers_only_the_editors_communes(commune, other_commune, board_a):
    from django.utils.html import escape

    response = client_for(board_a["editor"]).get(reverse("wagtailadmin_reports:workflow_tasks"))
    html = response.content.decode()
    assert response.status_code == 200
    assert escape("Xã Tân Cương") in html
    assert escape("Xã Phú Thạnh") not in html
