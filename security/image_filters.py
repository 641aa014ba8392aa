"""Image filter specs an editor can type into the admin's URL generator.

Wagtail's preview view runs any spec it can parse: ``fill-0x0`` divides by
zero (a 500) and ``fill-90000x90000`` allocates gigabytes. Here a spec is
refused (400, in Vietnamese) unless every size in it is a sane number of
pixels, before Wagtail's view sees it.
"""

from django.http import HttpResponseBadRequest
from django.utils.translation import gettext as _

from wagtail.images.exceptions import InvalidFilterSpecError
from wagtail.images.models import Filter
from wagtail.images.views.images import preview

MAX_PREVIEW_SIDE = 4000
MAX_SCALE_PERCENT = 400


class BadFilterSpec(ValueError):
    pass


def check_filter_spec(spec):
    """Raise BadFilterSpec unless ``spec`` parses and every size is 1..4000 px."""
    try:
        operations = Filter(spec=spec).operations
    except (InvalidFilterSpecError, ValueError, TypeError, IndexError) as error:
        raise BadFilterSpec(spec) from error
    for operation in operations:
        for attr in ("width", "height", "size"):
            value = getattr(operation, attr, None)
            if value is not None and not 1 <= value <= MAX_PREVIEW_SIDE:
                raise BadFilterSpec(spec)
        percent = getattr(operation, "percent", None)
        if percent is not None and not 0 < percent <= MAX_SCALE_PERCENT:
            raise BadFilterSpec(spec)
        closeness = getattr(operation, "crop_closeness", None)
        if closeness is not None and not 0 <= closeness <= 100:
            raise BadFilterSpec(spec)


def checked_preview(request, image_id, filter_spec):
    try:
        check_filter_spec(filter_spec)
        return preview(request, image_id, filter_spec)
    except (BadFilterSpec, ArithmeticError, ValueError):
        return HttpResponseBadRequest(
            _(
                "This image size cannot be made. Sizes are whole numbers of pixels from 1 to %(max)s."
            )
            % {"max": MAX_PREVIEW_SIDE},
            content_type="text/plain; charset=utf-8",
        )
