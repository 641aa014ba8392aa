"""The demo's legal documents and statistical reports."""

import datetime
import random
from decimal import Decimal

from core.demo import content
from core.demo.kit import (
    aware,
    previous_month,
    publish_changes,
    quarter_before,
)
from core.text import fold
from deadlines.demo import publish_item
from documents.models import LegalDocumentPage, StatisticsPage


def _document(ctx, parent, spec, n):
    signed = spec.get("date") or ctx.day(spec["days_ago"])
    quarter, _start, _end = quarter_before(signed)
    words = {"n": n, "quarter": quarter}
    number = ctx.text(spec["number"], **words)
    title = ctx.text(spec["title"], **words)
    signer = spec["signer"]
    signer = ctx.words.get(signer, signer)
    file = ctx.media.pdf(
        f"{number} {title}",
        [
            ctx.place["agency_name"],
            f"So: {number}",
            f"Ngay ky: {signed:%d/%m/%Y}",
            title,
            *spec.get("lines", ()),
            f"Nguoi ky: {signer}",
        ],
    )
    page = LegalDocumentPage(
        title=title,
        number=number,
        document_type=spec["document_type"],
        issuing_body=ctx.text(spec["issuing_body"]),
        signer=signer,
        signing_date=signed,
        effective_date=signed,
        summary=ctx.text(spec["summary"], **words),
        file=file,
        search_description=title[:255],
    )
    unit = ctx.units.get("deputy")
    if unit is not None:
        page.supplying_unit = unit
        page.supplier_name = ctx.users["deputy"].get_full_name()
    # Documents are published within one working day of signing.
    when = aware(min(signed + datetime.timedelta(days=1), ctx.today), 9, 30)
    return publish_item(
        parent, page, author=ctx.users["deputy"], publisher=ctx.users["head"], when=when
    )


def documents(ctx):
    place = ctx.place
    register = ctx.sections["van-ban"]
    register.intro = ctx.text(
        "<p>Văn bản quy phạm pháp luật, văn bản chỉ đạo, điều hành do {ten_xa} ban hành. "
        "Tra cứu theo loại văn bản, năm ban hành và cơ quan ban hành.</p>"
    )
    publish_changes(register, user=ctx.users["head"])
    specs = list(place.get("documents") or content.DOCUMENTS)
    decision = place.get("board_decision")
    if decision is None and place["kind"] == "commune":
        decision = {
            "number": f"{place['number_base']}/QĐ-UBND",
            "title": "Quyết định về việc kiện toàn Ban Biên tập Trang thông tin điện tử {ten_xa}",
            "signer": "chu_tich",
            "days_ago": 85,
        }
    if decision:
        specs.insert(
            0,
            {
                "title": decision["title"],
                "number": decision["number"],
                "document_type": "decision",
                "issuing_body": "UBND {ten_xa}",
                "signer": decision["signer"],
                "date": decision.get("date"),
                "days_ago": decision.get("days_ago", 85),
                "summary": (
                    "Kiện toàn Ban Biên tập Trang thông tin điện tử {ten_xa} gồm 05 thành "
                    "viên: Trưởng ban là Chủ tịch UBND xã; Phó Trưởng ban là công chức Văn "
                    "phòng – Thống kê; 01 thành viên biên tập là cán bộ phụ trách Đài truyền "
                    "thanh xã; 02 thành viên quản lý, cung cấp nội dung thông tin."
                ),
                "lines": [
                    "Dieu 1. Kien toan Ban Bien tap Trang thong tin dien tu xa.",
                    "Dieu 2. Nhiem vu cua Ban Bien tap.",
                    "Dieu 3. Quyet dinh co hieu luc ke tu ngay ky.",
                ],
            },
        )
    base = place.get("number_base", 10)
    for order, spec in enumerate(specs):
        n = base + 7 + order * 9
        page = _document(ctx, register, spec, n)
        ctx.pages[f"doc:{spec['document_type']}"] = page
        if order == 0:
            ctx.pages["doc:board"] = page


def table(ctx, caption, columns, rows, source):
    return {
        "caption": caption,
        "source": source,
        "table": {
            "columns": [{"type": kind, "heading": heading} for kind, heading in columns],
            "rows": [{"values": list(row)} for row in rows],
        },
    }


def statistics_page(ctx, index, *, title, period, start, end, sent, summary, table, notes):
    attachment = ctx.media.pdf(
        title, [ctx.place["agency_name"], title, f"Ky bao cao: {fold(period)}"]
    )
    page = StatisticsPage(
        title=title,
        period=period,
        period_start=start,
        period_end=end,
        date_sent=sent,
        summary=summary,
        tables=[{"type": "table", "value": table}],
        attachments=[{"type": "document", "value": attachment.pk}],
        notes=notes,
        search_description=summary[:255],
    )
    unit = ctx.units.get("deputy")
    if unit is not None:
        page.supplying_unit = unit
        page.supplier_name = ctx.users["deputy"].get_full_name()
    # Statistics are published the day the report is sent.
    return publish_item(
        index,
        page,
        author=ctx.users["deputy"],
        publisher=ctx.users["head"],
        when=aware(sent, 16, 0),
    )


