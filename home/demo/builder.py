"""Build the demo district from ``home.demo.content``.

Everything goes through the project's own services and the admin's
validation: sites through ``create_site``, pages validated (model fields,
``clean()`` and StreamField blocks) before they are written and published
through revisions, images and PDFs into each site's own collection.

``build_demo`` is idempotent: a site that already exists is left as it is,
a user that already exists is left as it is, so a second run changes nothing.
"""

import datetime
import hashlib
import importlib
import importlib.util
import io
import math
import random
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal

from modelsearch import index as search_index
from modelsearch.signal_handlers import post_save_signal_handler
from PIL import Image, ImageDraw, ImageFont

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.auth.password_validation import validate_password
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models.signals import post_save
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.documents import get_document_model
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import Page, ReferenceIndex, Site
from wagtail.signal_handlers import disable_reference_index_auto_update
from wagtail.tasks import update_reference_index_task

from core.models import HostLevel, HostSettings, SiteProfile, SupplyingUnit
from core.samples import make_image_bytes, make_pdf_bytes
from core.text import fold, nfc
from deadlines.mixins import DeadlineMixin
from deadlines.services import refresh_deadline
from documents.models import LegalDocumentPage, StatisticsPage
from home.demo import content
from home.models import Banner, ConsultationPage, Leader, UnitContact
from home.services.provisioning import create_site
from news.models import NewsPage
from questions.models import Question, QuestionEvent
from questions.services import workflow
from questions.services.consent import current_notice
from questions.services.submission import receive_question

ROLE_LABELS = {
    "head": gettext_lazy("Head of the board"),
    "deputy": gettext_lazy("Deputy head"),
    "editor": gettext_lazy("Editor"),
    "content": gettext_lazy("Content member"),
    "contributor": gettext_lazy("Contributor"),
}

PHOTO_SIZE = (1200, 675)
PORTRAIT_SIZE = (480, 600)
MAP_SIZE = (1200, 900)


@dataclass
class SiteLine:
    name: str
    kind: str
    url: str


@dataclass
class LoginLine:
    username: str
    role: str
    site: str


@dataclass
class DemoSummary:
    """What the demo made (or found), for the command to print."""

    created_sites: list = field(default_factory=list)
    created_users: list = field(default_factory=list)
    sites: list = field(default_factory=list)
    logins: list = field(default_factory=list)
    admin_url: str = ""
    board_wired: bool = False
    password_unchanged: bool = True
    seconds: float = 0.0

    @property
    def created_anything(self):
        return bool(self.created_sites or self.created_users)


# ---------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------


def _seed(*parts):
    """A stable integer seed from any parts, so each picture differs and a
    rebuilt demo draws the same pictures."""
    digest = hashlib.sha256("|".join(str(p) for p in parts).encode()).hexdigest()
    return int(digest[:8], 16)


def _fill(text, words):
    return nfc(text.format_map(words)) if text else text


def _slug(title):
    """A slug without diacritics ("đ" included, which slugify alone drops),
    cut at a word boundary."""
    slug = slugify(fold(title).replace("/", "-"))
    if len(slug) > 80:
        slug = slug[:80].rsplit("-", 1)[0]
    return slug


def _aware(day, hour=8, minute=0):
    moment = timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, minute)))
    return min(moment, timezone.now() - datetime.timedelta(minutes=5))


def _quarter_before(day):
    """(roman numeral, start, end) of the last quarter that ended before ``day``."""
    quarter = (day.month - 1) // 3  # 0 means the previous year's fourth quarter
    year = day.year if quarter else day.year - 1
    quarter = quarter or 4
    start = datetime.date(year, 3 * quarter - 2, 1)
    end = (
        datetime.date(year, 12, 31)
        if quarter == 4
        else datetime.date(year, 3 * quarter + 1, 1) - datetime.timedelta(days=1)
    )
    return ("I", "II", "III", "IV")[quarter - 1], start, end


def _previous_month(day):
    end = day.replace(day=1) - datetime.timedelta(days=1)
    return end.replace(day=1), end


def _email(local, place):
    return f"{local}@{place['mail_domain']}"


def validate_page(page):
    """What the admin checks before it writes a page: every field, the
    model's clean() and every StreamField block (full_clean() alone does not
    look inside StreamField blocks). A page not yet in the tree cannot run
    Page.clean()'s sibling-slug check, so new pages are also cleaned by
    Page.save() (via add_child) once their parent is known."""

    for model_field in page._meta.get_fields():
        if isinstance(model_field, StreamField):
            value = getattr(page, model_field.name)
            if value or not model_field.blank:
                model_field.stream_block.clean(value)
    if page.pk:
        page.full_clean()


def publish_new(parent, page, *, author, publisher, when=None):
    """Add ``page`` under ``parent`` the way the admin does (a draft, then a
    revision that is published) and date its publication ``when``.

    The audit log names the board member who published, but permissions are
    not checked: the board's groups may not be wired yet (board.demo)."""
    page.slug = page.slug or _slug(page.title)
    page.live = False
    page.has_unpublished_changes = True
    page.owner = author
    validate_page(page)
    parent.add_child(instance=page)  # Page.save() runs full_clean() first
    # Already cleaned by add_child(): skip save_revision()'s second full_clean().
    page.save_revision(user=author, log_action=True, clean=False).publish(
        user=publisher, skip_permission_checks=True
    )
    if when is not None:
        # Listings sort by first publication: give the demo a believable history.
        Page.objects.filter(pk=page.pk).update(first_published_at=when, last_published_at=when)
        _record_deadline(page, when)
    return page


