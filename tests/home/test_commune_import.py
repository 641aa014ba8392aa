"""Many communes from a CSV or XLSX file, from the command line and from the
admin: a preview of every row, then all or none; a re-run creates nothing
twice; a bad file or row changes nothing and says why in Vietnamese."""

import csv
import io

import pytest
from openpyxl import Workbook

from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import Client
from django.utils import translation

from wagtail.models import Page, Site

from board.factories import UserFactory, full_board
from board.services.roles import district_admins_group
from core.models import SiteProfile
from home.services.provisioning import MANDATORY_SECTIONS

pytestmark = pytest.mark.django_db

HEADING = ["Tên xã", "Tên miền", "Cơ quan chủ quản", "Địa chỉ", "Điện thoại", "Thư điện tử",
           "Cán bộ đầu mối"]  # fmt: skip


def _rows(count, start=1):
    return [
        [
            f"Xã Mường {n}",
            f"muong{n}.dienbien.gov.vn",
            f"UBND xã Mường {n}",
            f"Bản {n}",
            "0215 3825 123",
            f"ubndmuong{n}@dienbien.gov.vn",
            f"Lò Văn {n}",
        ]
        for n in range(start, start + count)
    ]


def _csv(rows, heading=HEADING):
    out = io.StringIO()
    csv.writer(out).writerows([heading, *rows])
    return out.getvalue().encode("utf-8-sig")


def _xlsx(rows):
    book = Workbook()
    sheet = book.active
    for row in [HEADING, *rows]:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _counts():
    return Site.objects.count(), Page.objects.count(), Group.objects.count()


def _command(tmp_path, content, *args):
    path = tmp_path / "xa.csv"
    path.write_bytes(content)
    out = io.StringIO()
    with translation.override("vi"):
        call_command("import_communes", str(path), *args, stdout=out)
    return out.getvalue()


@pytest.mark.slow
def test_a_hundred_row_file_creates_a_hundred_complete_communes_once(tmp_path):
    before = Site.objects.count()
    _command(tmp_path, _csv(_rows(100)))
    assert Site.objects.count() == before + 100
    site = Site.objects.get(hostname="muong57.dienbien.gov.vn")
    assert set(site.root_page.get_children().values_list("slug", flat=True)) == {
        section.slug for section in MANDATORY_SECTIONS
    }
    profile = SiteProfile.for_site(site)
    assert (profile.agency_name, profile.focal_name) == ("UBND xã Mường 57", "Lò Văn 57")
    assert Client(HTTP_HOST=site.hostname).get("/").status_code == 200

    counts = _counts()
    output = _command(tmp_path, _csv(_rows(100)))
    assert _counts() == counts
    assert "đã có" in output


def test_one_bad_row_creates_none_and_is_named(tmp_path):
    rows = _rows(5)
    rows[2][1] = "muong 3.dien bien.gov.vn"
    before = _counts()
    with translation.override("vi"), pytest.raises(CommandError, match="dòng 4"):
        _command(tmp_path, _csv(rows))
    assert _counts() == before


def test_a_rerun_creates_nothing_new_and_an_xlsx_works_the_same(tmp_path):
    _command(tmp_path, _xlsx(_rows(3)))
    counts = _counts()
    _command(tmp_path, _xlsx(_rows(3)))
    assert _counts() == counts
    # A longer file later adds only its new communes.
    _command(tmp_path, _csv(_rows(4)))
    assert Site.objects.filter(hostname="muong4.dienbien.gov.vn").exists()
    assert _counts()[0] == counts[0] + 1


def test_dry_run_creates_nothing(tmp_path):
    before = _counts()
    output = _command(tmp_path, _csv(_rows(2)), "--dry-run")
    assert _counts() == before
    assert "2" in output.splitlines()[-1]


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"\x89PNG\r\n\x1a\n\x00\x00 not a table",
        b"PK\x03\x04 not really a workbook",
        "Tên,Địa chỉ\nXã A,Bản A\n".encode(),
        _csv([["Xã A", "a.gov.vn"], ["Xã A", "b.gov.vn"]]),
        _csv([["Xã A", "a.gov.vn", "", "", "12ab"]]),
    ],
)
def test_a_bad_file_changes_nothing_and_says_why_in_vietnamese(tmp_path, content):
    before = _counts()
    with translation.override("vi"), pytest.raises(CommandError) as error:
        _command(tmp_path, content)
    assert any(ord(c) > 127 for c in str(error.value))
    assert _counts() == before


def test_the_admin_previews_then_creates_all(commune):
    admin = UserFactory(username="tinh.quantri")
    admin.groups.add(district_admins_group())
    client = Client()
    client.force_login(admin)
    url = "/admin/board/communes/import/"
    upload = SimpleUploadedFile("xa.csv", _csv(_rows(3)), content_type="text/csv")
    before = _counts()
    preview = client.post(url, {"file": upload}, HTTP_ACCEPT_LANGUAGE="vi")
    assert preview.status_code == 200
    assert _counts() == before
    html = preview.content.decode()
    assert "muong2.dienbien.gov.vn" in html
    payload = preview.context["payload"]
    assert payload

    response = client.post(url, {"rows": payload})
    assert response.status_code == 302
    assert Site.objects.filter(hostname__startswith="muong").count() == 3
    # A tampered preview is refused and creates nothing.
    counts = _counts()
    client.post(url, {"rows": payload[:-3] + "abc"})
    assert _counts() == counts


def test_the_admin_preview_shows_errors_and_offers_no_creation(commune):
    admin = UserFactory(username="tinh.quantri")
    admin.groups.add(district_admins_group())
    client = Client()
    client.force_login(admin)
    rows = _rows(2)
    rows[1][0] = "Xã Tân Cương"
    upload = SimpleUploadedFile("xa.csv", _csv(rows), content_type="text/csv")
    with translation.override("vi"):
        preview = client.post("/admin/board/communes/import/", {"file": upload})
    assert preview.context["payload"] == ""
    assert "Xã Tân Cương" in preview.content.decode()


def test_a_board_member_cannot_import(commune):
    head = full_board(commune, prefix="tancuong")["head"]
    client = Client()
    client.force_login(head)
    assert client.get("/admin/board/communes/import/").status_code == 403
