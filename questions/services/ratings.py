"""Satisfaction ratings (DESIGN 2.7): recording one, and each site's results.

A rating of the site's home page stands for the site as a whole.
"""

from django.db.models import Avg, Count

from wagtail.models import Page

from questions.models.records import SatisfactionRating


def rateable_page(site, page_id):
    """The live page ``page_id`` of ``site``, or None: nobody rates another
    commune's page or a draft through this site."""
    if not page_id:
        return None
    return (
        Page.objects.live()
        .filter(pk=page_id, path__startswith=site.root_page.path)
        .only("id", "title", "path", "depth", "url_path")
        .first()
    )


def record_rating(*, site, page, score, comment=""):
    rating = SatisfactionRating(site=site, page=page, score=score, comment=comment)
    rating.full_clean()
    rating.save()
    return rating


def site_results(site, recent=20):
    """Per-page count and average (the site itself first), and the latest comments."""

    ratings = SatisfactionRating.objects.filter(site=site)
    rows = list(
        ratings.values("page_id", "page__title")
        .annotate(count=Count("id"), average=Avg("score"))
        .order_by("-count", "page__title")
    )
    for row in rows:
        row["is_site"] = row["page_id"] in (None, site.root_page_id)
    rows.sort(key=lambda row: not row["is_site"])
    overall = ratings.aggregate(count=Count("id"), average=Avg("score"))
    comments = ratings.exclude(comment="").select_related("page")[:recent]
    return {"rows": rows, "overall": overall, "comments": comments}