def _record_deadline(page, when):
    """The board records whether an item was published on time at its first
    publication, i.e. today for the demo; measure it against the dated
    history instead, through the board's own rule."""

    if not isinstance(page, DeadlineMixin):
        return
    page.live = True
    page.first_published_at = when
    page.published_on_time = None
    refresh_deadline(page)
    type(page).objects.filter(pk=page.pk).update(
        due_date=page.due_date, published_on_time=page.published_on_time
    )


def publish_changes(page, *, user):
    """Validate and publish edits to an existing page (a mandatory section)."""
    validate_page(page)  # full_clean() included, so save_revision() need not repeat it
    page.save_revision(user=user, log_action=True, clean=False).publish(
        user=user, skip_permission_checks=True
    )
    return page


@contextmanager
def deferred_indexing():
    """Update the search index and Wagtail's reference index once per object
    at the end, instead of on every save.

    Creating and publishing one page saves it three or four times, and each
    save re-indexes it (search) and re-scans its references (image and
    document usage): that was most of the demo's run time. Wagtail offers
    ``disable_reference_index_auto_update`` for the latter; modelsearch has no
    switch, so its post_save handler is disconnected here and reconnected in
    ``finally``. If the body fails, nothing is indexed (the transaction rolls
    back anyway).
    """


    saved = {}

    def remember(sender, instance, raw=False, **kwargs):
        if not raw and instance.pk is not None:
            saved[(sender, str(instance.pk))] = None

    indexed = [
        model
        for model in search_index.get_indexed_models()
        if getattr(model, "search_auto_update", True)
    ]
    uid = "home.demo.deferred_indexing"
    for model in indexed:
        post_save.disconnect(post_save_signal_handler, sender=model)
    post_save.connect(remember, weak=False, dispatch_uid=uid)
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        post_save.disconnect(dispatch_uid=uid)
        for model in indexed:
            post_save.connect(post_save_signal_handler, sender=model)

    indexed = set(indexed)
    tracked = set(ReferenceIndex.tracked_models)
    for model, pk in saved:
        if model in indexed:
            instance = model.objects.filter(pk=pk).first()
            if instance is not None:
                search_index.insert_or_update_object(instance)
        if model in tracked:
            update_reference_index_task.call(model._meta.app_label, model._meta.model_name, pk)


# ---------------------------------------------------------------------------
# Pictures and files made locally
# ---------------------------------------------------------------------------


#: Fonts with Vietnamese glyphs found on common Linux machines; without one,
#: the map's labels are written without diacritics in Pillow's own font.
_FONT_CANDIDATES = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "/usr/share/fonts/TTF/DejaVuSans.ttf",
    "/usr/share/fonts/dejavu/DejaVuSans.ttf",
)


def _font(size):
    """(font, writes_vietnamese) for the map's labels."""

    for path in _FONT_CANDIDATES:
        try:
            return ImageFont.truetype(path, size), True
        except OSError:
            continue
    try:
        return ImageFont.load_default(size=size), False
    except (TypeError, ImportError, OSError):  # Pillow without FreeType
        return ImageFont.load_default(), False


def portrait_bytes(seed):
    """A neutral head-and-shoulders silhouette for a leader's photo."""

    rng = random.Random(seed)  # noqa: S311 - pictures, not secrets
    width, height = PORTRAIT_SIZE
    background = (200 + rng.randint(0, 40), 215 + rng.randint(0, 30), 235)
    img = Image.new("RGB", PORTRAIT_SIZE, background)
    draw = ImageDraw.Draw(img)
    jacket = rng.choice([(40, 50, 70), (30, 60, 110), (70, 70, 80), (240, 240, 245)])
    skin = rng.choice([(224, 180, 150), (205, 160, 125), (190, 145, 110)])
    draw.ellipse([width * 0.12, height * 0.62, width * 0.88, height * 1.35], fill=jacket)
    draw.polygon(
        [(width * 0.42, height * 0.62), (width * 0.58, height * 0.62), (width * 0.5, height * 0.8)],
        fill=(250, 250, 250),
    )
    draw.ellipse([width * 0.3, height * 0.2, width * 0.7, height * 0.62], fill=skin)
    draw.chord([width * 0.28, height * 0.15, width * 0.72, height * 0.5], 180, 360, fill=(30, 25, 25))
    buffer = io.BytesIO()
    img.save(buffer, format="JPEG", quality=85)
    return buffer.getvalue()


def map_bytes(name, villages, seed):
    """A schematic boundary map: the commune's outline, a river and its
    villages, labelled."""

    rng = random.Random(seed)  # noqa: S311 - pictures, not secrets
    width, height = MAP_SIZE
    img = Image.new("RGB", MAP_SIZE, (244, 241, 230))
    draw = ImageDraw.Draw(img)
    font, vietnamese = _font(22)
    title_font, _unused = _font(32)

    def label(text):
        return text if vietnamese else fold(text)

    cx, cy = width / 2, height / 2 + 20
    points = []
    for i in range(14):
        angle = 2 * math.pi * i / 14
        radius = min(width, height) * (0.32 + rng.random() * 0.12)
        points.append((cx + radius * 1.3 * math.cos(angle), cy + radius * math.sin(angle)))
    draw.polygon(points, fill=(214, 233, 200))
    draw.line([*points, points[0]], fill=(165, 14, 14), width=6)
    river_y = rng.randint(int(height * 0.3), int(height * 0.8))
    draw.line(
        [(0, river_y), (width * 0.4, river_y + 60), (width, river_y - 40)],
        fill=(90, 150, 210),
        width=14,
    )
    for index, village in enumerate(villages):
        angle = 2 * math.pi * index / max(len(villages), 1)
        x = cx + min(width, height) * 0.22 * 1.3 * math.cos(angle)
        y = cy + min(width, height) * 0.22 * math.sin(angle)
        draw.ellipse([x - 9, y - 9, x + 9, y + 9], fill=(11, 79, 156))
        draw.text((x + 14, y - 12), label(village), fill=(20, 20, 20), font=font)
    title = label(f"Bản đồ địa giới hành chính {name}")
    draw.text((30, 24), title, fill=(0, 0, 0), font=title_font)
    caption = label("Sơ đồ minh họa – không dùng để xác định ranh giới")
    draw.text((30, height - 44), caption, fill=(60, 60, 60), font=font)
    buffer = io.BytesIO()
    img.save(buffer, format="JPEG", quality=85)
    return buffer.getvalue()


