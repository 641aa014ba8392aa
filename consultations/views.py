"""Public views of the consultation section, routed by its pages.

A draft's page is cached for everybody once its window has closed; while it
is open (or about to open) it carries the comment form with its CSRF token,
so it is sent with never-cache headers, as the question form is.
"""

from urllib.parse import urlencode

from django.core.exceptions import ValidationError
from django.shortcuts import redirect
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _

from consultations.forms import CommentForm
from consultations.models.comments import DraftComment
from consultations.services.comments import receive_comment
from core import ratelimit
from core.listings import paginate
from deadlines.services import site_for_page
from questions.services.consent import current_notice

DRAFTS_PER_PAGE = 10

#: Fields a public template may read: never the commenter's contact.
PUBLIC_FIELDS = ("id", "page_id", "number", "commenter_name", "organisation", "article", "text")


def consultation_list(page, request, drafts, stages):
    """The section's drafts, optionally only those of one stage (?trang-thai=)."""
    stage = request.GET.get("trang-thai", "")
    if stage not in stages:
        stage = ""
    else:
        drafts = stages[stage](drafts)
    page_obj = paginate(request, drafts, DRAFTS_PER_PAGE)
    return page.render(
        request,
        context_overrides={
            "page_obj": page_obj,
            "stage": stage,
            "extra_query": urlencode({"trang-thai": stage}) if stage else "",
        },
    )


def _render_draft(page, request, *, form=None, comment=None, error="", status=200):
    approved = DraftComment.objects.approved().filter(page=page).only(*PUBLIC_FIELDS)
    # The form only while comments are open and none was just received.
    show_form = page.is_open and comment is None
    if show_form and form is None:
        form = CommentForm(notice=current_notice())
    response = page.render(
        request,
        context_overrides={
            "comments": approved.order_by("number"),
            "form": form if show_form else None,
            "notice": form.notice if show_form else None,
            "received": comment,
            "error": error,
        },
    )
    response.status_code = status
    if page.stage in ("upcoming", "open") or request.method == "POST":
        add_never_cache_headers(response)
    return response


def show_draft(page, request):
    return _render_draft(page, request)


def comment_on_draft(page, request):
    """Receive a comment (POST); anything else goes back to the draft."""
    if request.method != "POST":
        return redirect(page.get_url(request) + "#gop-y")
    if not page.is_open:
        return _render_draft(
            page, request, error=_("This draft is not open for comments."), status=403
        )
    form = CommentForm(request.POST, notice=current_notice())
    if not form.is_valid():
        return _render_draft(page, request, form=form)
    if not ratelimit.allow(request, "comment"):
        response = _render_draft(
            page,
            request,
            form=form,
            error=_(
                "Too many comments have been sent from your connection. "
                "Please wait a few minutes and try again."
            ),
            status=429,
        )
        response["Retry-After"] = "600"
        return response
    data = form.cleaned_data
    try:
        comment = receive_comment(
            page=page,
            # The draft's own site (its tree), whatever host served the request.
            site=site_for_page(page),
            notice=form.notice,
            commenter_name=data["commenter_name"],
            organisation=data["organisation"],
            contact=data["contact"],
            article=data["article"],
            text=data["text"],
        )
    except ValidationError as error:
        return _render_draft(page, request, error=" ".join(error.messages), status=403)
    return _render_draft(page, request, comment=comment)
