"""Helpers shared by the home, news and documents tests.

    news = add_news(commune, 10)           # live news items with lead photos
    docs = add_documents(commune, 10)      # live legal documents with PDFs
    response, errors = create_page_in_admin(admin_client, parent, NewsPage, data)
"""

import datetime
from itertools import count

from django.urls import reverse
from django.utils import timezone

from wagtail.test.utils.form_data import nested_form_data

from documents.factories import LegalDocumentPageFactory, StatisticsPageFactory
from home.factories import ImageFactory
from news.factories import NewsPageFactory
from tests.conftest import section

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
    errors = {}
    context = response.context
    if response.status_code == 200 and context is not None and "form" in context:
        form = context["form"]
        errors = {field: [str(e) for e in errs] for field, errs in form.errors.items()}
        for name, formset in getattr(form, "formsets", {}).items():
            for i, form_errors in enumerate(formset.errors):
                for field, errs in form_errors.items():
                    errors[f"{name}-{i}-{field}"] = [str(e) for e in errs]
            for err in formset.non_form_errors():
                errors.setdefault(f"{name}-__all__", []).append(str(err))
    return response, errors


def form_data(**fields):
    """Flat admin form data from nested dicts (wagtail's nested_form_data),
    with an empty comments formset the page editor always sends."""
    fields.setdefault("comments", {"TOTAL_FORMS": "0", "INITIAL_FORMS": "0",
                                   "MIN_NUM_FORMS": "0", "MAX_NUM_FORMS": "1000"})
    return nested_form_data(fields)
