"""Supplied content records its unit and supplier (S4 point 1), and the unit
must be one of the page's own commune. Who approved at the unit is not typed
in: the leader's step of the workflow records it (test_unit_approval)."""

import pytest

from django.urls import reverse

from wagtail.models import Page

from core.factories import ImageFactory
from core.models import SiteProfile, SupplyingUnit

from .helpers import client_for, news_form_data, news_section

pytestmark = pytest.mark.django_db


def test_supply_is_recorded_and_kept_to_the_commune(commune, other_commune, board_a):
    own = SupplyingUnit.objects.create(site=commune, name="Hội Phụ nữ xã", leader_name="Chị Lan")
    foreign = SupplyingUnit.objects.create(site=other_commune, name="Hội Nông dân Phú Thạnh")
    client = client_for(board_a["content"])
    image = ImageFactory(collection=SiteProfile.for_site(commune).collection)
    response = client.post(
        reverse("wagtailadmin_pages:add", args=("news", "newspage", news_section(commune).pk)),
        news_form_data(
            image,
            slug="tin-hoi-phu-nu",
            supplying_unit=own.pk,
            supplier_name="Nguyễn Thị Hoa",
            unit_approver_name="Chị Lan",
            unit_approved_on="2026-11-20",
        ),
    )
    assert response.status_code == 302
    page = Page.objects.get(slug="tin-hoi-phu-nu").specific
    assert (page.supplying_unit, page.supplier_name, page.unit_approver_name) == (
        own,
        "Nguyễn Thị Hoa",
        "",
    )

    response = client.post(
        reverse("wagtailadmin_pages:edit", args=(page.pk,)),
        news_form_data(image, slug="tin-hoi-phu-nu", supplying_unit=foreign.pk),
    )
    assert response.status_code == 200
    page.refresh_from_db()
    assert page.get_latest_revision().as_object().supplying_unit == own
