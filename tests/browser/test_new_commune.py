"""A district admin creates a commune site in the admin, in a browser; the
new commune answers on its host at once; a board member is refused."""

import pytest

from django.test import Client

from board.factories import UserFactory, full_board
from board.services.roles import district_admins_group
from home.services.provisioning import MANDATORY_SECTIONS

from .test_admin_in_vietnamese import _signed_in

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

FORM = "/admin/board/communes/new/"


def test_a_district_admin_creates_a_commune_that_answers_at_once(browser_commune, new_page):
    admin = UserFactory(username="huyen.quantri")
    admin.groups.add(district_admins_group())
    page = new_page()
    _signed_in(page.context, browser_commune["url"], admin)

    page.goto(browser_commune["url"] + "/admin/")
    page.get_by_role("link", name="Tạo trang TTĐT của xã").first.click()
    page.wait_for_url("**" + FORM)
    page.get_by_label("Tên xã").fill("Xã Mường Lói")
    page.get_by_label("Tên miền").fill("muongloi.dienbien.gov.vn")
    page.get_by_role("button", name="Tạo trang TTĐT của xã").click()
    page.wait_for_url("**/checklist/")
    assert "Đã tạo trang TTĐT “Xã Mường Lói”." in page.content()
    assert page.get_by_role("heading", name="Việc còn phải làm").count() == 1

    public = Client(HTTP_HOST="muongloi.dienbien.gov.vn")
    assert public.get("/").status_code == 200
    for section in MANDATORY_SECTIONS:
        assert public.get(f"/{section.slug}/").status_code == 200, section.slug


def test_a_board_member_cannot_reach_the_form(browser_commune, new_page):
    head = full_board(browser_commune["site"], prefix="tancuong")["head"]
    page = new_page()
    _signed_in(page.context, browser_commune["url"], head)
    response = page.goto(browser_commune["url"] + FORM)
    assert response.status == 403
    assert page.get_by_role("heading", name="Không được phép truy cập").count() == 1
