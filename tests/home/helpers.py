"""Helpers shared by the home, news and documents tests.

news = add_news(commune, 10)           # live news items with lead photos
docs = add_documents(commune, 10)      # live legal documents with PDFs
response, errors = create_page_in_admin(admin_client, parent, NewsPage, data)
"""

import datetime
from itertools import count

from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import escape
from django.utils.translation import gettext

from wagtail.test.utils.form_data import nested_form_data

from core.factories import ImageFactory
from documents.factories import LegalDocumentPageFactory, StatisticsPageFactory
from news.factories import NewsPageFactory
from tests.helpers import section

_numbers = count(1000)


def add_news(site, how_many, *, slug="tin-tuc", **fields):
    """``how_many`` live news items, each with its own lead photo, newest last."""
    index = section(site, slug)
    now = timezone.now()
    items = []
    for n in range(how_many):
        values = {
            "first_published_at": now - datetime.timedelta(minutes=how_many - n),
            "lead_image": ImageFactory(title=f"Ảnh {n}"),
        }
        values.update(fields)
        items.append(NewsPageFactory(parent=index, **values))
    return items


def add_documents(site, how_many, **fields):
    index = section(site, "van-ban")
    today = timezone.localdate()
    return [
        LegalDocumentPageFactory(
            parent=index,
            number=f"{next(_numbers)}/QĐ-UBND",
            signing_date=today - datetime.timedelta(days=n % 300),
            **fields,
        )
        for n in range(how_many)
    ]


def add_statistics(site, how_many, **fields):
    index = section(site, "thong-ke")
    return [StatisticsPageFactory(parent=index, **fields) for _ in range(how_many)]


def create_page_in_admin(client, parent, model, data, publish=True):
    """POST ``data`` to the admin's "add page" view, as an editor would.

    Returns the response and the form's errors as {field: [messages]}
    (empty when the page was created)."""
    url = reverse(
        "wagtailadmin_pages:add", args=[model._meta.app_label, model._meta.model_name, parent.pk]
    )
    payload = dict(data)
    if publish:
        payload["action-publish"] = "action-publish"
    response = client.post(url, payload)
    return response, form_errors(response)


def form_errors(response):
    """The admin form's errors as {field: [English messages]}."""
    errors = {}
    context = response.context
    if response.status_code != 200 or context is None or "form" not in context:
        return errors
    form = context["form"]
    with translation.override("en"):
        for field, errs in form.errors.as_data().items():
            errors[field] = [message for error in errs for message in error]
        for name, formset in getattr(form, "formsets", {}).items():
            for i, subform in enumerate(formset.forms):
                for field, errs in subform.errors.as_data().items():
                    errors[f"{name}-{i}-{field}"] = [m for error in errs for m in error]
            for error in formset.non_form_errors().as_data():
                errors.setdefault(f"{name}-__all__", []).extend(error)
    return errors


def vi(msgid, **params):
    """A message as a Vietnamese visitor sees it in the HTML (translated when
    the catalogue has it, escaped as the template escapes it)."""
    with translation.override("vi"):
        text = gettext(msgid)
    return escape(text % params if params else text)


def form_data(**fields):
    """Flat admin form data from nested dicts (wagtail's nested_form_data),
    with an empty comments formset the page editor always sends."""
    fields.setdefault(
        "comments",
        {"TOTAL_FORMS": "0", "INITIAL_FORMS": "0", "MIN_NUM_FORMS": "0", "MAX_NUM_FORMS": "1000"},
    )
    return nested_form_data(fields)
