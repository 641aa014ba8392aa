"""The demo's site structure: sites, profiles, units, introduction,
procedures, contacts, disclosure, home pages and slogans, and
the order in which a site's sections are filled."""

import datetime

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _

from wagtail.models import Page, Site

from consultations import demo as consultations_demo
from core.demo import content
from core.demo.kit import (
    aware,
    map_bytes,
    official_email,
    portrait_bytes,
    publish_changes,
)
from core.models import SiteProfile, Supplier, SupplyingUnit
from core.text import fold, nfc
from documents import demo as documents_demo
from documents.models import LegalDocumentPage, StatisticsPage
from home.models import Banner, Leader, UnitContact
from news import demo as news_demo
from news.models import NewsPage
from questions import demo as questions_demo


def fill_site(ctx, *, portal=False):
    """Fill every section of a freshly created site, in the order in which
    later sections link to earlier ones."""
    profile(ctx)
    supplying_units(ctx)
    introduction(ctx)
    news_demo.news(ctx)
    documents_demo.documents(ctx)
    documents_demo.statistics(ctx)
    if portal:
        portal_statistics(ctx)
    procedures(ctx)
    consultations_demo.consultations(ctx)
    questions_demo.questions(ctx)
    contacts(ctx)
    disclosure(ctx)
    home_page(ctx)
    banners(ctx)


def profile(ctx):
    place = ctx.place
    profile = SiteProfile.for_site(ctx.site)
    profile.agency_name = place["agency_name"]
    profile.parent_agency = place["parent_agency"]
    profile.licence = place["licence"]
    profile.address = place["address"]
    profile.phone = place["phone"]
    profile.fax = place["fax"]
    profile.email = ctx.words["email"]
    profile.board_head_name, profile.board_head_title = place["board_head"]
    profile.public_services_url = "https://dichvucong.gov.vn/"
    profile.full_clean()
    profile.save()


def supplying_units(ctx):
    """The units that supply content (requirements S4): the radio station and two
    offices. get_or_create, because the board's demo may make them too."""

    if ctx.place["kind"] != "commune":
        return
    staff = ctx.place["staff"]
    specs = {
        "editor": ("Đài truyền thanh {ten_xa}", SupplyingUnit.Kind.RADIO),
        "deputy": ("Văn phòng – Thống kê UBND {ten_xa}", SupplyingUnit.Kind.UNIT),
        "content": ("Văn hóa – Xã hội UBND {ten_xa}", SupplyingUnit.Kind.UNIT),
    }
    for role, (name, kind) in specs.items():
        unit, created = SupplyingUnit.objects.get_or_create(
            site=ctx.site,
            name=ctx.text(name),
            defaults={
                "kind": kind,
                "leader_name": staff["head"][0],
                "leader_position": ctx.text("Chủ tịch UBND {ten_xa}"),
                "leader_email": ctx.words["email"],
            },
        )
        ctx.units[role] = unit
        user = ctx.users.get(role)
        if created and user is not None:
            Supplier.objects.create(unit=unit, name=user.get_full_name(), user=user)


def introduction(ctx):
    place = ctx.place
    page = ctx.sections["gioi-thieu"]
    intro = place["intro"]
    page.functions = ctx.text(intro.get("functions") or content.INTRO_FUNCTIONS)
    page.organisation = ctx.text(intro.get("organisation") or content.INTRO_ORGANISATION)
    page.natural_conditions = ctx.text(intro["natural_conditions"])
    page.history_culture = ctx.text(intro["history_culture"])
    page.relics = ctx.text(intro["relics"])
    spokesperson = place["spokesperson"]
    page.spokesperson_name, page.spokesperson_title, page.spokesperson_phone = spokesperson[:3]
    page.spokesperson_email = official_email(spokesperson[3], place)
    city_en, province_en = content.ENGLISH_PLACES[place["key"]]
    page.organisation_en = nfc(
        intro.get("organisation_en")
        or content.ORGANISATION_EN.format_map(
            {
                **ctx.words,
                "cap_tren_en": city_en,
                "tinh_en": province_en,
                "address_en": place.get("address_en", place["address"]),
                "phone_en": "+84 " + place["phone"].lstrip("0"),
                "spokesperson": spokesperson[0],
            }
        )
    )
    page.search_description = ctx.text(
        "Giới thiệu chức năng, nhiệm vụ, cơ cấu tổ chức, lãnh đạo và điều kiện tự nhiên "
        "của {ten_xa}."
    )
    page.boundary_map = ctx.media.image(
        ctx.text("Bản đồ địa giới hành chính {ten_xa}"),
        map_bytes(ctx.place["name"], place["villages"], ctx.seed("map")),
        alt=ctx.text("Sơ đồ địa giới hành chính {ten_xa} và vị trí các {thon}"),
    )
    leaders = []
    for order, spec in enumerate(place["leaders"]):
        photo = ctx.media.image(
            f"Ảnh {spec['name']}",
            portrait_bytes(ctx.seed("leader", order)),
            alt=f"Ảnh chân dung {spec['name']}, {spec['position']}",
        )
        leader = Leader(
            name=spec["name"],
            position=spec["position"],
            photo=photo,
            biography=spec["biography"],
            duties=spec["duties"],
            phone=spec["phone"],
            email=official_email(spec["email"], place),
            sort_order=order,
        )
        leader.full_clean(exclude=["page"])
        leaders.append(leader)
    page.leaders = leaders
    publish_changes(page, user=ctx.users["head"])
    ctx.pages["intro"] = page


