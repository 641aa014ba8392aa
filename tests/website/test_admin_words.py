"""The admin speaks Vietnamese, with the glossary's words (docs/glossary.md).

The project's catalogue comes first: a word it translates for the public
site must not replace Wagtail's word for something else in the admin. Its
translation of the libraries (locale/upstream) comes second and covers
every message of Wagtail, wagtail-localize, django-otp, django-axes,
django-filter and django-taggit.
"""

import hashlib
import importlib.util
import re
from pathlib import Path

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


#: Upstream files the project overrides or relabels because they print English
#: without gettext (website/templates, core/wagtail_words.py), or whose subject
#: it rewrites to name the commune: sha256 (16 hex) for Wagtail 8.0.1 and
#: wagtail-localize 1.14.5. A change upstream fails here: compare the new file
#: with the override, then record the new hash.
OVERRIDDEN = {
    "wagtail/admin/templates/wagtailadmin/shared/headers/_actions.html": "facea723b6b91762",
    "wagtail/admin/templates/wagtailadmin/pages/listing/_page_title_column_header.html": (
        "6edca9f62c0dd844"
    ),
    "wagtail/admin/templates/wagtailadmin/shared/user_avatar.html": "10cbd09a2e9434e5",
    "wagtail_localize/locales/templates/wagtaillocales/index.html": "a7fb4f60c524d2e9",
    "wagtail/sites/views.py": "6053ce7e9258141a",
    **{
        f"wagtail/admin/templates/wagtailadmin/notifications/{name}_subject.txt": digest
        for name, digest in {
            "approved": "988600bac17df991",
            "rejected": "f6c0134df24187e3",
            "task_state_approved": "35a471c4a682af00",
            "task_state_rejected": "513f7f9336a0b2bd",
            "task_state_submitted": "d4863a1a2759c40b",
            "updated_comments": "7cd50a5b255aac7d",
            "workflow_state_approved": "a33d187e703bf129",
            "workflow_state_rejected": "385b11f61a58fdb2",
            "workflow_state_submitted": "ec96c623544be9ed",
        }.items()
    },
}


@pytest.mark.parametrize("path", sorted(OVERRIDDEN))
def test_an_overridden_upstream_file_is_the_one_the_override_was_written_for(path):
    package, _, rest = path.partition("/")
    root = Path(importlib.util.find_spec(package).origin).parent
    digest = hashlib.sha256((root / rest).read_bytes()).hexdigest()[:16]
    assert digest == OVERRIDDEN[path], f"{path} changed upstream: compare it with our override"
