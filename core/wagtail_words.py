"""Words on Wagtail's screens that no catalogue can reach, put right.

Most of Wagtail's admin goes through gettext and is translated in
locale/upstream. A few places build English from code instead:

- the Sites listing labels its columns from field names ("Port",
  "Root page") rather than from the model's verbose names;
- two templates write English into the markup (the slim header's
  aria-label="Actions", wagtail-localize's "N pages + N others"): the
  project overrides them in website/templates.

``install()`` gives the Sites columns the fields' translated verbose names.
tests/website/test_admin_words.py records the source of each of these
upstream places, so that an upgrade which fixes or moves one is noticed.
"""

from django.utils.text import capfirst

from wagtail.models import Site
from wagtail.sites.views import IndexView as SiteIndexView


def install():
    fields = {field.name: field for field in Site._meta.get_fields()}
    for column in SiteIndexView.columns:
        field = fields.get(column.name)
        if field is not None and getattr(field, "verbose_name", None):
            column.label = capfirst(field.verbose_name)
