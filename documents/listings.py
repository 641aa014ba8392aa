"""The public document register: its listing and filters (type, year,
issuer, words). The page model hands in its queryset and document types,
so this module does not import it."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.listings import paginate, subtree
from core.restrictions import public
from core.search import clean_query


class DocumentFilterForm(forms.Form):
    type = forms.ChoiceField(label=_("Document type"), required=False)
    year = forms.IntegerField(label=_("Year"), required=False, min_value=1945)
    issuer = forms.ChoiceField(label=_("Issuing body"), required=False)
    q = forms.CharField(label=_("Number or summary contains"), required=False, max_length=100)

    def __init__(self, *args, types=(), issuers=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["type"].choices = [("", _("All types")), *types]
        self.fields["issuer"].choices = [("", _("All issuing bodies"))] + [
            (name, name) for name in issuers
        ]

    def clean_year(self):
        year = self.cleaned_data["year"]
        if year and year > timezone.localdate().year + 1:
            raise forms.ValidationError(_("Choose a year no later than next year."))
        return year


def document_register_context(index, request, documents, types):
    """The register of ``index``: its live ``documents`` (a LegalDocumentPage
    queryset), filtered by the query string; ``types`` are the choices."""
    documents = (
        public(documents.live())
        .filter(subtree(index, children=True))
        .select_related("file")
        .order_by("-signing_date", "-id")
    )
    issuers = documents.order_by("issuing_body").values_list("issuing_body", flat=True).distinct()
    form = DocumentFilterForm(request.GET or None, types=types, issuers=issuers)
    if form.is_bound and form.is_valid():
        data = form.cleaned_data
        if data["type"]:
            documents = documents.filter(document_type=data["type"])
        if data["year"]:
            documents = documents.filter(signing_date__year=data["year"])
        if data["issuer"]:
            documents = documents.filter(issuing_body=data["issuer"])
        if data["q"]:
            documents = matching(documents, index, data["q"])
    return {"filter_form": form, "page_obj": paginate(request, documents, 20)}


def matching(documents, index, text):
    """Documents whose number, title or summary hold every word of ``text``,
    with or without diacritics and in any case ("qd-ubnd" finds "QĐ-UBND").

    A LIKE filter would miss both: SQLite compares non-ASCII letters case by
    case and no database ignores diacritics. The site search index already
    holds each page's folded words, so the register filters through it.
    """
    query = clean_query(text)
    if not query:
        return documents
    found = (
        documents.model.objects.live()
        .child_of(index)
        .search(query, operator="and", order_by_relevance=False)
    )
    return documents.filter(pk__in=found.get_queryset().values("pk"))