def _pdf_safe(text):
    """The sample PDFs use a standard font without Vietnamese glyphs: drop
    diacritics and typographic dashes and quotes."""
    text = str(text).translate(str.maketrans({"–": "-", "—": "-", "“": '"', "”": '"'}))
    return fold(text).encode("ascii", "replace").decode("ascii")


class Media:
    """Images and PDFs of one site, saved in the site's own collection."""

    def __init__(self, site, user):

        self.collection = SiteProfile.for_site(site).collection
        self.user = user

    def image(self, title, data, alt=""):
        image_model = get_image_model()
        name = (_slug(title)[:60] or "anh") + ".jpg"
        image = image_model(
            title=nfc(title)[:255],
            description=nfc(alt or title)[:255],
            collection=self.collection,
            uploaded_by_user=self.user,
            file=ContentFile(data, name=name),
        )
        image._set_image_file_metadata()
        image.full_clean(exclude=["file_hash"])
        image.save()
        return image

    def photo(self, title, seed, alt=""):
        return self.image(title, make_image_bytes(title, size=PHOTO_SIZE, seed=seed), alt)

    def pdf(self, title, lines=()):
        document_model = get_document_model()
        name = (_slug(title)[:60] or "van-ban") + ".pdf"
        data = make_pdf_bytes(_pdf_safe(title), [_pdf_safe(line) for line in lines])
        document = document_model(
            title=nfc(title)[:255],
            collection=self.collection,
            uploaded_by_user=self.user,
            file=ContentFile(data, name=name),
        )
        document._set_document_file_metadata()
        document.full_clean(exclude=["file_hash"])
        document.save()
        return document


# ---------------------------------------------------------------------------
# Users
# ---------------------------------------------------------------------------


def _ensure_user(username, *, full_name, email, password_hash, superuser=False):
    """Create the user if missing; return (user, created). An existing user
    is left untouched (its password included)."""
    user_model = get_user_model()
    user = user_model.objects.filter(username=username).first()
    if user is not None:
        return user, False
    user = user_model(
        username=username,
        # Vietnamese names are written family name first: keep the whole
        # name in first_name so get_full_name() reads naturally.
        first_name=full_name,
        last_name="",
        email=email,
        is_staff=superuser,
        is_superuser=superuser,
        password=password_hash,
    )
    user.full_clean(exclude=["password"])
    user.save()
    return user, True


def validate_demo_password(password):
    """The demo password must pass the project's AUTH_PASSWORD_VALIDATORS."""
    user_model = get_user_model()
    validate_password(password, user_model(username="tancuong.truongban"))
    validate_password(password, user_model(username="admin"))


# ---------------------------------------------------------------------------
# The content of one site
# ---------------------------------------------------------------------------


def place_words(place, index, today):
    words = dict(place["words"])
    villages = place["villages"]
    leaders = place["leaders"]
    words.update(
        {
            "v1": villages[0],
            "v2": villages[1 % len(villages)],
            "v3": villages[2 % len(villages)],
            "so_thon": f"{len(villages):02d}",
            "ds_thon": ", ".join(v.split(" ", 1)[1] if " " in v else v for v in villages),
            "bi_thu": leaders[0]["name"],
            "chu_tich": leaders[1]["name"],
            "pho_chu_tich": leaders[2]["name"],
            "year": today.year,
            "next_year": today.year + 1,
            "email": _email(f"ubnd.{place['mail_key']}", place),
            "ngay": "",
        }
    )
    return words


