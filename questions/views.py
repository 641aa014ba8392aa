"""Public views of the Q&A section, routed by QuestionIndexPage.

The answer list is the same for everybody and may be cached; the ask and
track pages carry a CSRF token (set as a cookie, as Django does) and are
sent with never-cache headers so no shared cache hands one visitor's token
or tracking result to another.
"""

from urllib.parse import urlencode

from django.conf import settings
from django.http import Http404
from django.shortcuts import render
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from wagtail.models import Site

from core import ratelimit
from core.listings import paginate
from core.text import fold
from questions.forms import QuestionForm, RatingForm, TrackForm
from questions.models.records import Question
from questions.services.consent import current_notice
from questions.services.ratings import rateable_page, record_rating
from questions.services.submission import receive_question

ANSWERS_PER_PAGE = getattr(settings, "QUESTIONS_PER_PAGE", 10)
MAX_QUERY_TERMS = 8

#: Fields a public template may read: never the asker's name or contacts.
PUBLIC_FIELDS = ("id", "site_id", "topic", "text", "answer", "received_at", "published_at")


def published_answers(site, query=""):
    """Published Q&A of ``site``, newest first, filtered by a folded query."""
    answers = Question.objects.published().for_site(site).only(*PUBLIC_FIELDS)
    for term in fold(query).split()[:MAX_QUERY_TERMS]:
        answers = answers.filter(search_text__contains=term)
    return answers.order_by("-published_at", "-id")


def answer_list(page, request):
    site = Site.find_for_request(request)
    query = request.GET.get("q", "")[:200]
    page_obj = paginate(request, published_answers(site, query), ANSWERS_PER_PAGE)
    return page.render(
        request,
        context_overrides={
            "page_obj": page_obj,
            "search_query": query,
            "extra_query": urlencode({"q": query}) if query else "",
        },
    )


def _private(response):
    add_never_cache_headers(response)
    return response


def ask_question(page, request):
    site = Site.find_for_request(request)
    notice = current_notice()
    question = None
    error = ""
    if request.method == "POST":
        form = QuestionForm(request.POST, notice=notice)
        if form.is_valid():
            if not ratelimit.allow(request, "ask"):
                error = _(
                    "Too many questions have been sent from your connection. "
                    "Please wait a few minutes and try again."
                )
            else:
                data = form.cleaned_data
                question = receive_question(
                    site=site,
                    notice=form.notice,
                    asker_name=data["asker_name"],
                    phone=data["phone"],
                    email=data["email"],
                    notify_by_email=data["notify_by_email"],
                    topic=data["topic"],
                    text=data["text"],
                    tracking_url=request.build_absolute_uri(
                        page.get_url(request) + page.reverse_subpage("track")
                    ),
                )
    else:
        form = QuestionForm(notice=notice)
    response = page.render(
        request,
        template="questions/ask.html",
        context_overrides={
            "form": form,
            "notice": form.notice or notice,
            "question": question,
            "error": error,
        },
    )
    if error:
        response.status_code = 429
    return _private(response)


def track_question(page, request):
    site = Site.find_for_request(request)
    question = None
    not_found = False
    error = ""
    if request.method == "POST":
        form = TrackForm(request.POST)
        if form.is_valid():
            if not ratelimit.allow(request, "track"):
                error = _("Too many look-ups from your connection. Please wait a few minutes.")
            else:
                question = (
                    Question.objects.for_site(site)
                    .filter(tracking_code=form.cleaned_data["code"])
                    .only(*PUBLIC_FIELDS, "tracking_code", "state", "due_date", "refusal_reason")
                    .first()
                )
                not_found = question is None
    else:
        form = TrackForm()
    response = page.render(
        request,
        template="questions/track.html",
        context_overrides={
            "form": form,
            "question": question,
            "not_found": not_found,
            "error": error,
        },
    )
    if error:
        response.status_code = 429
    return _private(response)


# The rating form sits on every public page, and those pages are cached for
# all visitors, so it carries no CSRF token (it would go stale): a rating is
# anonymous and changes nothing but a counter; the per-IP limit and the
# honeypot keep it honest.
@csrf_exempt
@require_POST
def rate(request):
    """Record a satisfaction rating of a page of this site (DESIGN 2.7)."""
    site = Site.find_for_request(request)
    if site is None:
        raise Http404
    form = RatingForm(request.POST)
    error, status, page = "", 200, None
    if not form.is_valid():
        status = 400
    else:
        page_id = form.cleaned_data["page_id"]
        page = rateable_page(site, page_id) if page_id else site.root_page
        if page is None:
            error, status = _("This page cannot be rated."), 400
        elif not ratelimit.allow(request, "rate"):
            error = _(
                "Too many ratings have been sent from your connection. Please wait a few minutes."
            )
            status = 429
        else:
            record_rating(
                site=site,
                page=page,
                score=form.cleaned_data["score"],
                comment=form.cleaned_data["comment"],
            )
    response = render(
        request,
        "questions/rating_done.html",
        {"form": form, "error": error, "rated_page": page, "done": status == 200},
        status=status,
    )
    return _private(response)
