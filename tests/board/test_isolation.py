"""Commune A's editor asks every admin view it can reach for commune B's
objects: each answers "no" (403, 404, a redirect to the admin home) or
leaves B's objects out."""

import pytest

from django.urls import reverse

from wagtail.models import Workflow

from board.factories import MembershipFactory
from board.models import Board, BoardMeeting, BoardPlan, PartyReport
from consultations.factories import ConsultationPageFactory, DraftCommentFactory
from core.factories import ImageFactory, PdfDocumentFactory
from core.models import SiteProfile, SupplyingUnit
from news.factories import NewsPageFactory

from .helpers import client_for, denied, news_section

pytestmark = pytest.mark.django_db

SECRET = "Bimatxab"  # in every title of commune B's objects
WORD = "zqxyw"  # searched for: a search page repeats its query, so it is not SECRET


@pytest.fixture
def b_objects(other_commune, board_b):
    collection = SiteProfile.for_site(other_commune).collection
    author = board_b["contributor"]
    image = ImageFactory(title=f"{SECRET} {WORD} ảnh", collection=collection)
    document = PdfDocumentFactory(title=f"{SECRET} {WORD} văn bản", collection=collection)
    page = NewsPageFactory(
        parent=news_section(other_commune),
        title=f"{SECRET} {WORD} dự thảo",
        live=False,
        owner=author,
        lead_image=image,
    )
    first = page.save_revision(user=author)
    page.title = f"{SECRET} {WORD} dự thảo sửa"
    second = page.save_revision(user=author)
    page.save_revision(user=author, changed=False)
    Workflow.objects.get(workflow_pages__page=other_commune.root_page).start(page, author)
    page.refresh_from_db()
    page.locked, page.locked_by = True, board_b["editor"]
    page.save(update_fields=["locked", "locked_by"])
    unit = SupplyingUnit.objects.create(site=other_commune, name=f"{SECRET} {WORD} đơn vị")
    draft = ConsultationPageFactory(
        parent=other_commune.root_page.get_children().get(slug="lay-y-kien"),
        title=f"{SECRET} {WORD} dự thảo lấy ý kiến",
    )
    comment = DraftCommentFactory(page=draft, text=f"{SECRET} {WORD} ý kiến góp ý của người dân")
    plan = BoardPlan.objects.create(site=other_commune, year=2026, text=f"{SECRET} kế hoạch")
    meeting = BoardMeeting.objects.create(
        site=other_commune, kind="monthly", minutes=f"{SECRET} biên bản"
    )
    meeting.decisions.create(text=f"{SECRET} quyết định", owner=board_b["editor"])
    meeting.save()
    report = PartyReport.objects.create(
        site=other_commune, kind="quarterly", year=2026, number=4, assessment=f"{SECRET} báo cáo"
    )
    return {
        "plan": plan,
        "meeting": meeting,
        "report": report,
        "comment": comment,
        "page": page,
        "revisions": (first, second),
        "image": image,
        "document": document,
        "board": Board.objects.get(site=other_commune),
        "unit": unit,
        "workflow_state": page.current_workflow_state,
    }


def object_urls(b):
    page, (first, second) = b["page"], b["revisions"]
    return [
        reverse("wagtailadmin_pages:edit", args=(page.pk,)),
        reverse("wagtailadmin_pages:view_draft", args=(page.pk,)),
        reverse("wagtailadmin_pages:preview_on_edit", args=(page.pk,)),
        reverse("wagtailadmin_pages:history", args=(page.pk,)),
        reverse("wagtailadmin_pages:revisions_view", args=(page.pk, first.pk)),
        reverse("wagtailadmin_pages:revisions_compare", args=(page.pk, first.pk, second.pk)),
        reverse("wagtailadmin_pages:workflow_history", args=(page.pk,)),
        reverse(
            "wagtailadmin_pages:workflow_history_detail",
            args=(page.pk, b["workflow_state"].pk),
        ),
        reverse("wagtailadmin_pages:usage", args=(page.pk,)),
        reverse("wagtailadmin_pages:delete", args=(page.pk,)),
        reverse("wagtailadmin_pages:unpublish", args=(page.pk,)),
        reverse("wagtailadmin_pages:copy", args=(page.pk,)),
        reverse("wagtailadmin_pages:move", args=(page.pk,)),
        reverse("wagtailimages:edit", args=(b["image"].pk,)),
        reverse("wagtailimages:delete", args=(b["image"].pk,)),
        reverse("wagtailimages_chooser:chosen", args=(b["image"].pk,)),
        reverse("wagtaildocs:edit", args=(b["document"].pk,)),
        reverse("wagtaildocs:delete", args=(b["document"].pk,)),
        reverse("wagtaildocs_chooser:chosen", args=(b["document"].pk,)),
        reverse("wagtailsnippets_board_board:edit", args=(b["board"].pk,)),
        reverse("wagtailsnippets_board_board:inspect", args=(b["board"].pk,)),
        reverse("wagtailsnippets_board_board:history", args=(b["board"].pk,)),
        reverse("wagtailsnippets_board_board:delete", args=(b["board"].pk,)),
        reverse("wagtailsnippets_core_supplyingunit:edit", args=(b["unit"].pk,)),
        reverse("wagtailsnippets_core_supplyingunit:delete", args=(b["unit"].pk,)),
        reverse("wagtailsnippetchoosers_core_supplyingunit:chosen", args=(b["unit"].pk,)),
        reverse("wagtailsnippetchoosers_board_board:chosen", args=(b["board"].pk,)),
        reverse("draft_comments:edit", args=(b["comment"].pk,)),
        *record_urls(b),
    ]


