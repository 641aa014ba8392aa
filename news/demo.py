"""The demo's news: each commune's news and direction sections, with photos."""

import datetime

from core.demo import content
from core.demo.kit import (
    aware,
    publish_changes,
    stable_seed,
)
from deadlines.demo import publish_item
from news.models import NewsPage


def _news_body(ctx, spec, item_seed, words):
    paragraphs = [ctx.text(p, **words) for p in spec["paragraphs"]]
    body_image = ctx.media.photo(
        ctx.text(spec["caption"], **words),
        ctx.seed(item_seed, "body"),
        alt=ctx.text(spec["caption"], **words),
    )
    quote_text, attribution = spec["quote"]
    return [
        {"type": "paragraph", "value": f"<p>{paragraphs[0]}</p>"},
        {
            "type": "image",
            "value": {
                "image": {
                    "image": body_image.pk,
                    "alt_text": body_image.description,
                    "decorative": False,
                },
                "caption": ctx.text(spec["caption"], **words),
            },
        },
        {"type": "heading", "value": {"text": ctx.text(spec["heading"]), "level": "h2"}},
        {"type": "paragraph", "value": f"<p>{paragraphs[1]}</p>"},
        {
            "type": "quote",
            "value": {
                "text": ctx.text(quote_text, **words),
                "attribution": ctx.text(attribution, **words),
            },
        },
        {"type": "paragraph", "value": "".join(f"<p>{p}</p>" for p in paragraphs[2:])},
    ]


def _news_item(ctx, parent, spec, number):
    place = ctx.place
    event = ctx.day(spec["days_ago"])
    words = {"ngay": event.strftime("%d/%m/%Y")}
    duration = spec.get("duration", 1)
    end = event + datetime.timedelta(days=duration - 1) if duration > 1 else None
    # Published 0 to 2 days after the event, or as late as the item says
    # (a few late items give the deadline dashboard something to show).
    lag = spec.get("lag", stable_seed(place["key"], number) % 3)
    published_day = min((end or event) + datetime.timedelta(days=lag), ctx.today)
    when = aware(published_day, 8 + stable_seed(place["key"], number, "h") % 9, 15)
    title = ctx.text(spec["title"], **words)
    roles = ("editor", "contributor", "content") if place["kind"] == "commune" else ("editor",)
    role = roles[number % len(roles)]
    author_user = ctx.users[role]
    author_name = spec.get("author") or author_user.get_full_name()
    # The pictures are drawn, not taken: their descriptions say so.
    lead_alt = f"Ảnh minh họa cho tin: {title}"
    lead = ctx.media.photo(title, ctx.seed(number, "lead"), alt=lead_alt)
    page = NewsPage(
        title=title,
        summary=ctx.text(spec["summary"], **words),
        lead_image=lead,
        lead_image_alt=lead_alt[:255],
        body=_news_body(ctx, spec, number, words),
        category=spec["category"],
        event_date=event,
        event_end_date=end,
        author=author_name,
        source_kind="own" if place["kind"] == "commune" else "other",
        source="" if place["kind"] == "commune" else "Phòng Văn hóa và Thông tin huyện",
        is_urgent=False,
        search_description=ctx.text(spec["summary"], **words)[:255],
    )
    unit = ctx.units.get(role)
    if unit is not None:
        page.supplying_unit = unit
        page.supplier = unit.suppliers.filter(user=author_user).first()
        page.supplier_name = author_name
        page.unit_approver_name = unit.leader_name
        page.unit_approved_on = min(event + datetime.timedelta(days=lag), ctx.today)
    return publish_item(parent, page, author=author_user, publisher=ctx.users["head"], when=when)


def news(ctx):
    place = ctx.place
    news_index = ctx.sections["tin-tuc"]
    direction_index = ctx.sections["chi-dao-dieu-hanh"]
    news_index.intro = ctx.text(
        "<p>Tin tức, sự kiện về hoạt động của Đảng ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam "
        "và các đoàn thể {ten_xa}.</p>"
    )
    publish_changes(news_index, user=ctx.users["head"])
    direction_index.intro = ctx.text("<p>Ý kiến chỉ đạo, điều hành của lãnh đạo {ten_xa}.</p>")
    publish_changes(direction_index, user=ctx.users["head"])

    items = list(place["news"])
    if place["kind"] == "commune":
        items += content.GENERIC_NEWS
    number = 0
    for spec in sorted(items, key=lambda s: -s["days_ago"]):
        _news_item(ctx, news_index, spec, number)
        number += 1
    direction = place.get("direction") or content.DIRECTION_NEWS
    for spec in sorted(direction, key=lambda s: -s["days_ago"]):
        _news_item(ctx, direction_index, spec, number)
        number += 1
