"""Deadlines in the admin: dashboard panel, explorer filters and the
working-day exceptions and deadline settings screens."""

import datetime

import pytest

from django.contrib.auth import get_user_model
from django.utils import timezone

from core.models import Role
from deadlines.models import SiteDeadlinePolicy, WorkingDayOverride
from deadlines.services import add_working_days, dashboard_deadlines
from news.factories import NewsPageFactory
from tests.board.helpers import client_for, denied
from tests.helpers import section

D = datetime.date


@pytest.fixture
def items(commune, other_commune):
    """Relative to today: one item due today, one late, one due soon and one
    published on time on the first commune; a late one on the other."""
    today = timezone.localdate()
    news_a = section(commune, "tin-tuc")

    def draft(parent, title, due):
        page = NewsPageFactory(parent=parent, live=False, title=title, event_date=today)
        type(page).objects.filter(pk=page.pk).update(due_date=due)
        page.refresh_from_db()
        return page

    soon = add_working_days(today, 2)
    result = {
        "due_today": draft(news_a, "Tin hạn hôm nay", today),
        "late": draft(news_a, "Tin đã quá hạn", today - datetime.timedelta(days=10)),
        "soon": draft(news_a, "Tin sắp đến hạn", soon),
        "far": draft(news_a, "Tin còn lâu", add_working_days(today, 10)),
        "other_late": draft(
            section(other_commune, "tin-tuc"),
            "Tin của Phú Thạnh",
            today - datetime.timedelta(days=5),
        ),
    }
    on_time = NewsPageFactory(
        parent=news_a, live=False, title="Tin đăng đúng hạn", event_date=today
    )
    on_time.save_revision().publish()
    on_time.refresh_from_db()
    assert on_time.published_on_time is True
    result["on_time"] = on_time
    return result


@pytest.mark.django_db
def test_dashboard_service_lists_only_the_users_sites(items, board_a):
    head = board_a[Role.HEAD]
    data = dashboard_deadlines(head)
    titles = {
        name: [row["page"].title for row in data[name]["rows"]]
        for name in ("due_today", "late", "upcoming")
    }
    assert titles == {
        "due_today": ["Tin hạn hôm nay"],
        "late": ["Tin đã quá hạn"],
        "upcoming": ["Tin sắp đến hạn"],
    }
    assert data["late"]["rows"][0]["days_late"] > 0
    assert not data["show_sites"]


@pytest.mark.django_db
@pytest.mark.parametrize("role", [Role.HEAD, Role.EDITOR])
def test_dashboard_panel_links_to_each_item(items, board_a, role):
    head = board_a[role]
    response = client_for(head).get("/admin/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="deadlines-section"' in html
    for name in ("due_today", "late", "soon"):
        assert f'href="/admin/pages/{items[name].pk}/edit/"' in html
    assert "Tin của Phú Thạnh" not in html
    assert "Tin còn lâu" not in html


@pytest.mark.django_db
def test_other_board_sees_only_its_own(items, board_b):
    head = board_b[Role.HEAD]
    html = client_for(head).get("/admin/").content.decode()
    assert "Tin của Phú Thạnh" in html
    assert "Tin đã quá hạn" not in html


@pytest.mark.django_db
def test_superuser_sees_every_site_named(commune, other_commune, items):
    admin = get_user_model().objects.create_superuser("admin", "admin@example.gov.vn", "x")
    data = dashboard_deadlines(admin)
    assert [row["page"].title for row in data["late"]["rows"]] == [
        "Tin đã quá hạn",
        "Tin của Phú Thạnh",
    ]
    assert data["show_sites"]


@pytest.mark.django_db
def test_no_panel_for_users_without_page_permissions(commune):
    from django.contrib.auth.models import Permission

    user = get_user_model().objects.create_user("reader", "r@example.gov.vn", "x")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    html = client_for(user).get("/admin/").content.decode()
    assert 'id="deadlines-section"' not in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("late", {"Tin đã quá hạn"}),
        ("on_time", {"Tin đăng đúng hạn"}),
        ("due_today", {"Tin hạn hôm nay"}),
        ("not_yet_due", {"Tin sắp đến hạn", "Tin còn lâu"}),
    ],
)
def test_explorer_filters_by_deadline(commune, items, board_a, value, expected):
    head = board_a[Role.HEAD]
    news_index = section(commune, "tin-tuc")
    response = client_for(head).get(f"/admin/pages/{news_index.pk}/", {"deadline": value})
    assert response.status_code == 200
    titles = {page.title for page in response.context["pages"]}
    assert titles == expected


