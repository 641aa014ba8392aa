"""Rich text kept to the editor's allow-list, whatever path it came by.

The admin's editor (Draftail) only ever stores what its features allow. An
import, a command or a script can store anything: scripts, styles, broken
link ids. ``clean_html`` puts such HTML through the editor's own converter
(database HTML -> editor state -> database HTML), which is what saving it in
the editor would do; ``clean_page_rich_text`` does that for every rich text
of a page, fields and StreamField blocks alike, and BasePage calls it before
each save and each revision.
"""

import logging
import re
from functools import lru_cache

from django.conf import settings
from django.utils.html import format_html_join, strip_tags

from wagtail.fields import RichTextField, StreamField
from wagtail.rich_text import RichText

logger = logging.getLogger(__name__)

# A link or embed whose id is not a number cannot be looked up (Wagtail
# raises ValueError while rendering it): keep its text, drop the element.
_BAD_LINK = re.compile(r'<a\b[^>]*\blinktype="[^"]*"[^>]*\bid="(?!\d+")[^"]*"[^>]*>(.*?)</a>', re.S)
_BLOCK_KEY = re.compile(r' data-block-key="[^"]*"')
_BAD_EMBED = re.compile(
    r'<embed\b[^>]*\bembedtype="(?:image|document)"[^>]*\bid="(?!\d+")[^"]*"[^>]*/?>'
)


def _features():
    editors = getattr(settings, "WAGTAILADMIN_RICH_TEXT_EDITORS", {})
    return tuple(editors.get("default", {}).get("OPTIONS", {}).get("features") or ())


@lru_cache(maxsize=4)
def _converter(features):
    # Imported here: the admin's converters load models, and this module is
    # imported while the page models are being defined.

    # Wagtail's converter module loads the image model when imported, which a
    # models module (this one's importer) may not do.
    from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter

    return ContentstateConverter(features=list(features) or None)


def clean_html(html):
    """``html`` as the editor would store it. Never raises: HTML the editor
    cannot read at all becomes its plain text in paragraphs."""
    if not html:
        return html
    converter = _converter(_features())
    readable_html = _BAD_EMBED.sub("", _BAD_LINK.sub(r"\1", html))
    try:
        cleaned = converter.to_database_format(converter.from_database_format(readable_html))
        # The converter gives each block a new random key: HTML that only
        # gained keys was already clean and is kept as it was.
        return html if _BLOCK_KEY.sub("", cleaned) == _BLOCK_KEY.sub("", html) else cleaned
    except Exception:  # noqa: BLE001 - any parser failure: fall back to plain text
        logger.warning("rich text could not be read by the editor; kept as plain text")
        paragraphs = [p.strip() for p in strip_tags(html).split("\n") if p.strip()]

        return str(format_html_join("", "<p>{}</p>", ((p,) for p in paragraphs)))


def readable(html):
    """True when the editor can open ``html`` as it is."""
    if not html:
        return True
    converter = _converter(_features())
    try:
        converter.from_database_format(html)
    except Exception:  # noqa: BLE001
        return False
    return not (_BAD_LINK.search(html) or _BAD_EMBED.search(html))


def _rich_texts(value):
    """Every RichText inside a StreamField value, however deeply nested."""
    if isinstance(value, RichText):
        yield value
        return
    if isinstance(value, dict):
        children = value.values()
    elif (
        isinstance(value, (list, tuple))
        or hasattr(value, "__iter__")
        and not isinstance(value, (str, bytes))
    ):
        children = value
    else:
        return
    for child in children:
        yield from _rich_texts(getattr(child, "value", child))


def clean_page_rich_text(page):
    """Clean every rich text of ``page`` in place; True when any changed."""
    changed = False
    for field in page._meta.get_fields():
        if isinstance(field, RichTextField):
            html = getattr(page, field.attname)
            cleaned = clean_html(html)
            if cleaned != html:
                setattr(page, field.attname, cleaned)
                changed = True
        elif isinstance(field, StreamField):
            for rich_text in _rich_texts(getattr(page, field.attname)):
                cleaned = clean_html(rich_text.source)
                if cleaned != rich_text.source:
                    rich_text.source = cleaned
                    changed = True
    return changed


def page_is_readable(page):
    for field in page._meta.get_fields():
        if isinstance(field, RichTextField):
            sources = [getattr(page, field.attname)]
        elif isinstance(field, StreamField):
            sources = [rt.source for rt in _rich_texts(getattr(page, field.attname))]
        else:
            continue
        if not all(readable(source) for source in sources):
            return False
    return True


class _TolerantIds:
    """A link or embed handler for which a stored id that is no number (an old
    import, a hand-edited row) is a missing object, as Wagtail already treats
    a deleted one, instead of a ValueError and a 500 on the public page."""

    @classmethod
    def get_instance(cls, attrs):
        if not str(attrs.get("id", "")).isdigit():
            raise cls.get_model().DoesNotExist
        return super().get_instance(attrs)

    @classmethod
    def get_many(cls, attrs_list):
        safe = [
            attrs if str(attrs.get("id", "")).isdigit() else {**attrs, "id": "0"}
            for attrs in attrs_list
        ]
        return super().get_many(safe)


def tolerate_broken_ids(features):
    """Wrap every model-backed link and embed handler (register_rich_text_features)."""
    for registry in (features.link_types, features.embed_types):
        for identifier, handler in list(registry.items()):
            if issubclass(handler, _TolerantIds):
                continue
            try:
                handler.get_model()
            except NotImplementedError:
                continue
            registry[identifier] = type(f"Tolerant{handler.__name__}", (_TolerantIds, handler), {})
