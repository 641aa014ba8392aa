"""The demo's drafts for consultation: one open with comments, one closed
with its report on how the comments were taken into account."""

import datetime

from consultations.models import ConsultationPage, DraftComment
from consultations.services import comments as comment_service
from core.demo import content
from core.demo.kit import aware, publish_changes, publish_new
from questions.services.consent import current_notice


def consultations(ctx):
    index = ctx.sections["lay-y-kien"]
    index.intro = ctx.text(
        "<p>{Ten_xa} lấy ý kiến Nhân dân, tổ chức về các dự thảo văn bản trước khi ban hành.</p>"
    )
    publish_changes(index, user=ctx.users["head"])
    drafts = []
    for spec in ctx.place.get("consultations") or content.CONSULTATIONS:
        title = ctx.text(spec["title"])
        opens = ctx.today - datetime.timedelta(days=spec["opens_days_ago"])
        closes = ctx.today + datetime.timedelta(days=spec["closes_in_days"])
        draft = ctx.media.pdf(title, ["DU THAO", title, "Y kien gop y gui ve UBND."])
        page = ConsultationPage(
            title=title,
            summary=ctx.text(spec["summary"]),
            drafting_body=ctx.text(spec["drafting_body"]),
            opens_on=opens,
            closes_on=closes,
            draft_document=draft,
            how_to_comment=ctx.text(content.HOW_TO_COMMENT),
            search_description=ctx.text(spec["summary"])[:255],
        )
        drafts.append(
            publish_new(
                index,
                page,
                author=ctx.users["deputy"],
                publisher=ctx.users["head"],
                when=aware(opens, 10, 0),
            )
        )
    if ctx.place["kind"] == "commune" and ctx.board_wired:
        comments(ctx, drafts)
        reports(ctx, drafts)


def comments(ctx, drafts):
    """Citizens' comments, moderated by the board's editor."""
    notice = current_notice()
    for index, name, organisation, article, text, approved in content.CONSULTATION_COMMENTS:
        if index >= len(drafts):
            continue
        page = drafts[index]
        sent = aware(max(page.opens_on, ctx.today - datetime.timedelta(days=40)), 9, 0)
        comment = DraftComment.objects.create(
            site=ctx.site,
            page=page,
            commenter_name=name,
            organisation=organisation,
            contact="0912 000 111",
            article=article,
            text=text,
            submitted_at=sent,
            consent_at=sent,
            consent_notice=notice,
            consent_version=notice.version,
        )
        if approved:
            comment_service.approve(ctx.users["editor"], comment)


def reports(ctx, drafts):
    """The report on the comments of each closed draft."""
    for page in drafts:
        if page.closes_on >= ctx.today:
            continue
        page.report_intro = ctx.text(content.CONSULTATION_REPORT_INTRO)
        page.report = [
            ("response", {"comments": numbers, "outcome": outcome, "response": ctx.text(text)})
            for numbers, outcome, text in content.CONSULTATION_REPORT
        ]
        publish_changes(page, user=ctx.users["head"])
        published = aware(page.closes_on + datetime.timedelta(days=7), 10, 0)
        ConsultationPage.objects.filter(pk=page.pk).update(report_published_at=published)
