"""What a commune's home page and the host's portal list: the latest news
and documents of their own tree and, on the portal, of every commune."""

from wagtail.models import Page

from core.listings import PAGE_LINK_FIELDS, subtree, with_lead_images
from core.restrictions import public
from documents.models import LegalDocumentPage
from news.listings import news_cards
from news.models import NewsPage


def home_page_context(home, request):
    news = list(news_cards(NewsPage.objects.all(), home)[:7])
    urgent = [item for item in news if item.is_urgent][:1]
    documents = list(
        public(LegalDocumentPage.objects.live())
        .filter(subtree(home))
        .only(*PAGE_LINK_FIELDS, "number", "signing_date", "summary")
        .order_by("-signing_date", "-id")[:5]
    )
    return {
        "latest_news": news,
        "urgent_news": urgent,
        "latest_documents": documents,
    }


def portal_context(portal, request):
    """The portal shows its own news and the latest of every commune."""
    own_news = list(news_cards(NewsPage.objects.all(), portal)[:5])
    commune_news = list(
        with_lead_images(
            public(NewsPage.objects.live())
            .exclude(path__startswith=portal.path)
            .order_by("-first_published_at", "-id")
        )[:9]
    )
    root_paths = {item.path[: Page.steplen * 2] for item in commune_news}
    roots = {
        p.path: p.title for p in Page.objects.filter(path__in=root_paths).only("path", "title")
    }
    for item in commune_news:
        item.commune_name = roots.get(item.path[: Page.steplen * 2], "")
    return {"latest_news": own_news, "commune_news": commune_news}
