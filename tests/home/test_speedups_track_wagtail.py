"""An upgrade shows each Wagtail internal that core/wagtail_speedups.py replaces.

The speed-ups copy what these functions do, faster; if Wagtail (or Django)
changes one, the copy may no longer be equal. Each function's source, read
from the installed package (not from the patched class), is compared with
the hash recorded for the pinned versions: a change fails here, naming the
function to re-read before the new hash is recorded.
"""

import ast
import hashlib
import importlib.util

import pytest

#: (module, qualified name) -> sha256 of the source, first 16 hex digits,
#: for Wagtail 8.0.1 and Django 5.2.19 (requirements.txt). ``Page.url`` is
#: ``property(get_url)`` in Wagtail: it follows ``get_url``.
RECORDED = {
    ("wagtail.models.pages", "AbstractPage.get_url"): "a299a0662fd2aa35",
    ("wagtail.models.pages", "AbstractPage._get_relevant_site_root_paths"): "6ad5387e65eeebd3",
    ("wagtail.models.sites", "Site.get_site_root_paths"): "c09192c37e591c27",
    ("wagtail.models.sites", "Site._find_for_request"): "5c0c486f44020aea",
    ("wagtail.models.i18n", "LocaleManager.get_for_language"): "db1af47bdacd6a87",
    # wagtail.models.pages calls Django's reverse, which the speed-ups memoize.
    ("django.urls.base", "reverse"): "e83750a3b0d32038",
}


def source_of(module, qualname):
    """The source text of ``qualname`` in ``module``'s file, as installed."""
    path = importlib.util.find_spec(module).origin
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    nodes = ast.parse(text).body
    *classes, name = qualname.split(".")
    for class_name in classes:
        nodes = next(n for n in nodes if isinstance(n, ast.ClassDef) and n.name == class_name).body
    found = [n for n in nodes if isinstance(n, ast.FunctionDef) and n.name == name]
    return "\n".join(ast.get_source_segment(text, node) for node in found)


@pytest.mark.parametrize(("module", "qualname"), sorted(RECORDED))
def test_replaced_function_is_the_one_the_speed_up_was_written_for(module, qualname):
    source = source_of(module, qualname)
    assert source, f"{module}.{qualname} is gone: remove or rewrite its speed-up"
    digest = hashlib.sha256(source.encode()).hexdigest()[:16]
    assert digest == RECORDED[(module, qualname)], (
        f"{module}.{qualname} changed upstream: re-read it against core/wagtail_speedups.py, "
        "then record the new hash"
    )


def test_every_replaced_function_is_tracked():
    """The speed-ups install exactly these replacements."""
    from wagtail.models import LocaleManager, Page, Site

    from core import wagtail_speedups

    assert Page.get_url.__module__ == wagtail_speedups.__name__
    assert Site._find_for_request.__module__ == wagtail_speedups.__name__
    assert LocaleManager.get_for_language.__module__ == wagtail_speedups.__name__
    tracked = {qualname.rsplit(".", 1)[-1] for _module, qualname in RECORDED}
    assert {
        "get_url",
        "_find_for_request",
        "get_for_language",
        "get_site_root_paths",
        "_get_relevant_site_root_paths",
        "reverse",
    } == tracked
