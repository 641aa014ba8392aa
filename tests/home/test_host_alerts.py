"""The hosting agency's alert: above the slogans of every commune, or of the
chosen ones, from its start to its end; the page cache keeps no page past
the moment the alert appears or goes."""

import datetime

import pytest

from django.core.exceptions import ValidationError
from django.test import Client
from django.utils import timezone, translation

from board.factories import UserFactory, full_board
from board.services.roles import district_admins_group
from core import page_cache
from core.models import HostAlert
from home.models import Banner

pytestmark = pytest.mark.django_db

HOUR = datetime.timedelta(hours=1)


def _alert(text, *, sites=(), start=-HOUR, end=HOUR):
    now = timezone.now()
    alert = HostAlert.objects.create(
        text=text, valid_from=now + start, valid_until=now + end, all_sites=not sites
    )
    alert.sites.set(sites)
    return alert


def _home(site):
    response = Client(HTTP_HOST=site.hostname).get("/")
    assert response.status_code == 200
    return response


def test_an_alert_to_every_commune_shows_above_their_own_slogans(commune, other_commune):
    Banner.objects.create(
        site=commune,
        text="Nhiệt liệt chào mừng Đại hội",
        valid_from=timezone.now() - HOUR,
        valid_until=timezone.now() + HOUR,
    )
    _alert("Cảnh báo bão số 3: người dân không ra khơi")
    html = _home(commune).content.decode()
    assert html.index("Cảnh báo bão số 3") < html.index("Nhiệt liệt chào mừng Đại hội")
    assert "Cảnh báo bão số 3" in _home(other_commune).content.decode()


def test_an_alert_to_chosen_communes_shows_on_them_only(commune, other_commune):
    _alert("Lịch tiếp công dân của huyện", sites=[commune])
    assert "Lịch tiếp công dân" in _home(commune).content.decode()
    assert "Lịch tiếp công dân" not in _home(other_commune).content.decode()


def test_an_alert_shows_from_its_start_to_its_end_and_the_cache_follows(commune, settings):
    settings.PAGE_CACHE_ENABLED = True
    page_cache.outage.down_until = 0.0
    coming = _alert("Sắp mất điện", start=2 * HOUR, end=3 * HOUR)
    response = _home(commune)
    assert "Sắp mất điện" not in response.content.decode()
    # The cached home lives no longer than the moment the alert appears.
    assert response.wsgi_request.page_cache_expires_at == coming.valid_from.timestamp()

    shown = _alert("Đang mất điện", start=-HOUR, end=HOUR)
    response = _home(commune)
    assert "Đang mất điện" in response.content.decode()
    assert response.wsgi_request.page_cache_expires_at == shown.valid_until.timestamp()

    HostAlert.objects.filter(pk=shown.pk).update(valid_until=timezone.now() - HOUR)
    shown.refresh_from_db()
    shown.save()
    assert "Đang mất điện" not in _home(commune).content.decode()


@pytest.mark.parametrize("field", ["text", "valid_until"])
def test_a_bad_alert_is_refused_in_vietnamese(field):
    now = timezone.now()
    alert = HostAlert(text="Cảnh báo", valid_from=now, valid_until=now - HOUR)
    if field == "text":
        alert.text, alert.valid_until = "", now + HOUR
    with translation.override("vi"), pytest.raises(ValidationError) as error:
        alert.full_clean()
    assert field in error.value.message_dict
    assert any(ord(c) > 127 for c in error.value.message_dict[field][0])
    assert not HostAlert.objects.exists()


def test_only_district_admins_manage_alerts(commune):
    admin = UserFactory(username="huyen.quantri")
    admin.groups.add(district_admins_group())
    head = full_board(commune, prefix="tancuong")["head"]
    for user, allowed in ((admin, True), (head, False)):
        client = Client()
        client.force_login(user)
        response = client.get("/admin/snippets/core/hostalert/")
        assert (response.status_code == 200) is allowed, user
