"""The public listings of news: a section's items, by category, and the
cards that the home pages and the feed show.

The functions take the news queryset and the categories from the caller
(the page models), so this module does not import them.
"""

from django.utils.translation import gettext as _

from core.listings import NEWS_CARD_FIELDS, paginate, subtree, with_lead_images
from core.restrictions import public


def news_cards(news, root):
    """Live items of ``news`` (a NewsPage queryset) under ``root`` (an index
    or a site root), newest first, with what a card shows and nothing more."""
    return with_lead_images(
        public(news.live())
        .filter(subtree(root))
        .only(*NEWS_CARD_FIELDS)
        .order_by("-first_published_at", "-id")
    )


def news_index_context(items, request, categories):
    """A news section's page of ``items``, filtered by ``?category=`` (one of
    ``categories``, a TextChoices); an unknown category shows everything."""
    category = request.GET.get("category", "")
    message = ""
    if category:
        if category in categories.values:
            items = items.filter(category=category)
        else:
            message = _("Unknown category; showing all news.")
            category = ""
    return {
        "page_obj": paginate(request, items, 10),
        "categories": categories.choices,
        "current_category": category,
        "filter_message": message,
    }
