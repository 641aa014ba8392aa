"""Walk the admin as one account and collect the English left on screen.

The crawler follows the admin links it finds, breadth first, visiting at
most a few screens of each kind (URLs with their numbers folded), and never
one that acts on GET (logout, downloads, previews). On each screen it reads
the visible text nodes and the labels a screen reader speaks (aria-label,
title, placeholder) and keeps those that read as English: words found in
the libraries' English messages, no Vietnamese letter, outside <code>.
"""

import json
import re
from functools import cache
from urllib.parse import urldefrag, urlsplit

import polib

from operations import upstream_catalogue

# Words that are the same in both languages or are names, not UI words.
NEUTRAL = {
    "wagtail", "pdf", "url", "api", "id", "json", "csv", "xlsx", "http", "https", "www",
    "ok", "email", "gov", "utc", "otp", "totp", "ip", "ipv4", "ipv6", "sha256", "svg",
    "png", "jpg", "jpeg", "gif", "webp", "html", "ascii", "unicode", "utf", "docx", "zip",
    "google", "freeotp", "authenticator", "localhost", "admin",
}  # fmt: skip

SKIP = re.compile(
    r"/logout/|/preview/|/download|export|\.xlsx|/xlsx/|\.csv|/serve/|/jsi18n/|/2fa/(setup|verify)/"
    r"|password_reset|/usage/|/workflow/action/|/lock/|/unlock/|/revisions/\d+/view/"
)

COLLECT = """
() => {
  const out = [];
  const skip = new Set(['SCRIPT', 'STYLE', 'CODE', 'KBD', 'PRE', 'TEXTAREA', 'NOSCRIPT', 'TEMPLATE']);
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let node;
  while ((node = walker.nextNode())) {
    const text = node.nodeValue.trim();
    if (!text) continue;
    let el = node.parentElement, hidden = false;
    for (let e = el; e; e = e.parentElement) {
      if (skip.has(e.tagName) || e.translate === false || e.hasAttribute('data-user-content')) {
        hidden = true; break;
      }
    }
    if (hidden || !el.checkVisibility()) continue;
    out.push(text);
  }
  for (const el of document.querySelectorAll('[aria-label], [title], [placeholder]')) {
    if (!el.checkVisibility()) continue;
    for (const attr of ['aria-label', 'title', 'placeholder']) {
      const value = el.getAttribute(attr);
      if (value && value.trim()) out.push(value.trim());
    }
  }
  return out;
}
"""

VIETNAMESE = re.compile(
    "[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]", re.IGNORECASE
)
WORD = re.compile(r"[A-Za-z]{3,}")
# Code names (app.model, shown under each page type) and user names (tancuong.bientap).
DOTTED = re.compile(r"\b\w+(\.\w+)+\b")


@cache
def english_words():
    """Words of the libraries' English messages that no Vietnamese
    translation of ours uses as is (so "tin", "cho" or "con" are not taken
    for English)."""
    english, vietnamese = set(), set()
    placeholder = re.compile(r"%\([^)]*\)[sdr]|\{[^}]*\}|<[^>]+>|&\w+;")
    for domain in upstream_catalogue.DOMAINS:
        for entry in upstream_catalogue.load(domain):
            english.update(w.lower() for w in WORD.findall(placeholder.sub(" ", entry.msgid)))
            text = entry.msgstr or entry.msgstr_plural.get(0, "")
            vietnamese.update(w.lower() for w in WORD.findall(placeholder.sub(" ", text)))
    for entry in polib.pofile("locale/vi/LC_MESSAGES/django.po"):
        text = entry.msgstr or entry.msgstr_plural.get(0, "")
        vietnamese.update(w.lower() for w in WORD.findall(placeholder.sub(" ", text)))
    return frozenset(english - vietnamese - NEUTRAL)


def english_in(texts):
    words = english_words()
    found = []
    for text in texts:
        if VIETNAMESE.search(text):
            continue
        hits = [w for w in WORD.findall(DOTTED.sub(" ", text)) if w.lower() in words]
        if hits:
            found.append(text)
    return found


def _kind(path):
    return re.sub(r"\d+", "N", path)


def crawl(page, base_url, start="/admin/", limit=45, per_kind=2, extra=()):
    """Visit up to ``limit`` admin screens; return ({url: [english texts]},
    visited urls)."""
    queue = [start, *extra]
    seen, kinds, visited, report = set(), {}, [], {}
    failed = []
    page.on(
        "response", lambda r: failed.append(f"HTTP {r.status} {r.url}") if r.status >= 400 else None
    )
    while queue and len(visited) < limit:
        path = queue.pop(0)
        if path in seen:
            continue
        seen.add(path)
        kind = _kind(urlsplit(path).path)
        if kinds.get(kind, 0) >= per_kind or SKIP.search(path):
            continue
        failed.clear()
        response = page.goto(base_url + path)
        if (
            response is None
            or response.status >= 400
            or "text/html" not in (response.headers.get("content-type", ""))
        ):
            continue
        if not urlsplit(page.url).path.startswith("/admin/"):
            continue
        page.wait_for_load_state("networkidle")
        kinds[kind] = kinds.get(kind, 0) + 1
        visited.append(path)
        english = english_in(page.evaluate(COLLECT)) + failed
        if english:
            report[path] = sorted(set(english))
        for href in page.eval_on_selector_all(
            "a[href]", "els => els.map(e => e.getAttribute('href'))"
        ):
            href = urldefrag(href)[0]
            if href.startswith(base_url):
                href = href[len(base_url) :]
            if href.startswith("/admin/") and href not in seen:
                queue.append(href)
    return report, visited


def dump(report):
    return json.dumps(report, ensure_ascii=False, indent=1)
