"""Admin form data for the board's HTTP tests."""

from django.test import Client
from django.utils import timezone

from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from tests.helpers import section


def client_for(user):
    client = Client()
    client.force_login(user)
    return client


def news_form_data(
    image, title="Hội nghị sơ kết công tác quý III", slug="hoi-nghi-so-ket", **extra
):
    """What the admin's news item form posts (comments formset included)."""
    data = nested_form_data(
        {
            "title": title,
            "slug": slug,
            "summary": "Ủy ban nhân dân xã tổ chức hội nghị sơ kết.",
            "lead_image": image.pk,
            "lead_image_alt": "Quang cảnh hội nghị",
            "body": streamfield([("paragraph", rich_text("<p>Nội dung hội nghị.</p>"))]),
            "category": "activity",
            "event_date": timezone.localdate().isoformat(),
            "source_kind": "own",
            "author": "Trần Văn Hùng",
            "comments": {
                "TOTAL_FORMS": 0,
                "INITIAL_FORMS": 0,
                "MIN_NUM_FORMS": 0,
                "MAX_NUM_FORMS": 1000,
            },
        }
    )
    data.update(extra)
    return data


def news_section(site):
    return section(site, "tin-tuc")


def denied(response):
    """Wagtail's admin answers a PermissionDenied with a redirect to its home
    page (and a message); plain views answer 403."""
    from django.urls import reverse

    if response.status_code in (403, 404):
        return True
    return response.status_code == 302 and response.url == reverse("wagtailadmin_home")