class SiteFiller:
    """Fills every section of one freshly created site."""

    def __init__(self, place, index, site, users, today, board_wired=False):
        self.board_wired = board_wired
        self.place = place
        self.index = index
        self.site = site
        self.users = users
        self.today = today
        self.words = place_words(place, index, today)
        self.home = site.root_page.specific
        self.sections = {
            page.slug: page.specific for page in self.home.get_children()
        }
        self.media = Media(site, users["editor"])
        self.pages = {}  # pages made here that others link to
        self.units = {}

    # -- helpers -----------------------------------------------------------

    def text(self, value, **extra):
        if extra:
            return _fill(value, {**self.words, **extra})
        return _fill(value, self.words)

    def day(self, days_ago):
        # Each commune's history is shifted a little so the portal's list of
        # commune news interleaves instead of showing identical dates.
        return self.today - datetime.timedelta(days=min(days_ago + 2 * self.index, 88))

    def seed(self, *parts):
        return _seed(self.place["key"], *parts)

    # -- the sections ------------------------------------------------------

    def build(self):
        self.profile()
        self.supplying_units()
        self.introduction()
        self.news()
        self.documents()
        self.statistics()
        self.procedures()
        self.consultations()
        self.questions()
        self.contacts()
        self.disclosure()
        self.home_page()
        self.banners()

    def profile(self):

        place = self.place
        profile = SiteProfile.for_site(self.site)
        profile.agency_name = place["agency_name"]
        profile.parent_agency = place["parent_agency"]
        profile.licence = place["licence"]
        profile.address = place["address"]
        profile.phone = place["phone"]
        profile.fax = place["fax"]
        profile.email = self.words["email"]
        profile.board_head_name, profile.board_head_title = place["board_head"]
        profile.public_services_url = "https://dichvucong.gov.vn/"
        profile.full_clean()
        profile.save()

    def supplying_units(self):
        """The units that supply content (003): the radio station and two
        offices. get_or_create, because the board's demo may make them too."""

        if self.place["kind"] != "commune":
            return
        staff = self.place["staff"]
        specs = {
            "editor": ("Đài truyền thanh {ten_xa}", SupplyingUnit.Kind.RADIO),
            "deputy": ("Văn phòng – Thống kê UBND {ten_xa}", SupplyingUnit.Kind.UNIT),
            "content": ("Văn hóa – Xã hội UBND {ten_xa}", SupplyingUnit.Kind.UNIT),
        }
        for role, (name, kind) in specs.items():
            unit, _created = SupplyingUnit.objects.get_or_create(
                site=self.site,
                name=self.text(name),
                defaults={"kind": kind, "leader_name": staff["head"][0]},
            )
            self.units[role] = unit

    def introduction(self):

        place = self.place
        page = self.sections["gioi-thieu"]
        intro = place["intro"]
        page.functions = self.text(intro.get("functions") or content.INTRO_FUNCTIONS)
        page.organisation = self.text(intro.get("organisation") or content.INTRO_ORGANISATION)
        page.natural_conditions = self.text(intro["natural_conditions"])
        page.history_culture = self.text(intro["history_culture"])
        page.relics = self.text(intro["relics"])
        spokesperson = place["spokesperson"]
        page.spokesperson_name, page.spokesperson_title, page.spokesperson_phone = spokesperson[:3]
        page.spokesperson_email = _email(spokesperson[3], place)
        city_en, province_en = content.ENGLISH_PLACES[place["key"]]
        page.organisation_en = nfc(
            intro.get("organisation_en")
            or content.ORGANISATION_EN.format_map(
                {
                    **self.words,
                    "cap_tren_en": city_en,
                    "tinh_en": province_en,
                    "address_en": place.get("address_en", place["address"]),
                    "phone_en": "+84 " + place["phone"].lstrip("0"),
                    "spokesperson": spokesperson[0],
                }
            )
        )
        page.search_description = self.text(
            "Giới thiệu chức năng, nhiệm vụ, cơ cấu tổ chức, lãnh đạo và điều kiện tự nhiên "
            "của {ten_xa}."
        )
        page.boundary_map = self.media.image(
            self.text("Bản đồ địa giới hành chính {ten_xa}"),
            map_bytes(self.place["name"], place["villages"], self.seed("map")),
            alt=self.text("Sơ đồ địa giới hành chính {ten_xa} và vị trí các {thon}"),
        )
        leaders = []
        for order, spec in enumerate(place["leaders"]):
            photo = self.media.image(
                f"Ảnh {spec['name']}",
                portrait_bytes(self.seed("leader", order)),
                alt=f"Ảnh chân dung {spec['name']}, {spec['position']}",
            )
            leader = Leader(
                name=spec["name"],
                position=spec["position"],
                photo=photo,
                biography=spec["biography"],
                duties=spec["duties"],
                phone=spec["phone"],
                email=_email(spec["email"], place),
                sort_order=order,
            )
            leader.full_clean(exclude=["page"])
            leaders.append(leader)
        page.leaders = leaders
        publish_changes(page, user=self.users["head"])
        self.pages["intro"] = page

    def _news_body(self, spec, item_seed, words):
        paragraphs = [self.text(p, **words) for p in spec["paragraphs"]]
        body_image = self.media.photo(
            self.text(spec["caption"], **words), self.seed(item_seed, "body"),
            alt=self.text(spec["caption"], **words),
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
                    "caption": self.text(spec["caption"], **words),
                },
            },
            {"type": "heading", "value": {"text": self.text(spec["heading"]), "level": "h2"}},
            {"type": "paragraph", "value": f"<p>{paragraphs[1]}</p>"},
            {
                "type": "quote",
                "value": {
                    "text": self.text(quote_text, **words),
                    "attribution": self.text(attribution, **words),
                },
            },
            {"type": "paragraph", "value": "".join(f"<p>{p}</p>" for p in paragraphs[2:])},
        ]

    def _news_item(self, parent, spec, number):

        place = self.place
        event = self.day(spec["days_ago"])
        words = {"ngay": event.strftime("%d/%m/%Y")}
        duration = spec.get("duration", 1)
        end = event + datetime.timedelta(days=duration - 1) if duration > 1 else None
        # Published 0 to 2 days after the event, or as late as the item says
        # (a few late items give the deadline dashboard something to show).
        lag = spec.get("lag", _seed(place["key"], number) % 3)
        published_day = min((end or event) + datetime.timedelta(days=lag), self.today)
        when = _aware(published_day, 8 + _seed(place["key"], number, "h") % 9, 15)
        title = self.text(spec["title"], **words)
        roles = ("editor", "contributor", "content") if place["kind"] == "commune" else ("editor",)
        role = roles[number % len(roles)]
        author_user = self.users[role]
        author_name = spec.get("author") or author_user.get_full_name()
        # The pictures are drawn, not taken: their descriptions say so.
        lead_alt = f"Ảnh minh họa cho tin: {title}"
        lead = self.media.photo(title, self.seed(number, "lead"), alt=lead_alt)
        page = NewsPage(
            title=title,
            summary=self.text(spec["summary"], **words),
            lead_image=lead,
            lead_image_alt=lead_alt[:255],
            body=self._news_body(spec, number, words),
            category=spec["category"],
            event_date=event,
            event_end_date=end,
            author=author_name,
            source="" if place["kind"] == "commune" else "Phòng Văn hóa và Thông tin huyện",
            is_urgent=False,
            search_description=self.text(spec["summary"], **words)[:255],
        )
        unit = self.units.get(role)
        if unit is not None:
            page.supplying_unit = unit
            page.supplier_name = author_name
            page.unit_approver_name = unit.leader_name
            page.unit_approved_on = min(event + datetime.timedelta(days=lag), self.today)
        return publish_new(
            parent, page, author=author_user, publisher=self.users["head"], when=when
        )

    def news(self):
        place = self.place
        news_index = self.sections["tin-tuc"]
        direction_index = self.sections["chi-dao-dieu-hanh"]
        news_index.intro = self.text(
            "<p>Tin tức, sự kiện về hoạt động của Đảng ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam "
            "và các đoàn thể {ten_xa}.</p>"
        )
        publish_changes(news_index, user=self.users["head"])
        direction_index.intro = self.text(
            "<p>Ý kiến chỉ đạo, điều hành của lãnh đạo {ten_xa}.</p>"
        )
        publish_changes(direction_index, user=self.users["head"])

        items = list(place["news"])
        if place["kind"] == "commune":
            items += content.GENERIC_NEWS
        number = 0
        for spec in sorted(items, key=lambda s: -s["days_ago"]):
            self._news_item(news_index, spec, number)
            number += 1
        direction = place.get("direction") or content.DIRECTION_NEWS
        for spec in sorted(direction, key=lambda s: -s["days_ago"]):
            self._news_item(direction_index, spec, number)
            number += 1

    def _document(self, parent, spec, n):

        signed = spec.get("date") or self.day(spec["days_ago"])
        quarter, _start, _end = _quarter_before(signed)
        words = {"n": n, "quarter": quarter}
        number = self.text(spec["number"], **words)
        title = self.text(spec["title"], **words)
        signer = spec["signer"]
        signer = self.words.get(signer, signer)
        file = self.media.pdf(
            f"{number} {title}",
            [
                self.place["agency_name"],
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
            issuing_body=self.text(spec["issuing_body"]),
            signer=signer,
            signing_date=signed,
            effective_date=signed,
            summary=self.text(spec["summary"], **words),
            file=file,
            search_description=title[:255],
        )
        unit = self.units.get("deputy")
        if unit is not None:
            page.supplying_unit = unit
            page.supplier_name = self.users["deputy"].get_full_name()
        # Documents are published within one working day of signing.
        when = _aware(min(signed + datetime.timedelta(days=1), self.today), 9, 30)
        return publish_new(
            parent, page, author=self.users["deputy"], publisher=self.users["head"], when=when
        )

    def documents(self):
        place = self.place
        register = self.sections["van-ban"]
        register.intro = self.text(
            "<p>Văn bản quy phạm pháp luật, văn bản chỉ đạo, điều hành do {ten_xa} ban hành. "
            "Tra cứu theo loại văn bản, năm ban hành và cơ quan ban hành.</p>"
        )
        publish_changes(register, user=self.users["head"])
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
            page = self._document(register, spec, n)
            self.pages[f"doc:{spec['document_type']}"] = page
            if order == 0:
                self.pages["doc:board"] = page

    def _table(self, caption, columns, rows, source):
        return {
            "caption": caption,
            "source": source,
            "table": {
                "columns": [{"type": kind, "heading": heading} for kind, heading in columns],
                "rows": [{"values": list(row)} for row in rows],
            },
        }

    def _statistics_page(self, index, *, title, period, start, end, sent, summary, table, notes):

        attachment = self.media.pdf(
            title, [self.place["agency_name"], title, f"Ky bao cao: {fold(period)}"]
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
        unit = self.units.get("deputy")
        if unit is not None:
            page.supplying_unit = unit
            page.supplier_name = self.users["deputy"].get_full_name()
        # Statistics are published the day the report is sent.
        return publish_new(
            index,
            page,
            author=self.users["deputy"],
            publisher=self.users["head"],
            when=_aware(sent, 16, 0),
        )

    def statistics(self):
        index = self.sections["thong-ke"]
        index.intro = self.text(
            "<p>Số liệu thống kê của {ten_xa}, đăng ngay sau khi gửi báo cáo theo chế độ báo "
            "cáo thống kê hiện hành.</p>"
        )
        publish_changes(index, user=self.users["head"])
        if self.place["kind"] != "commune":
            return
        rng = random.Random(self.seed("statistics"))  # noqa: S311 - demo figures
        source = self.text("Văn phòng – Thống kê UBND {ten_xa}")

        quarter, q_start, q_end = _quarter_before(self.today)
        rows, totals = [], [0, 0, 0]
        for village in self.place["villages"]:
            households = rng.randint(160, 420)
            people = int(households * (3.4 + rng.random()))
            poor = rng.randint(0, max(1, households // 25))
            rows.append((village[0].upper() + village[1:], households, people, poor))
            totals = [totals[0] + households, totals[1] + people, totals[2] + poor]
        rows.append(("Tổng cộng", *totals))
        self.pages["stats:population"] = self._statistics_page(
            index,
            title=self.text("Dân số, số hộ và hộ nghèo theo {thon} quý {q}/{year}", q=quarter,
                            year=q_end.year),
            period=f"Quý {quarter}/{q_end.year}",
            start=q_start,
            end=q_end,
            sent=min(q_end + datetime.timedelta(days=5), self.today),
            summary=self.text(
                "Toàn xã có {h} hộ với {p} nhân khẩu; {poor} hộ nghèo.",
                h=f"{totals[0]:,}".replace(",", "."),
                p=f"{totals[1]:,}".replace(",", "."),
                poor=totals[2],
            ),
            table=self._table(
                self.text("Dân số, số hộ, hộ nghèo theo {thon}"),
                [("text", self.text("{Thon}")), ("integer", "Số hộ"),
                 ("integer", "Nhân khẩu"), ("integer", "Hộ nghèo")],
                rows,
                source,
            ),
            notes="<p>Số liệu hộ nghèo theo chuẩn nghèo đa chiều giai đoạn 2022 – 2025.</p>",
        )

        m_start, m_end = _previous_month(self.today)
        year_start = datetime.date(m_end.year, 1, 1)
        crop_period = (
            f"Năm {m_end.year}" if m_end.month == 12 else f"{m_end.month} tháng đầu năm {m_end.year}"
        )
        crop_rows = [
            (name, Decimal(area), Decimal(yield_), Decimal(output))
            for name, area, yield_, output in self.place["crops"]
        ]
        self._statistics_page(
            index,
            title=self.text(
                "Kết quả sản xuất nông nghiệp {period} của {ten_xa}", period=crop_period.lower()
            ),
            period=crop_period,
            start=year_start,
            end=m_end,
            sent=min(m_end + datetime.timedelta(days=3), self.today),
            summary=self.text(
                "Diện tích, năng suất và sản lượng các cây trồng chính; {dac_san} tiếp tục là "
                "cây trồng chủ lực của xã."
            ),
            table=self._table(
                "Diện tích, năng suất, sản lượng cây trồng chính",
                [("text", "Cây trồng"), ("number", "Diện tích (ha)"),
                 ("number", "Năng suất (tạ/ha)"), ("number", "Sản lượng (tấn)")],
                [(name, str(a), str(y), str(o)) for name, a, y, o in crop_rows],
                source,
            ),
            notes="<p>Số liệu ước tính, sẽ được cập nhật khi có số liệu chính thức.</p>",
        )

        fields = [
            ("Hộ tịch", 70), ("Chứng thực", 120), ("Đất đai", 15),
            ("Bảo trợ xã hội", 12), ("Người có công", 6),
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
        self.pages["stats:procedures"] = self._statistics_page(
            index,
            title=self.text(
                "Kết quả tiếp nhận, giải quyết hồ sơ thủ tục hành chính tháng {m}/{y}",
                m=m_end.month, y=m_end.year,
            ),
            period=f"Tháng {m_end.month}/{m_end.year}",
            start=m_start,
            end=m_end,
            sent=min(m_end + datetime.timedelta(days=2), self.today),
            summary=(
                f"Tiếp nhận {totals[0]} hồ sơ, trong đó {totals[1]} hồ sơ trực tuyến; giải "
                f"quyết đúng hạn {totals[2]} hồ sơ."
            ),
            table=self._table(
                "Hồ sơ thủ tục hành chính theo lĩnh vực",
                [("text", "Lĩnh vực"), ("integer", "Tiếp nhận"), ("integer", "Trực tuyến"),
                 ("integer", "Đúng hạn"), ("integer", "Trễ hạn")],
                rows,
                "Bộ phận Một cửa UBND xã",
            ),
            notes="<p>Hồ sơ trễ hạn đã có văn bản xin lỗi người dân.</p>",
        )

    def procedures(self):
        page = self.sections["thu-tuc-hanh-chinh"]
        page.intro = self.text(content.PROCEDURES_INTRO)
        form = self.media.pdf(
            "Mẫu tờ khai đăng ký khai sinh",
            ["TO KHAI DANG KY KHAI SINH", "Kinh gui: UBND xa", "Ho, chu dem, ten nguoi yeu cau:"],
        )
        blocks = []
        for order, (name, field_name, processing, fee) in enumerate(
            self.place.get("procedures") or content.PROCEDURES
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
        publish_changes(page, user=self.users["head"])

    def consultations(self):

        index = self.sections["lay-y-kien"]
        index.intro = self.text(
            "<p>{Ten_xa} lấy ý kiến Nhân dân, tổ chức về các dự thảo văn bản trước khi ban "
            "hành.</p>"
        )
        publish_changes(index, user=self.users["head"])
        for spec in self.place.get("consultations") or content.CONSULTATIONS:
            title = self.text(spec["title"])
            opens = self.today - datetime.timedelta(days=spec["opens_days_ago"])
            closes = self.today + datetime.timedelta(days=spec["closes_in_days"])
            draft = self.media.pdf(title, ["DU THAO", title, "Y kien gop y gui ve UBND."])
            page = ConsultationPage(
                title=title,
                summary=self.text(spec["summary"]),
                drafting_body=self.text(spec["drafting_body"]),
                opens_on=opens,
                closes_on=closes,
                draft_document=draft,
                how_to_comment=self.text(content.HOW_TO_COMMENT),
                search_description=self.text(spec["summary"])[:255],
            )
            publish_new(
                index,
                page,
                author=self.users["deputy"],
                publisher=self.users["head"],
                when=_aware(opens, 10, 0),
            )

    def questions(self):
        page = self.sections["hoi-dap"]
        page.intro = self.text(
            "<p>Người dân, tổ chức gửi câu hỏi, kiến nghị đến UBND {ten_xa}. Câu trả lời được "
            "đăng không quá 15 ngày làm việc kể từ khi tiếp nhận.</p>"
        )
        publish_changes(page, user=self.users["head"])
        if self.place["kind"] == "commune" and self.board_wired:
            self.questions_and_answers()

    def questions_and_answers(self):
        """Questions received, answered by a board member and published by
        the head, through the questions app's services (roles, four eyes and
        its log included); then dated like the rest of the demo."""

        notice = current_notice()
        users = self.users
        for spec in content.QUESTIONS:
            received = _aware(self.day(spec["days_ago"]), 9, 30)
            question = receive_question(
                site=self.site,
                notice=notice,
                asker_name=spec["asker"],
                topic=spec["topic"],
                text=self.text(spec["text"]),
                phone=spec["phone"],
                now=received,
            )
            if not spec.get("answer"):
                continue
            workflow.assign(users["deputy"], question, users["content"])
            workflow.answer(users["content"], question, self.text(spec["answer"]))
            workflow.submit(users["content"], question)
            workflow.publish(users["head"], question)
            answered_day = received.date() + datetime.timedelta(days=spec["answer_after"])
            while answered_day.weekday() >= 5:  # the board answers on working days
                answered_day += datetime.timedelta(days=1)
            answered = _aware(min(answered_day, self.today), 15, 0)
            Question.objects.filter(pk=question.pk).update(
                answered_at=answered, published_at=answered, closed_at=answered
            )
            QuestionEvent.objects.filter(question=question).exclude(action="receive").update(
                at=answered
            )

    def contacts(self):

        place = self.place
        page = self.sections["lien-he"]
        page.intro = self.text(content.CONTACT_INTRO)
        units = []
        digits = "".join(ch for ch in place["phone"] if ch.isdigit())
        prefix = place["phone"].rsplit(" ", 1)[0]
        for order, (kind, name, mail_prefix) in enumerate(
            place.get("contacts") or content.CONTACT_UNITS
        ):
            unit = UnitContact(
                kind=kind,
                name=self.text(name),
                address=place["address"],
                phone=f"{prefix} {int(digits[-3:]) + order * 3 % 1000:03d}",
                fax=place["fax"] if kind in {"party", "committee"} else "",
                email=_email(f"{mail_prefix}.{place['mail_key']}", place),
                sort_order=order,
            )
            unit.full_clean(exclude=["page"])
            units.append(unit)
        page.units = units
        publish_changes(page, user=self.users["head"])

    def disclosure(self):
        page = self.sections["cong-khai-thong-tin"]
        page.intro = self.text(content.DISCLOSURE_INTRO)
        law = "Điều 17 Luật Tiếp cận thông tin năm 2016"
        sections = self.sections
        pages = self.pages
        items = [
            ("Văn bản quy phạm pháp luật, văn bản hành chính có giá trị áp dụng chung",
             law, sections["van-ban"], None),
            ("Thủ tục hành chính, quy trình giải quyết công việc",
             law, sections["thu-tuc-hanh-chinh"], None),
            ("Dự thảo văn bản lấy ý kiến Nhân dân",
             law, sections["lay-y-kien"], None),
            ("Báo cáo tình hình kinh tế – xã hội",
             law, pages.get("doc:report"), None),
            ("Dự toán, điều chỉnh dự toán ngân sách {ten_xa} năm {year}",
             law, pages.get("doc:resolution"), None),
            ("Số liệu thống kê dân số, số hộ, hộ nghèo",
             law, pages.get("stats:population"), None),
            ("Kết quả giải quyết thủ tục hành chính",
             "Nghị định số 61/2018/NĐ-CP", pages.get("stats:procedures"), None),
            ("Quyết định kiện toàn Ban Biên tập Trang thông tin điện tử",
             "Nghị định số 42/2022/NĐ-CP", None, getattr(pages.get("doc:board"), "file", None)),
            ("Chức năng, nhiệm vụ, cơ cấu tổ chức và danh bạ điện thoại, thư điện tử",
             law, sections["lien-he"], None),
        ]
        blocks = []
        for title, basis, target_page, document in items:
            if target_page is None and document is None:
                continue
            blocks.append(
                {
                    "type": "item",
                    "value": {
                        "title": self.text(title),
                        "legal_basis": basis,
                        "page": target_page.pk if target_page is not None else None,
                        "document": document.pk if document is not None else None,
                        "url": "",
                    },
                }
            )
        page.items = blocks
        publish_changes(page, user=self.users["head"])

    def home_page(self):
        home = self.home
        home.welcome = self.text(self.place["welcome"])
        home.search_description = home.welcome[:255]
        links = [
            ("Thủ tục hành chính", self.sections["thu-tuc-hanh-chinh"], "",
             "Danh mục thủ tục và đường dẫn nộp hồ sơ trực tuyến"),
            ("Cổng Dịch vụ công quốc gia", None, "https://dichvucong.gov.vn/",
             "Nộp hồ sơ, tra cứu kết quả giải quyết thủ tục hành chính"),
            ("Gửi câu hỏi cho chính quyền xã", self.sections["hoi-dap"], "",
             "Trả lời trong 15 ngày làm việc"),
            ("Văn bản mới ban hành", self.sections["van-ban"], "", ""),
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
        publish_changes(home, user=self.users["head"])

    def banners(self):

        now = timezone.now()
        national_day = datetime.date(self.today.year, 9, 2)
        if self.today <= national_day + datetime.timedelta(days=3):
            national_day = national_day.replace(year=self.today.year - 1)
        specs = [
            (content.CURRENT_SLOGAN, now - datetime.timedelta(days=30),
             now + datetime.timedelta(days=90)),
            (
                content.EXPIRED_SLOGAN.format(anniversary=national_day.year - 1945),
                _aware(national_day - datetime.timedelta(days=14), 0, 0),
                _aware(national_day + datetime.timedelta(days=3), 0, 0),
            ),
        ]
        for text, valid_from, valid_until in specs:
            banner = Banner(
                site=self.site, text=nfc(text), valid_from=valid_from, valid_until=valid_until
            )
            banner.full_clean()
            banner.save()


class PortalFiller(SiteFiller):
    """The hosting portal: its own sections (its documents, procedures and
    contacts come from ``content.PORTAL``), plus a statistic of how the
    commune sites are kept up to date."""

    def statistics(self):

        super().statistics()
        index = self.sections["thong-ke"]
        rows = []
        start = self.today - datetime.timedelta(days=90)
        for site in Site.objects.exclude(pk=self.site.pk).select_related("root_page").order_by(
            "site_name"
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
        self._statistics_page(
            index,
            title="Tình hình cập nhật thông tin trên trang thông tin điện tử các xã",
            period="03 tháng gần nhất",
            start=start,
            end=self.today,
            sent=self.today,
            summary="Số tin bài, văn bản và báo cáo thống kê đã đăng của từng xã.",
            table=self._table(
                "Tin bài, văn bản, báo cáo thống kê đã đăng",
                [("text", "Xã"), ("integer", "Tin bài"), ("integer", "Văn bản"),
                 ("integer", "Báo cáo thống kê")],
                rows,
                "Phòng Văn hóa và Thông tin huyện",
            ),
            notes="<p>Theo dõi việc cập nhật thông tin của các xã theo Kế hoạch của UBND huyện.</p>",
        )


# ---------------------------------------------------------------------------
# The whole demo
# ---------------------------------------------------------------------------


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


def _existing_site(place):
    """The place's site if the demo made it before; CommandError-worthy
    ValidationError if the host name is taken by something else."""
    site = Site.objects.filter(hostname=place["hostname"]).select_related("root_page").first()
    if site is None:
        return None
    expected = "districthomepage" if place["kind"] == "portal" else "communehomepage"
    if site.root_page.specific_class._meta.model_name != expected or fold(
        site.site_name
    ) != fold(place["name"]):
        raise ValidationError(
            _(
                "The host name %(host)s is already used by the site “%(name)s”, which the "
                "demo did not make. Remove it or use another database."
            )
            % {"host": place["hostname"], "name": site.site_name}
        )
    return site


def _board_demo_available():
    """Whether the board app provides its demo wiring (memberships, groups):
    ``board.demo.create_demo_board(site, users_by_role)``. This is the one
    place the demo checks for it."""
    return importlib.util.find_spec("board.demo") is not None


def _board_demo():
    if not _board_demo_available():
        return None
    return importlib.import_module("board.demo").create_demo_board


def build_demo(*, password, port=8000, today=None):
    """Create the demo district (or find it) and return a DemoSummary."""
    started = time.monotonic()
    today = today or timezone.localdate()
    validate_demo_password(password)
    password_hash = make_password(password)
    summary = DemoSummary()
    create_demo_board = _board_demo()
    summary.board_wired = create_demo_board is not None

    def root_url(site):
        # An existing site keeps the port it was made with.
        return f"http://{site.hostname}" + ("" if site.port == 80 else f":{site.port}")


    with transaction.atomic(), deferred_indexing():
        remove_default_site()

        host = HostSettings.load()
        if not host.name:
            host.level = HostLevel.DISTRICT
            host.name = content.PORTAL["host_name"]
            host.full_clean()
            host.save()

        admin, created = _ensure_user(
            "admin",
            full_name="Quản trị hệ thống huyện Phú Tân",
            email="quantri.phutan@angiang.gov.vn",
            password_hash=password_hash,
            superuser=True,
        )
        if created:
            summary.created_users.append(admin.username)
        else:
            # Existing accounts keep their password: say so if it differs.
            summary.password_unchanged = admin.check_password(password)
        summary.logins.append(
            LoginLine("admin", _("District admin (superuser)"), _("all sites"))
        )

        places = [content.PORTAL, *content.COMMUNES]
        built = []
        for index, place in enumerate(places):
            site = _existing_site(place)
            new = site is None
            if new:
                site = create_site(
                    hostname=place["hostname"],
                    name=place["name"],
                    port=port,
                    kind=place["kind"],
                    agency_name=place["agency_name"],
                    is_default=place["kind"] == "portal",
                )
                summary.created_sites.append(site.site_name)
            users = {role: admin for role in content.ROLE_USERNAMES}
            if place["kind"] == "commune":
                for role, suffix in content.ROLE_USERNAMES.items():
                    username = f"{place['key']}.{suffix}"
                    full_name, title = place["staff"][role]
                    user, created = _ensure_user(
                        username,
                        full_name=full_name,
                        email=_email(f"{suffix}.{place['mail_key']}", place),
                        password_hash=password_hash,
                    )
                    users[role] = user
                    if created:
                        summary.created_users.append(username)
                    summary.logins.append(
                        LoginLine(username, f"{ROLE_LABELS[role]} – {title}", place["name"])
                    )
                if new and create_demo_board is not None:
                    create_demo_board(site, users)
            if new:
                built.append((index, place, site, users))
            summary.sites.append(
                SiteLine(
                    place["name"],
                    place["kind"],
                    f"{root_url(site)}/",
                )
            )

        # Communes first, so the portal's statistic counts their content.
        for index, place, site, users in sorted(built, key=lambda b: b[1]["kind"] == "portal"):
            filler = PortalFiller if place["kind"] == "portal" else SiteFiller
            filler(place, index, site, users, today, summary.board_wired).build()

    portal = Site.objects.get(hostname=content.PORTAL["hostname"])
    summary.admin_url = f"{root_url(portal)}/admin/"
    summary.seconds = time.monotonic() - started
    return summary
