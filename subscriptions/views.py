"""/dang-ky-nhan-tin/ on every commune site: subscribe, confirm, leave.

Pages with the form carry a CSRF token and are never cached. The
unsubscribe link needs no login: its random token is the proof. Opening it
unsubscribes at once (one click, as the issue and RFC 8058 ask); a mail
gateway that follows links could unsubscribe a reader, who can subscribe
again in a minute, which we judged better than a second click for every
reader. A POST to it (the mail client's own button) needs no CSRF token
either, since a forged request could only unsubscribe the address that
received the link.
"""

from django.http import Http404
from django.shortcuts import render
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from wagtail.models import Site

from core import ratelimit
from questions.services.consent import current_notice
from subscriptions.forms import SubscriptionForm
from subscriptions.services import subscribers


def _site(request):
    site = Site.find_for_request(request)
    if site is None:
        raise Http404
    return site


def _render(request, template, context, status=200):
    response = render(request, template, {"site": _site(request), **context}, status=status)
    add_never_cache_headers(response)
    return response


@require_http_methods(["GET", "POST"])
def subscribe(request):
    site = _site(request)
    notice = current_notice()
    done, error, status = False, "", 200
    if request.method == "POST":
        form = SubscriptionForm(request.POST, notice=notice)
        if form.is_valid():
            if not ratelimit.allow(request, "subscribe"):
                error = _(
                    "Too many requests have been sent from your connection. "
                    "Please wait a few minutes and try again."
                )
                status = 429
            else:
                subscribers.subscribe(
                    site=site,
                    notice=form.notice,
                    email=form.cleaned_data["email"],
                    topics=form.cleaned_data["topics"],
                )
                done = True
    else:
        form = SubscriptionForm(notice=notice)
    response = _render(
        request,
        "subscriptions/subscribe.html",
        {"form": form, "notice": form.notice or notice, "done": done, "error": error},
        status=status,
    )
    if status == 429:
        response["Retry-After"] = "600"
    return response


@require_http_methods(["GET"])
def confirm(request, token):
    subscription = subscribers.confirm(token, _site(request))
    return _render(
        request,
        "subscriptions/confirmed.html",
        {"subscription": subscription},
        status=200 if subscription else 404,
    )


@csrf_exempt
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    """One click: opening the link (GET) or the mail client's button (POST,
    RFC 8058) unsubscribes and erases the address at once."""
    done = subscribers.unsubscribe(token, _site(request))
    if not done:
        return _render(request, "subscriptions/unsubscribed.html", {"unknown": True}, 404)
    return _render(request, "subscriptions/unsubscribed.html", {"done": True})