def record_urls(b):
    """The board's records: plan, meeting, report to the Party committee."""
    urls = []
    for model, key in (
        ("boardplan", "plan"),
        ("boardmeeting", "meeting"),
        ("partyreport", "report"),
    ):
        pk = b[key].pk
        urls += [
            reverse(f"wagtailsnippets_board_{model}:edit", args=(pk,)),
            reverse(f"wagtailsnippets_board_{model}:delete", args=(pk,)),
            reverse(f"wagtailsnippets_board_{model}:history", args=(pk,)),
            reverse(f"wagtailsnippetchoosers_board_{model}:chosen", args=(pk,)),
        ]
    return urls + [
        reverse("board:party_report", args=(b["report"].pk,)),
        reverse("board:party_report_xlsx", args=(b["report"].pk,)),
    ]


RECORDS = {"boardplan": "plan", "boardmeeting": "meeting", "partyreport": "report"}


def record_listings(b):
    """Each record listing and chooser, with what B's row would link to."""
    return [
        (reverse(f"wagtail{kind}_board_{model}:{view}"), reverse(target, args=(b[key].pk,)))
        for model, key in RECORDS.items()
        for kind, view, target in (
            ("snippets", "list", f"wagtailsnippets_board_{model}:edit"),
            ("snippetchoosers", "choose", f"wagtailsnippetchoosers_board_{model}:chosen"),
        )
    ]


def _lists(client, url, target):
    response = client.get(url)
    return response.status_code == 200 and target in response.content.decode()


LISTING_URLS = [
    ("wagtailadmin_home", ""),
    ("wagtailadmin_pages:search", f"?q={WORD}"),
    ("wagtailadmin_choose_page", ""),
    ("wagtailadmin_choose_page_search", f"?q={WORD}"),
    ("wagtailimages:index", ""),
    ("wagtailimages:index", f"?q={WORD}"),
    ("wagtailimages_chooser:choose", ""),
    ("wagtailimages_chooser:choose_results", f"?q={WORD}"),
    ("wagtaildocs:index", f"?q={WORD}"),
    ("wagtaildocs_chooser:choose", ""),
    ("wagtaildocs_chooser:choose_results", f"?q={WORD}"),
    ("wagtailadmin_reports:locked_pages", ""),
    ("wagtailadmin_reports:locked_pages", "?export=csv"),
    ("wagtailadmin_reports:aging_pages", ""),
    ("wagtailadmin_reports:aging_pages", "?export=csv"),
    ("wagtailadmin_reports:site_history", ""),
    ("wagtailadmin_reports:site_history", "?export=csv"),
    ("wagtailadmin_reports:workflow", ""),
    ("wagtailadmin_reports:workflow", "?export=csv"),
    ("wagtailadmin_reports:workflow_tasks", ""),
    ("wagtailadmin_reports:workflow_tasks", "?export=xlsx"),
    ("wagtailadmin_reports:page_types_usage", ""),
    ("wagtailsnippets_board_board:list", ""),
    ("wagtailsnippets_core_supplyingunit:list", ""),
    ("wagtailsnippetchoosers_core_supplyingunit:choose", ""),
    ("wagtailsnippetchoosers_board_board:choose", ""),
    ("board:emergency_list", ""),
    ("draft_comments:index", ""),
    ("draft_comments:index_results", f"?q={WORD}"),
    ("accounts:accounts", ""),
    ("wagtailusers_users:index", ""),
    ("wagtailusers_groups:index", ""),
    ("wagtailsites:index", ""),
    ("wagtailadmin_workflows:index", ""),
    ("wagtailadmin_workflows:task_index", ""),
]


