"""Wagtail's document and image forms, with the upload checked by its bytes.

Installed through WAGTAILDOCS_DOCUMENT_FORM_BASE and
WAGTAILIMAGES_IMAGE_FORM_BASE, so every way an editor uploads (the library,
the multiple uploader, the chooser's upload tab) goes through these checks
before Wagtail stores anything.
"""

from django.conf import settings
from django.core.exceptions import ValidationError

from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.forms import BaseImageForm

from documents.validators import (
    BAD_IMAGE_MESSAGE,
    refuse_markup,
    validate_document_file,
    validate_image_file,
)


class CheckedDocumentForm(BaseDocumentForm):
    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        if uploaded and "file" in self.changed_data:
            validate_document_file(uploaded)
        return uploaded

    def _post_clean(self):
        # Wagtail's Document.clean() checks the extension of the file it was
        # given; after a refusal above it has none, and would add a bogus
        # "extension “” not allowed" under the real reason.
        refused = self._errors.get("file") if self._errors else None
        count = len(refused) if refused is not None else 0
        super()._post_clean()
        if refused is not None:
            del refused.data[count:]


class CheckedImageForm(BaseImageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "file" in self.fields:
            # Wagtail's field opens the upload with Willow, which reads SVG, so
            # markup is refused before that with its own clear message; and a
            # truncated JPEG makes Willow raise OSError (a 500) when counting
            # frames, so that becomes a form error too.
            field = self.fields["file"]
            wagtail_to_python = field.to_python

            def to_python(data):
                if data is not None and hasattr(data, "size"):
                    # The size first: Willow reads the whole file looking for
                    # SVG, minutes of CPU for a few hundred megabytes.
                    field.check_image_file_size(data)
                if data is not None and hasattr(data, "read"):
                    refuse_markup(data)
                try:
                    return wagtail_to_python(data)
                except ValidationError:
                    raise
                except Exception:  # noqa: BLE001 - Willow/Pillow raise many kinds
                    raise ValidationError(BAD_IMAGE_MESSAGE, code="bad_image") from None

            field.to_python = to_python

    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        if uploaded and "file" in self.changed_data:
            validate_image_file(
                uploaded, max_pixels=getattr(settings, "WAGTAILIMAGES_MAX_IMAGE_PIXELS", None)
            )
        return uploaded
