"""Creating a commune site from the admin (district and province admins).

Thin: the form checks with the provisioning service's rules, the service
creates everything in one transaction, and the new commune's checklist
comes from the district dashboard's figures (board.services.oversight).
"""

from django.core import signing
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.defaults import permission_denied
from django.views.generic import FormView, TemplateView

from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Site

from board.forms import CommuneImportForm, MergerForm, NewCommuneForm
from board.services import oversight
from board.services.mergers import merge_commune
from board.services.provisioning import create_commune
from core.access import is_district_admin
from core.models import SiteProfile
from home.models import Banner
from home.services.commune_import import ImportFileError, import_rows, read_rows, recheck_rows


class DistrictAdminOnly:
    def dispatch(self, request, *args, **kwargs):
        if not is_district_admin(request.user):
            # A plain 403: Wagtail would turn a raised PermissionDenied into a
            # redirect to the dashboard, which reads as if the screen existed.
            return permission_denied(request, PermissionDenied())
        return super().dispatch(request, *args, **kwargs)


class NewCommuneView(DistrictAdminOnly, WagtailAdminTemplateMixin, FormView):
    template_name = "board/communes/new.html"
    form_class = NewCommuneForm
    header_icon = "site"

    def get_page_title(self):
        return _("New commune site")

    def form_valid(self, form):
        data = form.cleaned_data
        try:
            site = create_commune(
                hostname=data["hostname"],
                name=data["name"],
                agency_name=data["agency_name"],
                head=data["head"],
            )
        except ValidationError as error:
            # Another admin took the name or host meanwhile: nothing was made.
            for message in error.messages:
                form.add_error(None, message)
            return self.form_invalid(form)
        messages.success(
            self.request, _("Commune site “%(name)s” created.") % {"name": site.site_name}
        )
        return redirect("board:commune_checklist", pk=site.pk)


class CommuneChecklistView(DistrictAdminOnly, WagtailAdminTemplateMixin, TemplateView):
    """What a new (or any) commune still lacks before it is complete."""

    template_name = "board/communes/checklist.html"
    header_icon = "tasks"

    def get_page_title(self):
        return _("Checklist of %(name)s") % {"name": self.site.site_name}

    def dispatch(self, request, *args, **kwargs):
        self.site = get_object_or_404(Site, pk=kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        status = next((s for s in oversight.district_status() if s.site.pk == self.site.pk), None)
        profile = SiteProfile.for_site(self.site)
        missing_profile = [
            str(SiteProfile._meta.get_field(name).verbose_name)
            for name in ("address", "phone", "email", "board_head_name", "licence")
            if not getattr(profile, name)
        ]
        context.update(
            site=self.site,
            status=status,
            missing_profile=missing_profile,
            banners=Banner.objects.filter(site=self.site).count(),
            explorer_url=reverse("wagtailadmin_explore", args=[self.site.root_page_id]),
        )
        return context


class ImportCommunesView(DistrictAdminOnly, WagtailAdminTemplateMixin, FormView):
    """Upload, preview every row with its errors, then create all or none.

    The preview carries the rows it showed, signed, so that the confirmation
    creates exactly what the admin saw without storing the file."""

    template_name = "board/communes/import.html"
    form_class = CommuneImportForm
    header_icon = "upload"
    SALT = "board.communes.import"

    def get_page_title(self):
        return _("Import communes")

    def post(self, request, *args, **kwargs):
        if "rows" in request.POST:
            return self.confirm(request.POST["rows"])
        return super().post(request, *args, **kwargs)

    def form_valid(self, form):
        try:
            rows = read_rows(form.cleaned_data["file"].read())
        except ImportFileError as error:
            form.add_error("file", str(error))
            return self.form_invalid(form)
        payload = signing.dumps(
            [{"line": row.line, "data": row.data} for row in rows], salt=self.SALT, compress=True
        )
        return self.render_to_response(
            self.get_context_data(
                form=form,
                rows=rows,
                payload=payload if not any(row.errors for row in rows) else "",
                new=sum(1 for row in rows if row.status == "new"),
            )
        )

    def confirm(self, payload):
        try:
            saved = signing.loads(payload, salt=self.SALT, max_age=3600)
        except signing.BadSignature:
            messages.error(self.request, _("The preview has expired: upload the file again."))
            return redirect("board:import_communes")
        # Checked again: another admin may have created some of them meanwhile.
        rows = recheck_rows([(item["line"], item["data"]) for item in saved])
        try:
            sites = import_rows(rows)
        except (ImportFileError, ValidationError) as error:
            messages.error(self.request, " ".join(getattr(error, "messages", [str(error)])))
            return redirect("board:import_communes")
        messages.success(
            self.request,
            _("%(created)s communes created, %(existing)s already there.")
            % {"created": len(sites), "existing": len(rows) - len(sites)},
        )
        return redirect("board:district_dashboard")


class MergeCommuneView(DistrictAdminOnly, WagtailAdminTemplateMixin, FormView):
    """Mark a commune as merged into another (board.services.mergers)."""

    template_name = "board/communes/merge.html"
    form_class = MergerForm
    header_icon = "redirect"

    def dispatch(self, request, *args, **kwargs):
        self.site = get_object_or_404(Site, pk=kwargs["pk"], merger__isnull=True)
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return _("Merge %(name)s into another commune") % {"name": self.site.site_name}

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "site": self.site}

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "site": self.site}

    def form_valid(self, form):
        data = form.cleaned_data
        try:
            merge_commune(self.site, data["successor"], data["date"], data["decision"])
        except ValidationError as error:
            for message in error.messages:
                form.add_error(None, message)
            return self.form_invalid(form)
        messages.success(
            self.request,
            _("%(name)s is merged into %(successor)s: its host now leads there.")
            % {"name": self.site.site_name, "successor": data["successor"].site_name},
        )
        return redirect("board:district_dashboard")