def _leaks(response):
    if denied(response):
        return False
    if response.status_code != 200:
        return f"status {response.status_code}"
    body = b"".join(response) if response.streaming else response.content
    return SECRET.encode() in body or SECRET.lower().encode() in body.lower()


def test_commune_a_editor_cannot_reach_commune_b_objects(commune, board_a, b_objects):
    client = client_for(board_a["editor"])
    leaks = {}
    for url in object_urls(b_objects):
        response = client.get(url)
        if not denied(response):
            leaks[url] = response.status_code
    assert leaks == {}


def test_commune_a_head_cannot_reach_or_change_commune_b_records(commune, board_a, b_objects):
    """The head and deputy keep their board's records: not another's."""
    report = b_objects["report"]
    for role in ("head", "deputy"):
        client = client_for(board_a[role])
        leaks = {url: client.get(url).status_code for url in record_urls(b_objects)}
        assert {url: code for url, code in leaks.items() if code not in (403, 404)} == {}
        for url, target in record_listings(b_objects):
            assert not _lists(client, url, target), (role, url)
        assert not _leaks(client.get(reverse("wagtailadmin_home")))  # the decisions panel
        for action in ("party_report_refresh", "party_report_file"):
            assert client.post(reverse(f"board:{action}", args=(report.pk,))).status_code == 404
    report.refresh_from_db()
    assert report.filed_at is None and report.figures_at is None


def test_commune_a_editor_lists_nothing_of_commune_b(commune, board_a, b_objects):
    client = client_for(board_a["editor"])
    leaks = {}
    for name, query in LISTING_URLS:
        url = reverse(name) + query
        leak = _leaks(client.get(url))
        if leak:
            leaks[url] = leak
    for url, target in record_listings(b_objects):
        if _lists(client, url, target):
            leaks[url] = "lists B's record"
    assert leaks == {}


def test_the_page_chooser_and_explorer_do_not_browse_commune_b(
    commune, other_commune, board_a, b_objects
):
    client = client_for(board_a["editor"])
    for page in (other_commune.root_page, news_section(other_commune)):
        response = client.get(reverse("wagtailadmin_explore", args=(page.pk,)), follow=True)
        assert not _leaks(response), page
    for page in (other_commune.root_page, news_section(other_commune)):
        response = client.get(reverse("wagtailadmin_choose_page_child", args=(page.pk,)))
        assert not _leaks(response), page


def test_a_member_of_both_communes_sees_both(commune, other_commune, board_a, b_objects):
    editor = board_a["editor"]
    MembershipFactory(board=b_objects["board"], user=editor, role="contributor")
    response = client_for(editor).get(
        reverse("wagtailadmin_pages:edit", args=(b_objects["page"].pk,))
    )
    # In moderation and locked by B's editor, but visible to a B contributor.
    assert response.status_code == 200


POSITIVE_CONTROL = [
    ("wagtailadmin_pages:search", f"?q={WORD}"),
    ("wagtailadmin_choose_page_search", f"?q={WORD}"),
    ("wagtailimages:index", f"?q={WORD}"),
    ("wagtaildocs_chooser:choose_results", f"?q={WORD}"),
    ("wagtailadmin_reports:locked_pages", ""),
    ("wagtailadmin_reports:site_history", "?export=csv"),
    ("wagtailadmin_reports:workflow", ""),
    ("wagtailsnippets_core_supplyingunit:list", ""),
    ("draft_comments:index_results", f"?q={WORD}"),
]


def test_the_same_listings_show_commune_b_to_its_own_head(other_commune, board_b, b_objects):
    """The listings above can show B's objects: B's own head sees them."""
    client = client_for(board_b["head"])
    for name, query in POSITIVE_CONTROL:
        assert _leaks(client.get(reverse(name) + query)) is True, name
    for url, target in record_listings(b_objects):
        assert _lists(client, url, target), url
    assert SECRET in client.get(reverse("wagtailadmin_home")).content.decode()  # decisions
