"""The admin speaks Vietnamese, with the glossary's words (docs/glossary.md).

The project's catalogue comes first: a word it translates for the public
site must not replace Wagtail's word for something else in the admin. Its
translation of the libraries (locale/upstream) comes second and covers
every message of Wagtail, wagtail-localize, django-otp, django-axes,
django-filter and django-taggit.
"""

import re

import polib
import pytest

from django.core.management import call_command
from django.utils import translation
from django.utils.translation import gettext, pgettext

from operations import upstream_catalogue

PLACEHOLDER = re.compile(r"%\([^)]*\)[sdr]|\{[^}]*\}|<[^>]+>")

# (English word in a msgid, the Vietnamese the translation uses, words it must not use)
GLOSSARY = [
    (r"\bcollections?\b", "thư mục", ["bộ sưu tập"]),
    (r"\bworkflows?\b", "duyệt", ["luồng công việc"]),
    (r"\bquotas?\b", "chỉ tiêu", ["định mức"]),
    (r"\bunpublish(?!ed)", "gỡ xuống", ["thu hồi xuất bản"]),
    (r"\bcomments?\b", None, ["bình luận"]),
    (r"\brevisions?\b", None, ["bản sửa đổi"]),
    (r"\bapprov", None, ["phê chuẩn"]),
    (r"\bsnippets?\b", "dùng chung", ["đoạn mã"]),
    (r"\bsubmit(ted)? for moderation\b", "gửi duyệt", ["yêu cầu xem xét"]),
    (r"\bsettings\b", None, ["thiết lập", "tùy chỉnh"]),
    (r"\bdocuments?\b", None, ["tài liệu đính kèm"]),
]


def _shipped_entries():
    paths = [
        "locale/vi/LC_MESSAGES/django.po",
        *(str(upstream_catalogue.catalogue_path(domain)) for domain in upstream_catalogue.DOMAINS),
    ]
    for path in paths:
        for entry in polib.pofile(path):
            if not entry.obsolete:
                yield path, entry


def _text(entry):
    return entry.msgstr or entry.msgstr_plural.get(0, "")


def test_the_admin_menus_pages_are_pages_not_pagination():
    with translation.override("vi"):
        assert gettext("Pages") == "Trang"
        assert pgettext("pagination", "Pages") == "Phân trang"


def test_the_upstream_catalogue_is_in_step_with_the_installed_libraries():
    """Every message of the installed Wagtail and libraries is in
    locale/upstream, translated, not fuzzy: a Wagtail upgrade that brings new
    strings fails here until ``manage.py upstream_messages`` and a translator
    have been through them."""
    call_command("upstream_messages", "--check")


@pytest.mark.parametrize("domain", upstream_catalogue.DOMAINS)
def test_every_library_message_reads_in_vietnamese_through_gettext(domain):
    """Coverage computed the way a screen gets its words: Django's gettext
    under ``vi`` (the compiled catalogues, in LOCALE_PATHS order)."""
    messages = upstream_catalogue.upstream_messages(domain)
    assert len(messages) > 100
    with translation.override("vi"):
        catalog = translation.trans_real.translation("vi")
        if domain == "djangojs":
            from django.utils.translation.trans_real import DjangoTranslation

            catalog = DjangoTranslation("vi", domain="djangojs", localedirs=[])
        untranslated = []
        for (context, msgid), (source, _own) in messages.items():
            key = f"{context}\x04{msgid}" if context else msgid
            if source.msgid_plural:
                key = (key, 0)
            if not catalog._catalog.get(key):
                untranslated.append(msgid)
    assert untranslated == [], f"{len(untranslated)} of {len(messages)} not in Vietnamese"


def test_a_wagtail_screen_reads_our_words_not_wagtails_own_catalogue():
    with translation.override("vi"):
        assert gettext("Unpublish") == "Gỡ xuống"
        assert gettext("Collection") == "Thư mục"
        assert gettext("Submit for moderation") == "Gửi duyệt"
        assert gettext("%(time_period)s ago") == "%(time_period)s trước"


@pytest.mark.parametrize("english, vietnamese, banned", GLOSSARY)
def test_the_same_english_word_is_the_same_vietnamese_word(english, vietnamese, banned):
    wrong = []
    for path, entry in _shipped_entries():
        msgid = PLACEHOLDER.sub("", entry.msgid)
        if not re.search(english, msgid, re.IGNORECASE):
            continue
        text = _text(entry).lower()
        if any(word in text for word in banned) or (vietnamese and vietnamese not in text):
            wrong.append(f"{path}: {entry.msgid!r} -> {_text(entry)!r}")
    assert wrong == []


def test_no_translation_drops_or_invents_a_placeholder():
    wrong = []
    for path, entry in _shipped_entries():
        source = entry.msgid_plural or entry.msgid
        text = _text(entry)
        if text and sorted(set(PLACEHOLDER.findall(source))) != sorted(
            set(PLACEHOLDER.findall(text))
        ):
            wrong.append(f"{path}: {entry.msgid!r}")
    assert wrong == []


def test_the_browser_crawl_tells_english_from_vietnamese():
    from tests.browser.crawl import english_in

    shown = ["Live", "34 Pages", "Cập nhật", "1 giờ trước", "tancuong.bientap", "Wagtail 8.0.1"]
    assert english_in(shown) == ["Live", "34 Pages"]
