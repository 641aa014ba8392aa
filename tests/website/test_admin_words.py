"""The glossary's words on screen (docs/glossary.md).

The project's catalogue comes first: a word it translates for the public
site must not replace Wagtail's word for something else in the admin.
"""

from django.utils import translation
from django.utils.translation import gettext, pgettext


def test_the_admin_menus_pages_are_pages_not_pagination():
    with translation.override("vi"):
        assert gettext("Pages") == "Trang"
        assert pgettext("pagination", "Pages") == "Phân trang"
