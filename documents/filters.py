"""The public document register's filters (type, year, issuer)."""

from django import forms
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from home.services.listings import paginate

from .models import DocumentType, LegalDocumentPage


class DocumentFilterForm(forms.Form):
    type = forms.ChoiceField(
        label=_("Document type"),
        required=False,
        choices=[("", _("All types"))] + DocumentType.choices,
    )
    year = forms.IntegerField(label=_("Year"), required=False, min_value=1945)
    issuer = forms.ChoiceField(label=_("Issuing body"), required=False)
    q = forms.CharField(label=_("Number or summary contains"), required=False, max_length=100)

    def __init__(self, *args, issuers=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["issuer"].choices = [("", _("All issuing bodies"))] + [
            (name, name) for name in issuers
        ]

    def clean_year(self):
        year = self.cleaned_data["year"]
        if year and year > timezone.localdate().year + 1:
            raise forms.ValidationError(_("Choose a year no later than next year."))
        return year


def document_register_context(index, request):
    documents = (
        LegalDocumentPage.objects.live()
        .public()
        .child_of(index)
        .select_related("file")
        .order_by("-signing_date", "-id")
    )
    issuers = (
        documents.order_by("issuing_body").values_list("issuing_body", flat=True).distinct()
    )
    form = DocumentFilterForm(request.GET or None, issuers=issuers)
    if form.is_bound and form.is_valid():
        data = form.cleaned_data
        if data["type"]:
            documents = documents.filter(document_type=data["type"])
        if data["year"]:
            documents = documents.filter(signing_date__year=data["year"])
        if data["issuer"]:
            documents = documents.filter(issuing_body=data["issuer"])
        if data["q"]:
            documents = documents.filter(text_query(data["q"]))
    return {"filter_form": form, "page_obj": paginate(request, documents, 20)}


def text_query(text):
    return Q(number__icontains=text) | Q(summary__icontains=text) | Q(title__icontains=text)