@pytest.mark.django_db
def test_explorer_listing_shows_the_due_date(commune, items, board_a):
    head = board_a[Role.HEAD]
    news_index = section(commune, "tin-tuc")
    html = client_for(head).get(f"/admin/pages/{news_index.pk}/").content.decode()
    assert 'name="deadline"' in html  # the filter
    assert items["late"].due_date.strftime("%d/%m/%Y") in html


@pytest.mark.django_db
def test_working_day_exceptions_are_for_district_admins(board_a):
    head = board_a[Role.HEAD]
    assert denied(client_for(head).get("/admin/working_day_overrides/"))
    admin = get_user_model().objects.create_superuser("admin", "admin@example.gov.vn", "x")
    client = client_for(admin)
    assert client.get("/admin/working_day_overrides/").status_code == 200
    response = client.post(
        "/admin/working_day_overrides/new/",
        {"date": "2026-10-13", "kind": "day_off", "reason": "Bão số 7"},
    )
    assert response.status_code == 302
    assert WorkingDayOverride.objects.get().date == D(2026, 10, 13)
    # The same date twice is refused with a message, not a 500
    response = client.post(
        "/admin/working_day_overrides/new/",
        {"date": "2026-10-13", "kind": "day_off", "reason": "Trùng"},
    )
    assert response.status_code == 200
    assert "date" in response.context["form"].errors
    assert WorkingDayOverride.objects.count() == 1


@pytest.mark.django_db
def test_site_deadline_settings_refuse_looser_values(commune):
    admin = get_user_model().objects.create_superuser("admin", "admin@example.gov.vn", "x")
    client = client_for(admin)
    url = f"/admin/settings/deadlines/sitedeadlinepolicy/{commune.pk}/"
    assert client.get(url).status_code == 200
    data = {
        "news_days": "4",
        "document_days": "",
        "conference_days": "",
        "statistics_days": "",
        "answer_days": "10",
    }
    response = client.post(url, data)
    assert response.status_code == 200
    assert "news_days" in response.context["form"].errors
    assert SiteDeadlinePolicy.for_site(commune).answer_days is None
    data["news_days"] = "2"
    assert client.post(url, data).status_code == 302
    policy = SiteDeadlinePolicy.for_site(commune)
    assert (policy.news_days, policy.answer_days) == (2, 10)


@pytest.mark.django_db
def test_district_admins_manage_exceptions_and_rules(district_admin, commune):
    client = client_for(district_admin)
    assert client.get("/admin/working_day_overrides/").status_code == 200
    response = client.post(
        "/admin/working_day_overrides/new/",
        {"date": "2026-10-10", "kind": "workday", "reason": "Làm bù theo quyết định của tỉnh"},
    )
    assert response.status_code == 302
    assert WorkingDayOverride.objects.filter(date=D(2026, 10, 10), kind="workday").exists()
    assert client.get("/admin/settings/deadlines/deadlinepolicy/", follow=True).status_code == 200
    url = f"/admin/settings/deadlines/sitedeadlinepolicy/{commune.pk}/"
    assert client.get(url).status_code == 200


