"""Contacts, introduction, consultation drafts, site profile and banners:
what the admin accepts and refuses, and what citizens then see."""

import datetime

import pytest

from django.core.exceptions import ValidationError
from django.utils import timezone, translation

from wagtail.test.utils.form_data import inline_formset, rich_text

from core.models import SiteProfile
from home.models import Banner, ContactPage, IntroductionPage, StandardPage
from tests.helpers import section
from tests.home.helpers import create_page_in_admin, form_data

pytestmark = pytest.mark.django_db

FREE_MAIL = (
    "{domain} is a free public mail service. Use the agency's official email address "
    "(for example ...@tancuong.gov.vn)."
)
BAD_PHONE = "Enter a valid phone number (8 to 15 digits, for example 0208 3855 123)."


def _edit_contact_page(admin_client, page, units):
    """Submit the contact page's edit form with these unit contacts."""
    from django.urls import reverse

    from tests.home.helpers import form_errors

    data = form_data(
        title=page.title,
        slug=page.slug,
        intro=rich_text("<p>Liên hệ các cơ quan của xã.</p>"),
        units=inline_formset(units),
    )
    data["action-publish"] = "action-publish"
    response = admin_client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)
    return response, form_errors(response)


def _unit(**fields):
    values = {
        "kind": "committee",
        "name": "Ủy ban nhân dân xã Tân Cương",
        "address": "Xóm Nam Đồng, xã Tân Cương",
        "phone": "0208 3855 123",
        "fax": "",
        "email": "ubnd@tancuong.gov.vn",
    }
    values.update(fields)
    return values


@pytest.mark.parametrize("domain", ["gmail.com", "yahoo.com", "yahoo.com.vn", "GMAIL.COM"])
def test_contact_email_on_a_free_mail_service_is_refused(admin_client, commune, domain):
    page = section(commune, "lien-he")
    _, errors = _edit_contact_page(admin_client, page, [_unit(email=f"ubnd.tancuong@{domain}")])
    assert errors["units-0-email"] == [FREE_MAIL.format(domain=domain.lower())]
    assert not ContactPage.objects.get(pk=page.pk).units.exists()


def test_official_contacts_are_published(admin_client, commune, site_client):
    page = section(commune, "lien-he")
    response, errors = _edit_contact_page(
        admin_client,
        page,
        [
            _unit(),
            _unit(kind="party", name="Đảng ủy xã Tân Cương", email="danguy@tancuong.gov.vn"),
        ],
    )
    assert errors == {}
    assert response.status_code == 302
    html = site_client(commune).get("/lien-he/").content.decode()
    assert "ubnd@tancuong.gov.vn" in html and "Đảng ủy xã Tân Cương" in html


@pytest.mark.parametrize("phone", ["123", "phone me", "0208-3855-123-4567-89", "+84 abc 123 456"])
def test_contact_with_an_invalid_phone_is_refused(admin_client, commune, phone):
    _, errors = _edit_contact_page(admin_client, section(commune, "lien-he"), [_unit(phone=phone)])
    assert errors["units-0-phone"] == [BAD_PHONE]


@pytest.mark.parametrize(
    "phone", ["0208 3855 123", "+84 208 3855 123", "(0208) 3.855.123", "0912345678"]
)
def test_usual_vietnamese_phone_numbers_are_accepted(admin_client, commune, phone):
    _, errors = _edit_contact_page(admin_client, section(commune, "lien-he"), [_unit(phone=phone)])
    assert "units-0-phone" not in errors


def test_contact_needs_a_way_to_reach_the_unit(admin_client, commune):
    _, errors = _edit_contact_page(
        admin_client, section(commune, "lien-he"), [_unit(address="", phone="", email="")]
    )
    assert errors["units-0-__all__"] == [
        "Give at least an address, a phone number or an official email."
    ]


