"""The board part of the demo: a full editorial board on each demo commune.

Called by the demo (operations/demo.py) as
``create_demo_board(site, users_by_role)`` right after it creates a commune
site and one login per role. Each login becomes a member with its role, so
its groups (and so its permissions on that commune only) follow from the
membership, exactly as for a real board.
"""

import datetime

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from wagtail.documents import get_document_model

from board.models import (
    DEFAULT_OFFICE,
    Board,
    BoardDecision,
    BoardMeeting,
    BoardMembership,
    BoardPlan,
    EmergencyPublication,
    MeetingKind,
    PartyReport,
    ReportKind,
    SectionAssignment,
)
from core.demo import content
from core.models import Role
from core.samples import make_pdf_bytes
from home.services.provisioning import collection_for_site


def _decision_spec(site):
    """Number, date and signer of the demo's establishing decision, from the
    demo's own content when it has one for this commune."""
    today = timezone.localdate()
    spec = {
        "number": "01/QĐ-UBND",
        "date": today - datetime.timedelta(days=85),
        "signer": "",
        "title": f"Quyết định kiện toàn Ban Biên tập Trang thông tin điện tử {site.site_name}",
    }
    for place in getattr(content, "COMMUNES", ()):
        if place.get("hostname") == site.hostname or place.get("name") == site.site_name:
            decision = place.get("board_decision") or {}
            number_base = place.get("number_base")
            if number_base and not decision:
                spec["number"] = f"{number_base}/QĐ-UBND"
            spec.update({k: v for k, v in decision.items() if v})
            spec["signer"] = spec["signer"] or (place.get("board_head") or ("",))[0]
            break
    return spec


@transaction.atomic
def create_demo_board(site, users_by_role):
    """Create (or find) ``site``'s board with ``users_by_role`` ({role: user})
    as members since the decision's date. Idempotent."""

    board, created = Board.objects.get_or_create(site=site)
    if not created and board.memberships.exists():
        return board
    spec = _decision_spec(site)
    start = spec["date"]
    memberships = []
    for role in Role:
        user = users_by_role.get(role.value)
        if user is None:
            continue
        memberships.append(
            BoardMembership(
                board=board,
                user=user,
                role=role,
                office=DEFAULT_OFFICE[role],
                start_date=start,
            )
        )
    board.memberships = memberships
    board.full_clean()
    board.save()
    if not board.decisions.exists():
        document = get_document_model().objects.create(
            title=spec["title"][:255],
            collection=collection_for_site(site),
            file=ContentFile(
                make_pdf_bytes(spec["title"], [f"So {spec['number']}"]), name="quyet-dinh.pdf"
            ),
        )
        BoardDecision.objects.create(
            board=board,
            number=spec["number"],
            date=start,
            signer=spec["signer"] or "Chủ tịch UBND xã",
            document=document,
        )
    board.save_revision(log_action=True)
    _assignments(board, users_by_role)
    _records(site, users_by_role, start)
    # The demo then publishes its sample content as the head; that seeding is
    # not an emergency publication. Clear what it marked once it is stored.
    transaction.on_commit(lambda: _forget_seeding_publications(site))
    return board


#: Who is in charge of which section in the demo.
DEMO_ASSIGNMENTS = {
    "editor": ("tin-tuc", "chi-dao-dieu-hanh", "van-ban"),
    "content": ("gioi-thieu", "thu-tuc-hanh-chinh", "cong-khai-thong-tin", "lien-he"),
    "deputy": ("thong-ke", "lay-y-kien", "hoi-dap"),
}


def _assignments(board, users):
    if board.assignments.exists():
        return
    for role, slugs in DEMO_ASSIGNMENTS.items():
        user = users.get(role)
        if user is not None:
            for slug in slugs:
                SectionAssignment.objects.create(board=board, section=slug, owner=user)


def _records(site, users, since):
    """The board's plan for the year, its last monthly meeting with two
    decisions (one done, one late) and the draft report of this quarter."""
    today = timezone.localdate()
    BoardPlan.objects.get_or_create(
        site=site,
        year=today.year,
        defaults={
            "text": (
                "1. Cập nhật tin, bài về hoạt động của xã ít nhất 8 tin mỗi tháng.\n"
                "2. Rà soát các chuyên mục bắt buộc mỗi quý.\n"
                "3. Trả lời câu hỏi của người dân đúng hạn."
            )
        },
    )
    if BoardMeeting.objects.filter(site=site).exists():
        return
    day = max(since, today - datetime.timedelta(days=20))
    meeting = BoardMeeting.objects.create(
        site=site,
        kind=MeetingKind.MONTHLY,
        date=day,
        minutes="Ban biên tập họp thường kỳ, đánh giá kết quả cung cấp tin trong tháng.",
    )
    meeting.attendees.set([user for user in users.values() if user is not None])
    editor, deputy = users.get("editor"), users.get("deputy")
    meeting.decisions.create(
        text="Bổ sung văn bản còn thiếu vào chuyên mục Công khai thông tin.",
        owner=editor,
        due_date=day + datetime.timedelta(days=10),
    )
    meeting.decisions.create(
        text="Đăng tin về hội nghị sơ kết công tác quý.",
        owner=deputy,
        due_date=day + datetime.timedelta(days=5),
        done_on=day + datetime.timedelta(days=3),
    )
    PartyReport.objects.create(
        site=site,
        kind=ReportKind.QUARTERLY,
        year=today.year,
        number=(today.month - 1) // 3 + 1,
        assessment="Ban biên tập duy trì hoạt động ổn định; tin, bài được cập nhật thường xuyên.",
    )


def _forget_seeding_publications(site):
    EmergencyPublication.objects.filter(site=site, reviewed_at__isnull=True).delete()
