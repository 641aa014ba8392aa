"""Rich text that reaches the database by another path than the editor is
kept to the editor's allow-list; stored text the editor cannot read opens in
the admin with a message and renders publicly, never a 500."""

import pytest

from django.urls import reverse

from board.factories import full_board
from news.factories import NewsPageFactory
from tests.board.helpers import client_for
from tests.helpers import section

pytestmark = pytest.mark.django_db

HOSTILE = (
    '<h2 style="color:red">Tiêu đề</h2>'
    '<p onclick="steal()">Đoạn <b>đậm</b> <span class="x">văn bản</span></p>'
    "<script>alert(1)</script><iframe src='https://evil.example/'></iframe>"
    '<p><a href="javascript:alert(1)">bấm</a> <a href="https://gov.vn/">liên kết</a></p>'
    "<table><tr><td>bảng</td></tr></table>"
)
BROKEN_IDS = '<p><a linktype="page" id="abc">trang hỏng</a></p><embed embedtype="image" id="zz" format="left" alt="a"/>'


def test_rich_text_saved_by_a_script_is_kept_to_the_editors_allow_list(commune):
    news = section(commune, "tin-tuc")
    news.intro = HOSTILE
    news.save()
    page = NewsPageFactory(parent=news, title="Tin nhập")
    page.body = [("paragraph", HOSTILE)]
    page.save()
    page.save_revision()

    stored = type(page).objects.get(pk=page.pk)
    revision = stored.get_latest_revision_as_object()
    intro = type(news).objects.get(pk=news.pk).intro
    for html in (intro, stored.body[0].value.source, revision.body[0].value.source):
        assert "<script" not in html and "<iframe" not in html and "<table" not in html
        assert "onclick" not in html and "style=" not in html and "javascript:" not in html
        assert "Tiêu đề</h2>" in html and "<b>đậm</b>" in html
        assert 'href="https://gov.vn/"' in html


def test_editor_html_is_stored_unchanged(commune):
    html = "<h2>Thông báo</h2><p>Nội dung <i>nghiêng</i>.</p><ul><li>một</li></ul>"
    news = section(commune, "tin-tuc")
    news.intro = html
    news.save()
    assert type(news).objects.get(pk=news.pk).intro == html


def test_unreadable_stored_rich_text_opens_in_the_admin_and_renders(commune, site_client):
    users = full_board(commune, prefix="a")
    news = section(commune, "tin-tuc")
    # Stored behind the models' back, as an old import might have.
    type(news).objects.filter(pk=news.pk).update(intro=BROKEN_IDS, latest_revision=None)

    response = client_for(users["head"]).get(reverse("wagtailadmin_pages:edit", args=(news.pk,)))
    assert response.status_code == 200
    assert "không đọc được" in response.content.decode()

    public = site_client(commune).get("/tin-tuc/")
    assert public.status_code == 200
    assert "trang hỏng" in public.content.decode()
