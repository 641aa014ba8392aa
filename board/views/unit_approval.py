"""The unit leader's page behind the emailed link: no login, the signed
token is the proof (board.services.unit_approval). It shows what the leader
is asked to approve, a read-only preview of that exact revision, and the
approve / decline form."""

from django import forms
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from wagtail.models import Site

from board.services import unit_approval
from board.services.unit_approval import LinkRefused


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(
        label=_("Your decision"),
        choices=[("approve", _("Approve")), ("decline", _("Decline"))],
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose approve or decline.")},
    )
    comment = forms.CharField(
        label=_("Comment (required when you decline: the author reads it)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea({"rows": 4}),
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("decision") == "decline" and not cleaned.get("comment", "").strip():
            self.add_error("comment", _("Say why the item is declined: a comment is required."))
        return cleaned


def _render(request, template, context, status=200):
    response = render(request, template, context, status=status)
    response["X-Robots-Tag"] = "noindex"
    return response


@never_cache
@require_http_methods(["GET", "POST"])
def decide(request, token):
    site = Site.find_for_request(request)
    context = {"site": site}
    try:
        approval_request = unit_approval.resolve(token, site)
    except LinkRefused as refused:
        context["message"] = refused.message
        return _render(request, "board/unit_approval/refused.html", context, refused.status)
    form = DecisionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        approve = form.cleaned_data["decision"] == "approve"
        try:
            unit_approval.decide(token, site, approve, form.cleaned_data["comment"])
        except LinkRefused as refused:
            context["message"] = refused.message
            return _render(request, "board/unit_approval/refused.html", context, refused.status)
        context["approved"] = approve
        return _render(request, "board/unit_approval/done.html", context)
    context.update(
        {
            "approval_request": approval_request,
            "item": approval_request.revision.as_object(),
            "form": form,
            "token": token,
        }
    )
    return _render(request, "board/unit_approval/decide.html", context, 400 if form.errors else 200)


@never_cache
def preview(request, token):
    """The item as it would be published, from the exact revision."""
    site = Site.find_for_request(request)
    try:
        approval_request = unit_approval.resolve(token, site)
    except LinkRefused as refused:
        return _render(
            request,
            "board/unit_approval/refused.html",
            {"site": site, "message": refused.message},
            refused.status,
        )
    item = approval_request.revision.as_object()
    mode = item.default_preview_mode
    request.is_preview, request.preview_mode = True, mode
    response = item.serve_preview(request, mode)
    response["X-Robots-Tag"] = "noindex"
    return response
