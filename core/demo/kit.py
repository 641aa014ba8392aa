"""What every app's demo builder shares: pages added and published the way
the admin does, pictures and PDFs drawn locally into the site's collection,
users, and the context of the site being filled (``DemoContext``).

The Vietnamese texts are in ``core.demo.content``; each app's ``demo``
module builds its own sections from them, and ``manage.py demo``
(operations) composes the whole district.
"""

import datetime
import hashlib
import io
import math
import random

from PIL import Image, ImageDraw, ImageFont

from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.files.base import ContentFile
from django.utils import timezone
from django.utils.text import slugify

from wagtail.documents import get_document_model
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import Page

from core.models import SiteProfile
from core.samples import make_image_bytes, make_pdf_bytes
from core.text import fold, nfc

PHOTO_SIZE = (1200, 675)
PORTRAIT_SIZE = (480, 600)
MAP_SIZE = (1200, 900)


def stable_seed(*parts):
    """A stable integer seed from any parts, so each picture differs and a
    rebuilt demo draws the same pictures."""
    digest = hashlib.sha256("|".join(str(p) for p in parts).encode()).hexdigest()
    return int(digest[:8], 16)


def fill_words(text, words):
    return nfc(text.format_map(words)) if text else text


def slug_for(title):
    """A slug without diacritics ("đ" included, which slugify alone drops),
    cut at a word boundary."""
    slug = slugify(fold(title).replace("/", "-"))
    if len(slug) > 80:
        slug = slug[:80].rsplit("-", 1)[0]
    return slug


def aware(day, hour=8, minute=0):
    moment = timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, minute)))
    return min(moment, timezone.now() - datetime.timedelta(minutes=5))


def quarter_before(day):
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


def previous_month(day):
    end = day.replace(day=1) - datetime.timedelta(days=1)
    return end.replace(day=1), end


def official_email(local, place):
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
    page.slug = page.slug or slug_for(page.title)
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
    return page


def publish_changes(page, *, user):
    """Validate and publish edits to an existing page (a mandatory section)."""
    validate_page(page)  # full_clean() included, so save_revision() need not repeat it
    page.save_revision(user=user, log_action=True, clean=False).publish(
        user=user, skip_permission_checks=True
    )
    return page


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
    draw.chord(
        [width * 0.28, height * 0.15, width * 0.72, height * 0.5], 180, 360, fill=(30, 25, 25)
    )
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
        name = (slug_for(title)[:60] or "anh") + ".jpg"
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
        name = (slug_for(title)[:60] or "van-ban") + ".pdf"
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


def ensure_user(username, *, full_name, email, password_hash, superuser=False):
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
            "email": official_email(f"ubnd.{place['mail_key']}", place),
            "ngay": "",
        }
    )
    return words


class DemoContext:
    """One site being filled: its place, users, sections and what the
    builders made that others link to (``pages``) or use (``units``)."""

    def __init__(self, place, index, site, users, today, board_wired=False):
        self.board_wired = board_wired
        self.place = place
        self.index = index
        self.site = site
        self.users = users
        self.today = today
        self.words = place_words(place, index, today)
        self.home = site.root_page.specific
        self.sections = {page.slug: page.specific for page in self.home.get_children()}
        self.media = Media(site, users["editor"])
        self.pages = {}  # pages made here that others link to
        self.units = {}

    def text(self, value, **extra):
        if extra:
            return fill_words(value, {**self.words, **extra})
        return fill_words(value, self.words)

    def day(self, days_ago):
        # Each commune's history is shifted a little so the portal's list of
        # commune news interleaves instead of showing identical dates.
        return self.today - datetime.timedelta(days=min(days_ago + 2 * self.index, 88))

    def seed(self, *parts):
        return stable_seed(self.place["key"], *parts)
