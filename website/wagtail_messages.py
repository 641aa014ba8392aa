"""Django's and Wagtail's upload messages that their Vietnamese catalogues lack.

Listed here (never imported) so that ``makemessages`` keeps their
translations in locale/vi: our catalogue comes first in LOCALE_PATHS and
fills the gaps in Wagtail's, so an editor sees every refusal in Vietnamese.
"""

from django.utils.translation import gettext_noop

WAGTAIL_LOGIN_MESSAGES = [
    # Wagtail's own Vietnamese reads "Tên người dùng Tên đăng nhậpkhông trùng…".
    gettext_noop("Your %(username_field)s and password didn't match. Please try again."),
]

WAGTAIL_UPLOAD_MESSAGES = [
    gettext_noop("This file is too big (%(file_size)s). Maximum filesize %(max_filesize)s."),
    gettext_noop("This file is too big. Maximum filesize %(max_filesize)s."),
    gettext_noop(
        "Supported formats: %(supported_formats)s. Maximum filesize: %(max_upload_size)s."
    ),
    gettext_noop("Maximum filesize: %(max_upload_size)s."),
    gettext_noop("Not a supported image format. Supported formats: %(supported_formats)s."),
    gettext_noop("unknown number"),
    gettext_noop(
        "This file has too many pixels (%(num_pixels)s). Maximum pixels %(max_pixels_count)s."
    ),
    gettext_noop(
        "Not a valid .%(extension)s image. The extension does not match the file format "
        "(%(image_format)s)"
    ),
    gettext_noop(
        "File extension “%(extension)s” is not allowed. Allowed extensions are: "
        "%(allowed_extensions)s."
    ),
]
