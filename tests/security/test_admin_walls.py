"""Every admin URL that takes an object id, Wagtail's own included, asked by
commune A's editor and head for commune B's object of that kind: none shows
B's titles, site name or usernames, and none fails with a 5xx.

The URLs are not listed by hand: the test walks Django's URL resolver, so an
admin view added later is covered without touching it. Every B object is
created with the same id (the database sequences of every table are moved
past A's ids first), so whatever kind of object a URL's id names, the id
given is commune B's object of that kind.
"""

import json
import re

import pytest

from django.apps import apps
from django.db import connection
from django.urls import URLPattern, URLResolver, get_resolver
from django.urls.resolvers import RoutePattern

from wagtail.admin.admin_url_finder import AdminURLFinder  # noqa: F401  (admin URLs loaded)
from wagtail.admin.views.bulk_action.registry import bulk_action_registry
from wagtail.models import Page, Workflow, get_page_models

from board.factories import full_board
from board.models import Board
from core.factories import ImageFactory, PdfDocumentFactory
from core.models import SiteProfile, SupplyingUnit
from home.factories import CommuneSiteFactory
from news.factories import NewsPageFactory
from questions.factories import QuestionFactory
from tests.board.helpers import client_for, news_section

pytestmark = pytest.mark.django_db

#: B's ids are taken above every id in use, in steps of this size: the first
#: object of every kind of B's structure (site, home page, groups, collection,
#: workflow, tasks, board) gets base + 1, of B's content (a draft in moderation,
#: its revisions and states, image, document…) base + STEP / 2 + 1.
STEP = 100_000
SECRET = "Bimatxab"
B_NAME = "Xã Bí Mật Thạnh"
B_PREFIX = "bimatb"

#: Routes not asked: a password reset token, and logging out (it would end the walk).
NOT_OBJECT_ROUTES = {"wagtailadmin_password_reset_confirm", "wagtailadmin_logout"}


def _auto_pk_models():
    for model in apps.get_models(include_auto_created=True):
        if model._meta.pk.get_internal_type().endswith("AutoField"):
            yield model


def _highest_id():
    from django.db.models import Max

    return max(
        model._base_manager.aggregate(top=Max(model._meta.pk.attname))["top"] or 0
        for model in _auto_pk_models()
    )


def _move_sequences_past(value):
    """Make the next row of every table take the id ``value + 1``."""
    with connection.cursor() as cursor:
        for model in _auto_pk_models():
            pk = model._meta.pk
            table = model._meta.db_table
            if connection.vendor == "postgresql":
                cursor.execute("SELECT pg_get_serial_sequence(%s, %s)", [f'"{table}"', pk.column])
                sequence = cursor.fetchone()[0]
                if sequence:
                    cursor.execute("SELECT setval(%s, %s)", [sequence, value])
            else:
                cursor.execute("DELETE FROM sqlite_sequence WHERE name = %s", [table])
                cursor.execute(
                    "INSERT INTO sqlite_sequence (name, seq) VALUES (%s, %s)", [table, value]
                )


