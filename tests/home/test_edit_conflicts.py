"""Two editors on one page: the server refuses a save made from a form
loaded before a colleague's newer save, with or without JavaScript."""

import pytest

from django.urls import reverse

from board.factories import full_board
from core.factories import ImageFactory
from core.models import SiteProfile
from news.factories import NewsPageFactory
from tests.board.helpers import client_for, news_form_data, news_section

pytestmark = pytest.mark.django_db


@pytest.fixture
def board_a(commune):
    return full_board(commune, prefix="a")


@pytest.fixture
def page(commune, board_a):
    image = ImageFactory(collection=SiteProfile.for_site(commune).collection)
    page = NewsPageFactory(
        parent=news_section(commune), title="Tin gốc", slug="tin-goc", lead_image=image
    )
    page.save_revision(user=board_a["content"])
    return page


def _form(page, title, loaded):
    data = news_form_data(page.lead_image, title=title, slug="tin-goc")
    data["loaded_revision_id"] = str(loaded.pk)
    data["loaded_revision_created_at"] = loaded.created_at.isoformat()
    return data


def _latest(page):
    return page.revisions.order_by("-pk").first()


def test_a_save_from_an_out_of_date_form_is_refused_then_overwrites_on_purpose(page, board_a):
    editor, deputy = board_a["editor"], board_a["deputy"]
    url = reverse("wagtailadmin_pages:edit", args=(page.pk,))
    opened = _latest(page)  # both open the page now

    response = client_for(deputy).post(url, _form(page, "Bản của phó trưởng ban", opened))
    assert response.status_code == 302
    newer = _latest(page)
    assert newer.user == deputy

    # The editor saves from the form opened before: refused, their text kept in the form.
    client = client_for(editor)
    response = client.post(url, _form(page, "Bản của biên tập viên", opened))
    assert response.status_code == 200
    assert _latest(page) == newer
    body = response.content.decode()
    assert "Bản của biên tập viên" in body
    assert board_a["deputy"].get_full_name() in body  # who saved the newer version
    compare = reverse("wagtailadmin_pages:revisions_compare", args=(page.pk, opened.pk, newer.pk))
    assert compare in body
    assert "phiên bản mới hơn" in body

    # The re-shown form carries the newer revision: saving again is the deliberate overwrite.
    response = client.post(url, _form(page, "Bản của biên tập viên", newer))
    assert response.status_code == 302
    assert _latest(page).user == editor
    assert _latest(page).content["title"] == "Bản của biên tập viên"


def test_a_save_from_an_up_to_date_form_goes_through(page, board_a):
    url = reverse("wagtailadmin_pages:edit", args=(page.pk,))
    response = client_for(board_a["editor"]).post(url, _form(page, "Tin sửa", _latest(page)))
    assert response.status_code == 302
    assert _latest(page).content["title"] == "Tin sửa"
