"""A commune merged into another (the 2025 reform): its host answers 301 to
the successor, its pages live on in the successor's archive, and the host's
dashboard and reports leave it out from the merger date on."""

import datetime

import pytest

from django.core.exceptions import ValidationError
from django.test import Client
from django.utils import translation

from wagtail.models import Page

from board.factories import UserFactory, full_board
from board.services.mergers import merge_commune
from board.services.oversight import district_status
from board.services.reports import build_report, period_for_month
from board.services.roles import district_admins_group
from core.access import site_group
from core.models import CommuneMerger, Role
from documents.factories import LegalDocumentPageFactory
from news.factories import NewsPageFactory
from tests.helpers import section

pytestmark = pytest.mark.django_db

OLD = "tancuong.example.gov.vn"
NEW = "phuthanh.example.gov.vn"


@pytest.fixture
def items(commune):
    return {
        "news": NewsPageFactory(parent=section(commune, "tin-tuc"), title="Hội nghị tổng kết"),
        "document": LegalDocumentPageFactory(
            parent=section(commune, "van-ban"), title="Quyết định số 12"
        ),
    }


def _get(host, path):
    return Client(HTTP_HOST=host).get(path)


def test_the_old_host_answers_301_for_its_home_news_and_documents(commune, other_commune, items):
    news_path = "/tin-tuc/" + items["news"].slug + "/"
    document_path = "/van-ban/" + items["document"].slug + "/"
    merge_commune(commune, other_commune, datetime.date(2026, 7, 1), "Nghị quyết 1661/NQ-UBTVQH15")

    home = _get(OLD, "/")
    assert home.status_code == 301
    assert home["Location"] == f"http://{NEW}/"
    for path in (news_path, document_path):
        response = _get(OLD, path)
        assert response.status_code == 301
        archived = response["Location"]
        assert archived.startswith(f"http://{NEW}/luu-tru-xa-tan-cuong/")
        assert archived.endswith(path)
        # The content stays reachable in the successor's archive.
        assert _get(NEW, archived.removeprefix(f"http://{NEW}")).status_code == 200


def test_news_moved_into_the_successors_section_keeps_its_address(commune, other_commune, items):
    merge_commune(commune, other_commune)
    news = Page.objects.get(pk=items["news"].pk)
    news.move(section(other_commune, "tin-tuc"), pos="last-child")
    response = _get(OLD, f"/tin-tuc/{news.slug}/")
    assert response.status_code == 301
    assert response["Location"] == f"http://{NEW}/tin-tuc/{news.slug}/"
    assert _get(NEW, f"/tin-tuc/{news.slug}/").status_code == 200


def test_the_dashboard_and_reports_leave_it_out_from_the_merger_date(commune, other_commune):
    merge_commune(commune, other_commune, datetime.date(2026, 7, 1))
    assert [s.site.pk for s in district_status(today=datetime.date(2026, 7, 2))] == [
        other_commune.pk
    ]
    before = {row.site_id for row in build_report(period_for_month(2026, 6)).communes}
    after = {row.site_id for row in build_report(period_for_month(2026, 8)).communes}
    assert commune.pk in before and commune.pk not in after


def test_its_board_ends_and_its_accounts_stay(commune, other_commune):
    board = full_board(commune, prefix="tancuong")
    head = board["head"]
    assert head.groups.filter(pk=site_group(commune, Role.HEAD).pk).exists()
    merge_commune(commune, other_commune, datetime.date(2026, 1, 1))
    head.refresh_from_db()
    assert head.is_active
    assert not head.groups.filter(pk=site_group(commune, Role.HEAD).pk).exists()


@pytest.mark.parametrize("case", ["itself", "into_merged", "chain"])
def test_an_impossible_merger_is_refused_in_vietnamese_and_changes_nothing(
    commune, other_commune, case
):
    third = type(commune).objects.create(
        hostname="third.example.gov.vn", site_name="Xã Ba", root_page=commune.root_page
    )
    if case == "itself":
        site, successor = commune, commune
    elif case == "into_merged":
        CommuneMerger.objects.create(site=other_commune, successor=third)
        site, successor = commune, other_commune
    else:
        CommuneMerger.objects.create(site=third, successor=commune)
        site, successor = commune, other_commune
    before = (CommuneMerger.objects.count(), commune.root_page.depth)
    with translation.override("vi"), pytest.raises(ValidationError) as error:
        merge_commune(site, successor)
    assert any(ord(c) > 127 for c in " ".join(error.value.messages))
    commune.root_page.refresh_from_db()
    assert (CommuneMerger.objects.count(), commune.root_page.depth) == before


def test_the_admin_form_merges_and_board_members_cannot(commune, other_commune):
    admin = UserFactory(username="tinh.quantri")
    admin.groups.add(district_admins_group())
    head = full_board(other_commune, prefix="phuthanh")["head"]
    url = f"/admin/board/communes/{commune.pk}/merge/"
    client = Client()
    client.force_login(head)
    assert client.get(url).status_code == 403
    client.force_login(admin)
    assert client.get(url).status_code == 200
    response = client.post(url, {"successor": other_commune.pk, "date": "2026-07-01"})
    assert response.status_code == 302
    assert CommuneMerger.objects.get(site=commune).successor == other_commune
    assert _get(OLD, "/").status_code == 301
