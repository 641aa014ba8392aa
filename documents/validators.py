"""Content checks for files attached to legal documents."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

PDF_MAGIC = b"%PDF-"


def file_is_pdf(fileobj):
    """True when the file's bytes start like a PDF, whatever its name says."""
    try:
        fileobj.open("rb")
        try:
            fileobj.seek(0)
            head = fileobj.read(1024)
        finally:
            fileobj.close()
    except (OSError, ValueError):
        return False
    return PDF_MAGIC in head[:1024] and head.lstrip()[:5] == PDF_MAGIC


def validate_pdf_document(value):
    """The signed document must be a real PDF (checked by content)."""
    from wagtail.documents import get_document_model

    if value is None:
        return
    document = value
    if not hasattr(value, "file"):
        document = get_document_model().objects.filter(pk=value).first()
        if document is None:
            return
    if not file_is_pdf(document.file):
        raise ValidationError(
            _("The document file must be a PDF (the file's content is not a PDF)."),
            code="not_pdf",
        )
