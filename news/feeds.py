"""RSS 2.0 feed of a news section, built on Django's syndication framework."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.html import escape
from django.utils.translation import gettext as _

from wagtail.models import Site

FEED_LENGTH = 20


class NewsFeed(Feed):
    feed_type = Rss201rev2Feed

    def __init__(self, index):
        super().__init__()
        self.index = index

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self):
        site = Site.find_for_request(self.request)
        return f"{self.index.title} – {site.site_name if site else ''}".strip(" –")

    def link(self):
        return self.index.get_url(self.request)

    def description(self):
        return _("Latest news from %(section)s") % {"section": self.index.title}

    def items(self):
        return self.index.news_items()[:FEED_LENGTH]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        # RSS readers render <description> as HTML: the plain-text summary is
        # escaped for HTML here, then for XML by the feed generator.
        return escape(item.summary)

    def item_link(self, item):
        return item.get_url(self.request)

    def item_pubdate(self, item):
        return item.first_published_at

    def item_author_name(self, item):
        return item.author or None

    def item_categories(self, item):
        return [item.get_category_display()]