def procedures(ctx):
    page = ctx.sections["thu-tuc-hanh-chinh"]
    page.intro = ctx.text(content.PROCEDURES_INTRO)
    form = ctx.media.pdf(
        "Mẫu tờ khai đăng ký khai sinh",
        ["TO KHAI DANG KY KHAI SINH", "Kinh gui: UBND xa", "Ho, chu dem, ten nguoi yeu cau:"],
    )
    blocks = []
    for order, (name, field_name, processing, fee) in enumerate(
        ctx.place.get("procedures") or content.PROCEDURES
    ):
        blocks.append(
            {
                "type": "procedure",
                "value": {
                    "name": name,
                    "field": field_name,
                    "processing_time": processing,
                    "fee": fee,
                    "online_url": content.PUBLIC_SERVICES_URL,
                    "document": form.pk if order == 0 else None,
                },
            }
        )
    page.procedures = blocks
    publish_changes(page, user=ctx.users["head"])


def contacts(ctx):
    place = ctx.place
    page = ctx.sections["lien-he"]
    page.intro = ctx.text(content.CONTACT_INTRO)
    units = []
    digits = "".join(ch for ch in place["phone"] if ch.isdigit())
    prefix = place["phone"].rsplit(" ", 1)[0]
    for order, (kind, name, mail_prefix) in enumerate(
        place.get("contacts") or content.CONTACT_UNITS
    ):
        unit = UnitContact(
            kind=kind,
            name=ctx.text(name),
            address=place["address"],
            phone=f"{prefix} {int(digits[-3:]) + order * 3 % 1000:03d}",
            fax=place["fax"] if kind in {"party", "committee"} else "",
            email=official_email(f"{mail_prefix}.{place['mail_key']}", place),
            sort_order=order,
        )
        unit.full_clean(exclude=["page"])
        units.append(unit)
    page.units = units
    publish_changes(page, user=ctx.users["head"])


def disclosure(ctx):
    page = ctx.sections["cong-khai-thong-tin"]
    page.intro = ctx.text(content.DISCLOSURE_INTRO)
    law = "Điều 17 Luật Tiếp cận thông tin năm 2016"
    sections = ctx.sections
    pages = ctx.pages
    items = [
        (
            "Văn bản quy phạm pháp luật, văn bản hành chính có giá trị áp dụng chung",
            law,
            sections["van-ban"],
            None,
        ),
        (
            "Thủ tục hành chính, quy trình giải quyết công việc",
            law,
            sections["thu-tuc-hanh-chinh"],
            None,
        ),
        ("Dự thảo văn bản lấy ý kiến Nhân dân", law, sections["lay-y-kien"], None),
        ("Báo cáo tình hình kinh tế – xã hội", law, pages.get("doc:report"), None),
        (
            "Dự toán, điều chỉnh dự toán ngân sách {ten_xa} năm {year}",
            law,
            pages.get("doc:resolution"),
            None,
        ),
        ("Số liệu thống kê dân số, số hộ, hộ nghèo", law, pages.get("stats:population"), None),
        (
            "Kết quả giải quyết thủ tục hành chính",
            "Nghị định số 61/2018/NĐ-CP",
            pages.get("stats:procedures"),
            None,
        ),
        (
            "Quyết định kiện toàn Ban Biên tập Trang thông tin điện tử",
            "Nghị định số 42/2022/NĐ-CP",
            None,
            getattr(pages.get("doc:board"), "file", None),
        ),
        (
            "Chức năng, nhiệm vụ, cơ cấu tổ chức và danh bạ điện thoại, thư điện tử",
            law,
            sections["lien-he"],
            None,
        ),
    ]
    blocks = []
    for title, basis, target_page, document in items:
        if target_page is None and document is None:
            continue
        blocks.append(
            {
                "type": "item",
                "value": {
                    "title": ctx.text(title),
                    "legal_basis": basis,
                    "page": target_page.pk if target_page is not None else None,
                    "document": document.pk if document is not None else None,
                    "url": "",
                },
            }
        )
    page.items = blocks
    publish_changes(page, user=ctx.users["head"])


