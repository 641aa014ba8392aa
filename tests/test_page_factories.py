"""Every page type has a factory, and each factory makes a valid page.

A new page type without a factory fails here, naming it; so does a factory
whose defaults the model's own validation refuses.
"""

import importlib

import pytest

from django.apps import apps

from wagtail.models import Page


def page_models():
    return sorted(
        (m for m in apps.get_models() if issubclass(m, Page) and m is not Page),
        key=lambda m: m._meta.label,
    )


def factories_by_model():
    found = {}
    for config in apps.get_app_configs():
        try:
            module = importlib.import_module(f"{config.name}.factories")
        except ModuleNotFoundError:
            continue
        for value in vars(module).values():
            model = getattr(getattr(value, "_meta", None), "model", None)
            if isinstance(model, type) and issubclass(model, Page):
                found[model] = value
    return found


def test_every_page_type_has_a_factory():
    missing = [m._meta.label for m in page_models() if m not in factories_by_model()]
    assert missing == [], f"page types without a factory in <app>/factories.py: {missing}"


def _make_parent(model, factories):
    """A fresh page where ``model`` may be added, built with the factories of
    its allowed parents down from the tree root, so no sibling is in the way."""
    allowed = model.allowed_parent_page_models()
    if Page in allowed:
        return Page.get_first_root_node()
    parent_model = next(m for m in allowed if m in factories)
    return factories[parent_model](parent=_make_parent(parent_model, factories))


@pytest.mark.django_db
@pytest.mark.parametrize("model", page_models(), ids=lambda m: m._meta.label)
def test_each_factory_makes_a_valid_page(model):
    factories = factories_by_model()
    parent = _make_parent(model, factories)
    page = factories[model](parent=parent)
    page.full_clean()
    assert page.pk and page.get_parent().pk == parent.pk