def statistics(ctx):
    index = ctx.sections["thong-ke"]
    index.intro = ctx.text(
        "<p>Số liệu thống kê của {ten_xa}, đăng ngay sau khi gửi báo cáo theo chế độ báo "
        "cáo thống kê hiện hành.</p>"
    )
    publish_changes(index, user=ctx.users["head"])
    if ctx.place["kind"] != "commune":
        return
    rng = random.Random(ctx.seed("statistics"))  # noqa: S311 - demo figures
    source = ctx.text("Văn phòng – Thống kê UBND {ten_xa}")

    quarter, q_start, q_end = quarter_before(ctx.today)
    rows, totals = [], [0, 0, 0]
    for village in ctx.place["villages"]:
        households = rng.randint(160, 420)
        people = int(households * (3.4 + rng.random()))
        poor = rng.randint(0, max(1, households // 25))
        rows.append((village[0].upper() + village[1:], households, people, poor))
        totals = [totals[0] + households, totals[1] + people, totals[2] + poor]
    rows.append(("Tổng cộng", *totals))
    ctx.pages["stats:population"] = statistics_page(
        ctx,
        index,
        title=ctx.text(
            "Dân số, số hộ và hộ nghèo theo {thon} quý {q}/{year}", q=quarter, year=q_end.year
        ),
        period=f"Quý {quarter}/{q_end.year}",
        start=q_start,
        end=q_end,
        sent=min(q_end + datetime.timedelta(days=5), ctx.today),
        summary=ctx.text(
            "Toàn xã có {h} hộ với {p} nhân khẩu; {poor} hộ nghèo.",
            h=f"{totals[0]:,}".replace(",", "."),
            p=f"{totals[1]:,}".replace(",", "."),
            poor=totals[2],
        ),
        table=table(
            ctx,
            ctx.text("Dân số, số hộ, hộ nghèo theo {thon}"),
            [
                ("text", ctx.text("{Thon}")),
                ("integer", "Số hộ"),
                ("integer", "Nhân khẩu"),
                ("integer", "Hộ nghèo"),
            ],
            rows,
            source,
        ),
        notes="<p>Số liệu hộ nghèo theo chuẩn nghèo đa chiều giai đoạn 2022 – 2025.</p>",
    )

    m_start, m_end = previous_month(ctx.today)
    year_start = datetime.date(m_end.year, 1, 1)
    crop_period = (
        f"Năm {m_end.year}" if m_end.month == 12 else f"{m_end.month} tháng đầu năm {m_end.year}"
    )
    crop_rows = [
        (name, Decimal(area), Decimal(yield_), Decimal(output))
        for name, area, yield_, output in ctx.place["crops"]
    ]
    statistics_page(
        ctx,
        index,
        title=ctx.text(
            "Kết quả sản xuất nông nghiệp {period} của {ten_xa}", period=crop_period.lower()
        ),
        period=crop_period,
        start=year_start,
        end=m_end,
        sent=min(m_end + datetime.timedelta(days=3), ctx.today),
        summary=ctx.text(
            "Diện tích, năng suất và sản lượng các cây trồng chính; {dac_san} tiếp tục là "
            "cây trồng chủ lực của xã."
        ),
        table=table(
            ctx,
            "Diện tích, năng suất, sản lượng cây trồng chính",
            [
                ("text", "Cây trồng"),
                ("number", "Diện tích (ha)"),
                ("number", "Năng suất (tạ/ha)"),
                ("number", "Sản lượng (tấn)"),
            ],
            [(name, str(a), str(y), str(o)) for name, a, y, o in crop_rows],
            source,
        ),
        notes="<p>Số liệu ước tính, sẽ được cập nhật khi có số liệu chính thức.</p>",
    )

    fields = [
        ("Hộ tịch", 70),
        ("Chứng thực", 120),
        ("Đất đai", 15),
        ("Bảo trợ xã hội", 12),
        ("Người có công", 6),
    ]
    rows, totals = [], [0, 0, 0, 0]
    for name, volume in fields:
        received = volume + rng.randint(0, volume // 2 + 1)
        online = int(received * (0.55 + rng.random() * 0.4))
        late = rng.randint(0, 1) if received > 20 else 0
        on_time = received - late
        rows.append((name, received, online, on_time, late))
        totals = [t + v for t, v in zip(totals, (received, online, on_time, late), strict=True)]
    rows.append(("Tổng cộng", *totals))
    ctx.pages["stats:procedures"] = statistics_page(
        ctx,
        index,
        title=ctx.text(
            "Kết quả tiếp nhận, giải quyết hồ sơ thủ tục hành chính tháng {m}/{y}",
            m=m_end.month,
            y=m_end.year,
        ),
        period=f"Tháng {m_end.month}/{m_end.year}",
        start=m_start,
        end=m_end,
        sent=min(m_end + datetime.timedelta(days=2), ctx.today),
        summary=(
            f"Tiếp nhận {totals[0]} hồ sơ, trong đó {totals[1]} hồ sơ trực tuyến; giải "
            f"quyết đúng hạn {totals[2]} hồ sơ."
        ),
        table=table(
            ctx,
            "Hồ sơ thủ tục hành chính theo lĩnh vực",
            [
                ("text", "Lĩnh vực"),
                ("integer", "Tiếp nhận"),
                ("integer", "Trực tuyến"),
                ("integer", "Đúng hạn"),
                ("integer", "Trễ hạn"),
            ],
            rows,
            "Bộ phận Một cửa UBND xã",
        ),
        notes="<p>Hồ sơ trễ hạn đã có văn bản xin lỗi người dân.</p>",
    )