@pytest.mark.django_db
def test_admin_create_and_draft_edit_keep_the_due_date_right(commune, board_a):
    from core.factories import ImageFactory
    from news.models import NewsPage
    from tests.board.helpers import news_form_data

    client = client_for(board_a[Role.HEAD])
    news_index = section(commune, "tin-tuc")
    image = ImageFactory()
    data = news_form_data(image, event_date="2026-02-13")
    response = client.post(f"/admin/pages/add/news/newspage/{news_index.pk}/", data)
    assert response.status_code == 302
    item = NewsPage.objects.get(slug="hoi-nghi-so-ket")
    assert not item.live
    assert item.due_date == D(2026, 2, 25)

    data = news_form_data(image, event_date="2026-02-24")
    response = client.post(f"/admin/pages/{item.pk}/edit/", data)
    assert response.status_code == 302
    item.refresh_from_db()
    assert item.due_date == D(2026, 2, 27)
    assert item.get_latest_revision_as_object().event_date == D(2026, 2, 24)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("day", "kind"),
    [("2026-02-17", "day_off"), ("2026-10-14", "workday"), ("2026-08-22", "workday")],
)
def test_pointless_exceptions_are_refused(district_admin, day, kind):
    """A day off on Tết or a workday on a working day is a typing error."""
    response = client_for(district_admin).post(
        "/admin/working_day_overrides/new/", {"date": day, "kind": kind, "reason": "Nhầm"}
    )
    assert response.status_code == 200
    assert "date" in response.context["form"].errors
    assert not WorkingDayOverride.objects.exists()


@pytest.mark.django_db
def test_dashboard_looks_across_tet(commune, board_a):
    due_after_tet = NewsPageFactory(
        parent=section(commune, "tin-tuc"), live=False, title="Tin Tết", event_date=D(2026, 2, 11)
    )
    assert due_after_tet.due_date == D(2026, 2, 23)
    data = dashboard_deadlines(board_a[Role.HEAD], today=D(2026, 2, 13))
    assert data["horizon_day"] == D(2026, 2, 25)
    assert [row["page"] for row in data["upcoming"]["rows"]] == [due_after_tet]
    data = dashboard_deadlines(board_a[Role.HEAD], today=D(2026, 2, 25))
    assert data["late"]["rows"][0]["days_late"] == 2


@pytest.mark.django_db
def test_dashboard_query_count_does_not_grow_with_items(commune, board_a):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    head = board_a[Role.HEAD]
    today = D(2026, 2, 25)

    def make(n):
        for i in range(n):
            NewsPageFactory(
                parent=section(commune, "tin-tuc"), live=False, event_date=D(2026, 2, 10 + i % 3)
            )

    def count():
        dashboard_deadlines(head, today=today)  # warm the policy caches
        with CaptureQueriesContext(connection) as queries:
            dashboard_deadlines(head, today=today)
        return len(queries)

    make(2)
    before = count()
    make(6)
    assert count() == before


@pytest.mark.django_db
@pytest.mark.parametrize("slug", ["van-ban", "thong-ke", "tin-tuc"])
def test_every_deadline_section_lists_with_the_filter(commune, board_a, slug):
    from documents.factories import LegalDocumentPageFactory, StatisticsPageFactory

    parent = section(commune, slug)
    factory = {
        "van-ban": LegalDocumentPageFactory,
        "thong-ke": StatisticsPageFactory,
        "tin-tuc": NewsPageFactory,
    }[slug]
    late = factory(parent=parent, live=False, title="Mục quá hạn")
    type(late).objects.filter(pk=late.pk).update(due_date=D(2020, 1, 2))
    client = client_for(board_a[Role.EDITOR])
    response = client.get(f"/admin/pages/{parent.pk}/", {"deadline": "late"})
    assert response.status_code == 200
    assert [page.pk for page in response.context["pages"]] == [late.pk]
    assert client.get(f"/admin/pages/{commune.root_page_id}/").status_code == 200


@pytest.mark.django_db
def test_migrate_grants_an_existing_district_group(district_admin):
    from django.apps import apps

    from board.receivers import existing_district_admins_manage_deadlines

    group = district_admin.groups.get()
    group.permissions.remove(*group.permissions.filter(codename__endswith="workingdayoverride"))
    assert not group.permissions.filter(codename="add_workingdayoverride").exists()
    existing_district_admins_manage_deadlines(sender=apps.get_app_config("board"))
    assert group.permissions.filter(codename="add_workingdayoverride").exists()
    assert group.permissions.filter(codename="change_sitedeadlinepolicy").exists()