def test_spokespersons_email_must_be_official(admin_client, commune):
    from django.urls import reverse

    from tests.home.helpers import form_errors

    page = section(commune, "gioi-thieu")
    data = form_data(
        title=page.title,
        slug=page.slug,
        spokesperson_name="Trần Thị Bình",
        spokesperson_email="binh@yahoo.com",
        spokesperson_phone="12",
        leaders=inline_formset([]),
        **{
            name: rich_text("")
            for name in (
                "functions",
                "organisation",
                "natural_conditions",
                "history_culture",
                "relics",
                "organisation_en",
            )
        },
    )
    data["action-publish"] = "action-publish"
    response = admin_client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)
    errors = form_errors(response)
    assert errors["spokesperson_email"] == [FREE_MAIL.format(domain="yahoo.com")]
    assert errors["spokesperson_phone"] == [BAD_PHONE]
    assert IntroductionPage.objects.get(pk=page.pk).spokesperson_email == ""


def test_site_profile_refuses_free_mail_and_accepts_the_official_domain(commune):
    profile = SiteProfile.for_site(commune)
    profile.email = "vanphong@gmail.com"
    with pytest.raises(ValidationError) as refused, translation.override("en"):
        profile.full_clean()
    with translation.override("en"):
        messages = refused.value.message_dict
    assert messages["email"] == [FREE_MAIL.format(domain="gmail.com")]
    profile.email = "vanphong@tancuong.gov.vn"
    profile.phone = "0208 3855 123"
    profile.full_clean()


def test_standard_page_is_created_under_the_introduction(admin_client, commune, site_client):
    _, errors = create_page_in_admin(
        admin_client,
        section(commune, "gioi-thieu"),
        StandardPage,
        form_data(title="Lịch sử xã Tân Cương", slug="lich-su", summary="", body={"count": "0"}),
    )
    assert errors == {}
    assert site_client(commune).get("/gioi-thieu/lich-su/").status_code == 200


# -- banners --------------------------------------------------------------------


def test_banner_must_end_after_it_starts(commune):
    now = timezone.now()
    banner = Banner(site=commune, text="Chào mừng", valid_from=now, valid_until=now)
    with pytest.raises(ValidationError) as refused:
        banner.full_clean()
    with translation.override("en"):
        messages = refused.value.message_dict
    assert messages["valid_until"] == ["The end of the validity period must be after its start."]


def test_only_current_banners_of_this_site_are_shown(commune, other_commune, site_client):
    now = timezone.now()
    day = datetime.timedelta(days=1)
    Banner.objects.create(
        site=commune, text="Khẩu hiệu đang hiệu lực", valid_from=now - day, valid_until=now + day
    )
    Banner.objects.create(
        site=commune, text="Khẩu hiệu đã hết hạn", valid_from=now - 3 * day, valid_until=now - day
    )
    Banner.objects.create(
        site=commune,
        text="Khẩu hiệu chưa đến ngày",
        valid_from=now + day,
        valid_until=now + 3 * day,
    )
    Banner.objects.create(
        site=other_commune,
        text="Khẩu hiệu của xã khác",
        valid_from=now - day,
        valid_until=now + day,
    )
    html = site_client(commune).get("/").content.decode()
    assert "Khẩu hiệu đang hiệu lực" in html
    assert "Khẩu hiệu đã hết hạn" not in html
    assert "Khẩu hiệu chưa đến ngày" not in html
    assert "Khẩu hiệu của xã khác" not in html


def test_banner_disappears_when_its_period_ends(commune, site_client, monkeypatch):
    now = timezone.now()
    Banner.objects.create(
        site=commune,
        text="Mừng Đảng, mừng Xuân",
        valid_from=now - datetime.timedelta(days=1),
        valid_until=now + datetime.timedelta(hours=1),
    )
    client = site_client(commune)
    assert "Mừng Đảng, mừng Xuân" in client.get("/tin-tuc/").content.decode()
    later = now + datetime.timedelta(hours=2)
    monkeypatch.setattr(timezone, "now", lambda: later)
    assert "Mừng Đảng, mừng Xuân" not in client.get("/tin-tuc/").content.decode()