def home_page(ctx):
    home = ctx.home
    home.welcome = ctx.text(ctx.place["welcome"])
    home.search_description = home.welcome[:255]
    links = [
        (
            "Thủ tục hành chính",
            ctx.sections["thu-tuc-hanh-chinh"],
            "",
            "Danh mục thủ tục và đường dẫn nộp hồ sơ trực tuyến",
        ),
        (
            "Cổng Dịch vụ công quốc gia",
            None,
            "https://dichvucong.gov.vn/",
            "Nộp hồ sơ, tra cứu kết quả giải quyết thủ tục hành chính",
        ),
        (
            "Gửi câu hỏi cho chính quyền xã",
            ctx.sections["hoi-dap"],
            "",
            "Trả lời trong 15 ngày làm việc",
        ),
        ("Văn bản mới ban hành", ctx.sections["van-ban"], "", ""),
    ]
    home.featured_links = [
        {
            "type": "link",
            "value": {
                "title": title,
                "page": page.pk if page is not None else None,
                "document": None,
                "url": url,
                "description": description,
            },
        }
        for title, page, url, description in links
    ]
    publish_changes(home, user=ctx.users["head"])


def banners(ctx):
    now = timezone.now()
    national_day = datetime.date(ctx.today.year, 9, 2)
    if ctx.today <= national_day + datetime.timedelta(days=3):
        national_day = national_day.replace(year=ctx.today.year - 1)
    specs = [
        (
            content.CURRENT_SLOGAN,
            now - datetime.timedelta(days=30),
            now + datetime.timedelta(days=90),
        ),
        (
            content.EXPIRED_SLOGAN.format(anniversary=national_day.year - 1945),
            aware(national_day - datetime.timedelta(days=14), 0, 0),
            aware(national_day + datetime.timedelta(days=3), 0, 0),
        ),
    ]
    for text, valid_from, valid_until in specs:
        banner = Banner(
            site=ctx.site, text=nfc(text), valid_from=valid_from, valid_until=valid_until
        )
        banner.full_clean()
        banner.save()


def portal_statistics(ctx):
    index = ctx.sections["thong-ke"]
    rows = []
    start = ctx.today - datetime.timedelta(days=90)
    for site in (
        Site.objects.exclude(pk=ctx.site.pk).select_related("root_page").order_by("site_name")
    ):
        root = site.root_page
        rows.append(
            (
                site.site_name,
                NewsPage.objects.live().descendant_of(root).count(),
                LegalDocumentPage.objects.live().descendant_of(root).count(),
                StatisticsPage.objects.live().descendant_of(root).count(),
            )
        )
    documents_demo.statistics_page(
        ctx,
        index,
        title="Tình hình cập nhật thông tin trên trang thông tin điện tử các xã",
        period="03 tháng gần nhất",
        start=start,
        end=ctx.today,
        sent=ctx.today,
        summary="Số tin bài, văn bản và báo cáo thống kê đã đăng của từng xã.",
        table=documents_demo.table(
            ctx,
            "Tin bài, văn bản, báo cáo thống kê đã đăng",
            [
                ("text", "Xã"),
                ("integer", "Tin bài"),
                ("integer", "Văn bản"),
                ("integer", "Báo cáo thống kê"),
            ],
            rows,
            "Phòng Văn hóa và Thông tin huyện",
        ),
        notes="<p>Theo dõi việc cập nhật thông tin của các xã theo Kế hoạch của UBND huyện.</p>",
    )


def remove_default_site():
    """Delete the Site and welcome page that Wagtail's initial migration
    creates (a plain ``Page`` at the top of the tree), so the portal can take
    ``localhost`` and be the default site."""
    plain_page = ContentType.objects.get_for_model(Page)
    welcome_pages = Page.objects.filter(depth=2, content_type=plain_page)
    for page in welcome_pages:
        if page.get_children().exists():
            continue  # somebody built under it: not the untouched welcome page
        Site.objects.filter(root_page=page).delete()
        page.delete()


def existing_demo_site(place):
    """The place's site if the demo made it before; CommandError-worthy
    ValidationError if the host name is taken by something else."""
    site = Site.objects.filter(hostname=place["hostname"]).select_related("root_page").first()
    if site is None:
        return None
    expected = "districthomepage" if place["kind"] == "portal" else "communehomepage"
    if site.root_page.specific_class._meta.model_name != expected or fold(site.site_name) != fold(
        place["name"]
    ):
        raise ValidationError(
            _(
                "The host name %(host)s is already used by the site “%(name)s”, which the "
                "demo did not make. Remove it or use another database."
            )
            % {"host": place["hostname"], "name": site.site_name}
        )
    return site