@pytest.fixture
def walls(commune, board_a):
    """Commune A with its board, then commune B whose first object of every
    kind has one id: its site, home page, groups, collection, workflow and
    tasks, board, users (``same``); its draft, revisions, workflow and task
    states, image, document, question (``content``)."""
    base = (_highest_id() // STEP + 1) * STEP
    same, content = base + 1, base + STEP // 2 + 1
    _move_sequences_past(same - 1)
    site_b = CommuneSiteFactory(hostname="bimat.example.gov.vn", name=B_NAME)
    users_b = full_board(site_b, prefix=B_PREFIX)
    collection = SiteProfile.for_site(site_b).collection
    author = users_b["contributor"]
    _move_sequences_past(content - 1)
    image = ImageFactory(title=f"{SECRET} ảnh", collection=collection)
    PdfDocumentFactory(title=f"{SECRET} văn bản", collection=collection)
    page = NewsPageFactory(
        parent=news_section(site_b),
        title=f"{SECRET} dự thảo",
        live=False,
        owner=author,
        lead_image=image,
    )
    page.save_revision(user=author)
    page.title = f"{SECRET} dự thảo sửa"
    page.save_revision(user=author)
    Workflow.objects.get(workflow_pages__page=site_b.root_page).start(page, author)
    SupplyingUnit.objects.create(site=site_b, name=f"{SECRET} đơn vị")
    QuestionFactory(site=site_b, text=f"{SECRET} câu hỏi")
    markers = [SECRET, B_NAME, *(user.get_username() for user in users_b.values())]
    assert Board.objects.get(site=site_b).pk == same
    assert Page.objects.get(pk=same).pk == site_b.root_page_id
    page.refresh_from_db()
    assert page.pk == page.current_workflow_state.pk == content
    # Rows the walk's views create later (of any table) land above B's ids; on
    # PostgreSQL sequences outlive each test's rollback, so the next test's
    # base is above these too.
    _move_sequences_past(base + STEP)
    return {"site": site_b, "markers": markers, "structure": same, "content": content}


def _admin_routes():
    """(url name, route regex text, parameter names) of every admin URL."""

    def walk(patterns, prefix, namespace):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                ns = namespace
                if pattern.namespace:
                    ns = f"{namespace}:{pattern.namespace}" if namespace else pattern.namespace
                yield from walk(pattern.url_patterns, prefix + [pattern.pattern], ns)
            elif isinstance(pattern, URLPattern):
                yield (
                    prefix + [pattern.pattern],
                    (f"{namespace}:{pattern.name}" if namespace else pattern.name),
                )

    for parts, name in walk(get_resolver().url_patterns, [], ""):
        if not str(parts[0]).startswith("admin/"):
            continue
        params = []
        for part in parts:
            regex = part.regex.pattern
            params += re.findall(r"\?P<(\w+)>", regex)
        # Routes without parameters too: add forms and listings (asked with ?id=).
        if name not in NOT_OBJECT_ROUTES:
            yield name, parts, params


def _b_models(oid):
    """Every model with a row of id ``oid`` (commune B's), and the page types."""
    found = set(get_page_models())
    for model in apps.get_models():
        try:
            if model._default_manager.filter(pk=oid).exists():
                found.add(model)
        except Exception:  # noqa: S112  (a model whose pk is no number)
            continue
    return found


def _fill(route_parts, values):
    """The path of ``route_parts`` with its parameters set from ``values``."""
    path = ""
    for part in route_parts:
        text = str(part)
        if isinstance(part, RoutePattern):  # <type:name>
            text = re.sub(r"<(?:\w+:)?(\w+)>", lambda m: str(values[m.group(1)]), text)
        else:  # RegexPattern
            text = text.lstrip("^").rstrip("$")
            text = re.sub(r"\(\?P<(\w+)>[^)]*\)", lambda m: str(values[m.group(1)]), text)
            text = text.replace("\\.", ".")
        path += text
    return "/" + path


MODEL_PAIRS = (
    ("app_label", "model_name"),
    ("app_name", "model_name"),
    ("content_type_app_name", "content_type_model_name"),
)
STRING_VALUES = {
    "action_name": ["approve", "reject", "cancel"],
    "filter_spec": ["original", "fill-0x0", "fill-1x0", "fill-0x1-c100"],
    "revision_id_a": ["{id}", "earliest"],
    "revision_id_b": ["{id}", "latest"],
    "mode": ["", "default"],
}


def _candidate_urls(name, parts, params, b_models, oid):
    """Every URL of one route filled with B's objects."""
    variants = [{}]
    for app_param, model_param in MODEL_PAIRS:
        if app_param in params and model_param in params:
            pairs = {(m._meta.app_label, m._meta.model_name) for m in b_models}
            if name == "wagtail_bulk_action":
                pairs = set()
                bulk_action_registry._scan_for_bulk_actions()  # Wagtail fills it on first use
                for app_label, models in bulk_action_registry.actions.items():
                    for model_name, actions in models.items():
                        for action in actions:
                            pairs.add((app_label, model_name, action))
            variants = [
                {
                    app_param: pair[0],
                    model_param: pair[1],
                    **({"action": pair[2]} if len(pair) > 2 else {}),
                }
                for pair in sorted(pairs)
            ]
    urls = []
    for variant in variants:
        combos = [dict(variant)]
        for param in params:
            if param in variant:
                continue
            options = [str(o).format(id=oid) for o in STRING_VALUES.get(param, [oid])]
            combos = [{**combo, param: option} for combo in combos for option in options]
        for values in combos:
            path = _fill(parts, values)
            urls.append(path + f"?id={oid}")
            if not params:
                urls.append(path)  # a listing may refuse an unknown ?id=
    return urls


def _shows(body, markers):
    text = body.decode("utf-8", errors="replace")
    found = [m for m in markers if m in text or json.dumps(m)[1:-1] in text]
    return found


def _walk_as(user, markers, oid):
    b_models = _b_models(oid)
    client = client_for(user)
    problems = {}
    count = 0
    for name, parts, params in _admin_routes():
        for url in _candidate_urls(name, parts, params, b_models, oid):
            count += 1
            response = client.get(url)
            if response.status_code >= 500:
                problems[url] = response.status_code
                continue
            if response.status_code != 200:
                continue
            body = b"".join(response) if response.streaming else response.content
            shown = _shows(body, markers)
            if shown:
                problems[url] = shown
    return problems, count


@pytest.mark.parametrize("kind", ["structure", "content"])
@pytest.mark.parametrize("role", ["editor", "head"])
def test_no_admin_url_shows_another_communes_object(walls, board_a, role, kind):
    if True:
        problems, count = _walk_as(board_a[role], walls["markers"], walls[kind])
        assert count > 150
        if problems:
            print(role, count, *(f"{k} {v}" for k, v in problems.items()), sep="\n")
        assert problems == {}, role


def test_the_walk_sees_a_leak_when_there_is_one(walls):
    """The same walk, as B's own head, finds B's objects: the markers and
    URLs are right, so an empty result above means walls, not a blind test."""
    head_b = next(
        u for u in Board.objects.get(site=walls["site"]).memberships.all() if u.role == "head"
    ).user
    content = walls["content"]
    problems, _count = _walk_as(head_b, walls["markers"], content)
    shown = [url for url, what in problems.items() if isinstance(what, list)]
    assert f"/admin/pages/{content}/edit/?id={content}" in shown
    assert f"/admin/images/{content}/?id={content}" in shown
    assert f"/admin/questions/edit/{content}/?id={content}" in shown
    assert "/admin/api/main/images/" in shown  # regex routes are filled too
    assert f"/admin/pages/{content}/revisions/compare/earliest...latest/?id={content}" in shown


def test_the_page_chooser_opens_on_the_users_own_commune(commune, board_a, walls):
    response = client_for(board_a["editor"]).get("/admin/choose-page/")
    assert response.status_code == 200
    data = json.loads(response.content)
    assert data["parent_page_id"] == commune.root_page_id
    assert B_NAME not in data["html"]
    # Above the commune root there is nothing to browse.
    response = client_for(board_a["editor"]).get(
        f"/admin/choose-page/{Page.get_first_root_node().pk}/"
    )
    assert response.status_code == 404


def test_admin_filters_list_only_the_users_own_commune(commune, board_a, walls):
    client = client_for(board_a["head"])
    for url in ("/admin/reports/workflow/", "/admin/pages/usage/news/newspage/", "/admin/forms/"):
        response = client.get(url)
        assert response.status_code == 200, url
        assert not _shows(response.content, walls["markers"]), url


def test_district_admins_still_see_every_commune(district_admin, walls):
    client = client_for(district_admin)
    for url in (
        f"/admin/pages/{walls['content']}/edit/",
        f"/admin/images/{walls['content']}/",
        f"/admin/choose-page/{walls['structure']}/",
        f"/admin/bulk/wagtailcore/page/delete/?id={walls['content']}",
        "/admin/reports/workflow/",
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        assert _shows(response.content, walls["markers"]), url


def test_bulk_actions_on_all_pages_under_another_communes_page_are_walled(board_a, walls):
    """``?id=all&childOf=`` selects every child of a page without naming them."""
    news_b = news_section(walls["site"])
    client = client_for(board_a["head"])
    for action in ("delete", "publish", "unpublish", "move"):
        response = client.get(f"/admin/bulk/wagtailcore/page/{action}/?id=all&childOf={news_b.pk}")
        assert response.status_code == 404 or not _shows(response.content, walls["markers"]), action
