"""Response headers Django does not set itself: a Content-Security-Policy
that is strict on public pages and looser only where the Wagtail admin needs
it, and a Permissions-Policy.

Public pages carry no inline script or style (see base.html), so their policy
allows 'self' only, plus the origin of the host's monitoring script (EMC)
when the host settings name one. The Wagtail admin ships inline <script> elements (inline
panels, date pickers) and style attributes, so /admin/ alone gets
'unsafe-inline' for scripts and styles, plus data:/blob: images for the image
editor and choosers. Anything under /admin/ still loads from 'self' only.
"""

from csp.middleware import CSPMiddleware, PolicyParts

from django.conf import settings


def _admin_prefix():
    return getattr(settings, "ADMIN_URL_PREFIX", "/admin/")


class SiteCSPMiddleware(CSPMiddleware):
    """django-csp's middleware, with the admin policy under /admin/.

    django-csp picks the policy per view with decorators; Wagtail's admin views
    are not ours to decorate, so the choice is made here by path.
    """

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        origin = getattr(request, "csp_monitoring_origin", "")
        if origin and not request.path_info.startswith(_admin_prefix()):
            # The host's monitoring script (home.site_frame), on the pages that carry it.
            update = dict(parts.update or {})
            for directive in ("script-src", "connect-src", "img-src"):
                update[directive] = [*update.get(directive, []), origin]
            parts.update = update
        if (
            not report_only
            and parts.config is None
            and request.path_info.startswith(_admin_prefix())
        ):
            admin_policy = getattr(settings, "CONTENT_SECURITY_POLICY_ADMIN", None)
            if admin_policy:
                return PolicyParts(
                    config=admin_policy["DIRECTIVES"],
                    update=parts.update,
                    replace=parts.replace,
                    nonce=parts.nonce,
                )
        return parts


class PermissionsPolicyMiddleware:
    """Turns off browser features no commune page uses (camera, location...)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        policy = getattr(settings, "PERMISSIONS_POLICY", "")
        if policy and "Permissions-Policy" not in response:
            response["Permissions-Policy"] = policy
        return response
