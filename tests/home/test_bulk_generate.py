"""The bulk generator (bench/generate.py) makes sites citizens can read.

Sites made in bulk skip Wagtail's page API, so every public page of a
generated site is requested and must answer as a provisioned site does.
"""

import pytest

from django.db import connection

from wagtail.models import Collection, Page, Site

from bench.bulk import GenerateError, generate
from home.services.provisioning import MANDATORY_SECTIONS

pytestmark = [pytest.mark.django_db, pytest.mark.slow]


@pytest.fixture
def generated():
    return generate(3, 5, documents=2)


def test_generated_trees_are_consistent(generated):
    assert Page.find_problems() == ([], [], [], [], [])
    assert Collection.find_problems() == ([], [], [], [], [])
    assert len(generated.sites) == 3
    for site in generated.sites:
        home = site.root_page
        assert sorted(home.get_children().values_list("slug", flat=True)) == sorted(
            s.slug for s in MANDATORY_SECTIONS
        )
        assert home.get_descendants().filter(depth=home.depth + 2).live().count() == 5 + 2 + 1


def test_every_page_of_a_generated_site_answers(generated, site_client):
    site = generated.sites[1]
    client = site_client(site)
    pages = Page.objects.descendant_of(site.root_page, inclusive=True).specific()
    assert pages.count() == 1 + len(MANDATORY_SECTIONS) + 5 + 2 + 1
    for page in pages:
        response = client.get(page.get_url(request=None, current_site=site))
        assert response.status_code == 200, page.url_path
        assert page.title in response.content.decode()
    home = client.get("/").content.decode()
    assert "tin-5" in home  # the newest news item is listed on the home page
    assert "Hội nghị tổng kết công tác số 5 của xã 2" in client.get("/tin-tuc/").content.decode()
    search = client.get("/tim-kiem/?q=hoi+nghi+tong+ket").content.decode()
    assert "Hội nghị tổng kết công tác số 1 của xã 2" in search
    assert "của xã 1<" not in search  # another commune's items stay out
    assert client.get("/tin-tuc/rss/").status_code == 200


def test_generated_sites_have_their_board_and_profile(generated):
    from core.models import SiteProfile, SiteRoleGroup

    site = Site.objects.get(hostname="xa3.bench.gov.vn")
    assert SiteProfile.for_site(site).collection.name == site.site_name
    assert SiteRoleGroup.objects.filter(site=site).count() == 5


def test_a_second_run_on_the_same_domain_is_refused(generated):
    with pytest.raises(GenerateError, match="already holds sites"):
        generate(1, 1)
    assert Site.objects.filter(hostname__endswith=".bench.gov.vn").count() == 3


def _board_shape(site):
    """Per role: the group's model, page, site and collection permissions and
    the workflow tasks it sits on, without ids or names."""
    from board.models import FourEyesApprovalTask
    from core.models import SiteRoleGroup

    shape = {}
    for link in SiteRoleGroup.objects.filter(site=site).select_related("group"):
        group = link.group
        shape[link.role] = (
            sorted(group.permissions.values_list("content_type__app_label", "codename")),
            sorted(
                (p.page_id == site.root_page_id, p.permission.codename)
                for p in group.page_permissions.select_related("permission")
            ),
            sorted(
                (p.site_id == site.pk, p.permission.codename)
                for p in group.site_permissions.select_related("permission")
            ),
            sorted(
                p.permission.codename
                for p in group.collection_permissions.select_related("permission")
            ),
            sorted(
                t.workflow_tasks.get().sort_order
                for t in FourEyesApprovalTask.objects.filter(groups=group)
            ),
        )
    return shape


def test_generated_boards_match_provisioned_ones(generated, commune):
    """The generator writes in bulk what the provisioning hooks make one by
    one: a new hook or permission must be added to both."""
    from wagtail.models import WorkflowPage

    from home.signals import site_created

    assert [entry[0][0] for entry in site_created.receivers] == ["board.provision_site"]
    generated_site = generated.sites[0]
    assert _board_shape(generated_site) == _board_shape(commune)
    workflow = WorkflowPage.objects.get(page=generated_site.root_page).workflow
    assert workflow.workflow_tasks.count() == 3


@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="the generator's own index writer runs on PostgreSQL only",
)
def test_generated_search_index_matches_the_backends(generated):
    """On PostgreSQL the generator writes the search index rows itself (one
    pass, to_tsvector in the database); Wagtail's add_bulk must write the
    same rows."""
    from wagtail.search.backends import get_search_backend

    pages = [
        page
        for site in generated.sites
        for page in Page.objects.descendant_of(site.root_page, inclusive=True).specific()
    ]
    ids = [str(page.pk) for page in pages]

    def rows():
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT content_type_id, object_id, title::text, autocomplete::text, "
                "body::text, title_text, body_text FROM wagtailsearch_indexentry "
                "WHERE object_id = ANY(%s) ORDER BY content_type_id, object_id",
                [ids],
            )
            return cursor.fetchall()

    written = rows()
    assert len(written) == len(pages)
    backend = get_search_backend()
    by_model = {}
    for page in pages:
        by_model.setdefault(type(page), []).append(page)
    for model, objs in by_model.items():
        backend.add_bulk(model, objs)
    assert rows() == written
