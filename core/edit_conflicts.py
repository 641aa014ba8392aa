"""Two editors on one page: a save made from an out-of-date form is refused.

Wagtail's edit form carries the revision it was loaded from, but only its
JavaScript (and autosave) act on it: a plain form POST silently overwrites a
colleague's newer revision. Here the server refuses such a save, says who
saved the newer version and when, links to the comparison, and keeps the
editor's text in the form; saving again (the form then carries the newer
revision) is the deliberate choice to overwrite.
"""

from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from wagtail.admin import messages


def newer_revision(page, data):
    """The page's latest revision when ``data`` (an edit form's POST) was
    loaded from an older one; None otherwise, or when the POST does not say."""
    latest = page.get_latest_revision()
    if latest is None:
        return None
    latest_id = str(latest.pk)
    overwrite_id = data.get("overwrite_revision_id")
    if overwrite_id:
        return None if overwrite_id == latest_id else latest
    loaded_id = data.get("loaded_revision_id")
    if not loaded_id:
        return None
    if loaded_id != latest_id:
        return latest
    loaded_at = data.get("loaded_revision_created_at")
    if loaded_at and loaded_at != latest.created_at.isoformat():
        return latest
    return None


def conflict_message(page, revision):
    author = revision.user
    name = (author.get_full_name() or author.get_username()) if author else _("someone")
    when = date_format(timezone.localtime(revision.created_at), "H:i d/m/Y")
    return _(
        "%(user)s saved a newer version of this page at %(time)s, after you opened it. "
        "Your changes are still in the form and nothing was saved. Compare the two "
        "versions first; saving again will replace that version with yours."
    ) % {"user": name, "time": when}


def refuse_out_of_date_save(request, page):
    """The before_edit_page hook's work: flag the page so its form refuses
    to save, and tell the editor with a link to the comparison."""
    if request.method != "POST":
        return
    revision = newer_revision(page, request.POST)
    if revision is None:
        return
    page._newer_revision = revision
    loaded_id = request.POST.get("loaded_revision_id") or "earliest"
    compare_url = reverse(
        "wagtailadmin_pages:revisions_compare", args=(page.pk, loaded_id, revision.pk)
    )
    messages.warning(
        request,
        conflict_message(page, revision),
        buttons=[messages.button(compare_url, _("Compare versions"), new_window=True)],
    )
