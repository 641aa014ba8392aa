"""Content checks for uploaded files: documents and images by their bytes."""

import io
import os
import re
import warnings
import zipfile
import zlib

from PIL import Image

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail.documents import get_document_model

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
    # A file stored before uploads were checked by content may still carry a script.
    if _stored_pdf_is_active(document.file):
        raise ValidationError(PDF_ACTIVE_MESSAGE, code="pdf_active")


def _stored_pdf_is_active(fieldfile):
    try:
        fieldfile.open("rb")
        try:
            data = fieldfile.read()
        finally:
            fieldfile.close()
    except (OSError, ValueError):
        return False
    return _pdf_is_active(data)


# --- Uploads checked by their bytes -----------------------------------------
#
# Wagtail checks a document's extension and size, and an image's format,
# size and pixel count. It does not look inside documents, so a web page
# renamed report.pdf, or a PDF that runs JavaScript, would be stored and
# served. These checks read the bytes and refuse what they do not recognise.

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
# Expanded content allowed inside an uploaded zip-based file: more than this
# from a 20 MB upload means a zip bomb, not a report.
MAX_UNZIPPED_BYTES = 200 * 1024 * 1024
# How much of each compressed PDF stream is inflated when looking for scripts.
PDF_STREAM_SCAN_BYTES = 2 * 1024 * 1024

OOXML_MAIN_TYPES = {
    "docx": b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    "xlsx": b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
}
ODF_MIMETYPES = {
    "odt": b"application/vnd.oasis.opendocument.text",
    "ods": b"application/vnd.oasis.opendocument.spreadsheet",
}
MARKUP_SIGNS = (b"<svg", b"<!doctype", b"<html", b"<script", b"<?xml", b"<body", b"<iframe")
# Names whose presence in a PDF means it can run code or launch programs.
PDF_ACTIVE_NAMES = re.compile(rb"/(JavaScript|JS|Launch|EmbeddedFile|RichMedia|XFA)\b")
PDF_STREAM = re.compile(rb"stream\r?\n(.*?)\r?\nendstream", re.DOTALL)
PDF_NAME_ESCAPE = re.compile(rb"#([0-9A-Fa-f]{2})")
BAD_IMAGE_MESSAGE = _("This image is damaged or is not an image.")
PDF_ACTIVE_MESSAGE = _(
    "This PDF contains JavaScript, an embedded file or an action that "
    "launches a program. Print it to a new PDF and upload that."
)


def _read_all(fileobj):
    fileobj.seek(0)
    data = fileobj.read()
    fileobj.seek(0)
    return data


def _extension(name):
    return os.path.splitext(name or "")[1].lower().lstrip(".")


def _looks_like_markup(head):
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if start.startswith(MARKUP_SIGNS):
        return True
    return any(sign in head.lower() for sign in (b"<svg", b"<script", b"<html"))


def _refuse_markup():
    raise ValidationError(
        _("Web pages and SVG drawings cannot be uploaded, whatever their file name."),
        code="markup",
    )


def refuse_markup(fileobj):
    """Refuse HTML and SVG, which a browser would run, under any name."""
    fileobj.seek(0)
    head = fileobj.read(4096)
    fileobj.seek(0)
    if _looks_like_markup(head):
        _refuse_markup()


def _check_pdf(data):
    if data.lstrip()[:5] != PDF_MAGIC:
        raise ValidationError(
            _("This file is not a PDF, although its name ends in .pdf."), code="not_pdf"
        )
    if _pdf_is_active(data):
        raise ValidationError(PDF_ACTIVE_MESSAGE, code="pdf_active")


def _pdf_is_active(data):
    """True when the PDF names JavaScript or similar, in clear or in a Flate stream."""

    def unescape(chunk):
        return PDF_NAME_ESCAPE.sub(lambda m: bytes([int(m.group(1), 16)]), chunk)

    if PDF_ACTIVE_NAMES.search(unescape(data)):
        return True
    for match in PDF_STREAM.finditer(data):
        try:
            inflated = zlib.decompressobj().decompress(match.group(1), PDF_STREAM_SCAN_BYTES)
        except zlib.error:
            continue
        if PDF_ACTIVE_NAMES.search(unescape(inflated)):
            return True
    return False


def _open_zip(fileobj):
    try:
        archive = zipfile.ZipFile(fileobj)
        total = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError):
        raise ValidationError(
            _("This file is damaged or is not the kind its name says."), code="bad_zip"
        ) from None
    if total > MAX_UNZIPPED_BYTES:
        raise ValidationError(
            _("This compressed file expands to too much data to be accepted."),
            code="zip_bomb",
        )
    return archive


def _zip_member(archive, name, limit=1024 * 1024):
    try:
        with archive.open(name) as member:
            return member.read(limit)
    except (KeyError, zipfile.BadZipFile, OSError, RuntimeError, ValueError):
        return None


def _wrong_kind(extension):
    return ValidationError(
        _("The content of this file is not a .%(extension)s file.") % {"extension": extension},
        code="wrong_kind",
    )


def _check_zip_based(fileobj, data, extension):
    if not data.startswith(ZIP_MAGIC):
        raise _wrong_kind(extension)
    archive = _open_zip(fileobj)
    if extension in OOXML_MAIN_TYPES:
        content_types = _zip_member(archive, "[Content_Types].xml")
        if not content_types or OOXML_MAIN_TYPES[extension] not in content_types:
            raise _wrong_kind(extension)
    elif extension in ODF_MIMETYPES and (
        (_zip_member(archive, "mimetype") or b"").strip() != ODF_MIMETYPES[extension]
    ):
        raise _wrong_kind(extension)


def _check_csv(data):
    if b"\x00" in data[:65536] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise _wrong_kind("csv")
    for encoding in ("utf-8-sig", "utf-16", "cp1258"):
        try:
            data.decode(encoding)
            return
        except UnicodeDecodeError:
            continue
    raise _wrong_kind("csv")


def validate_document_file(fileobj):
    """Refuse a document whose bytes are not what its extension promises.

    Called by the Wagtail document form (documents.forms) before anything is
    stored, so a refused upload leaves neither a file nor a row.
    """
    extension = _extension(getattr(fileobj, "name", ""))
    data = _read_all(fileobj)
    if _looks_like_markup(data[:4096]):
        _refuse_markup()
    if extension == "pdf":
        _check_pdf(data)
    elif extension in {"doc", "xls"}:
        if not data.startswith(OLE2_MAGIC):
            raise _wrong_kind(extension)
    elif extension in {"docx", "xlsx", "odt", "ods", "zip"}:
        _check_zip_based(fileobj, data, extension)
        fileobj.seek(0)
    elif extension == "csv":
        _check_csv(data)
    else:
        raise ValidationError(_("Files of this kind cannot be uploaded."), code="unsupported_kind")


def _jpeg_end(data):
    """Offset just past a JPEG's end-of-image marker, walking its segments
    (an EOI inside a thumbnail or after appended data does not count)."""
    pos = 2  # after SOI
    while pos + 2 <= len(data):
        if data[pos] != 0xFF:
            return None
        marker = data[pos + 1]
        if marker == 0xFF:  # fill byte
            pos += 1
            continue
        if marker == 0xD9:
            return pos + 2
        if 0xD0 <= marker <= 0xD7 or marker == 0x01:
            pos += 2
            continue
        length = int.from_bytes(data[pos + 2 : pos + 4], "big")
        pos += 2 + length
        if marker == 0xDA:  # entropy-coded data up to the next real marker
            while pos + 1 < len(data):
                if (
                    data[pos] == 0xFF
                    and data[pos + 1] != 0x00
                    and not 0xD0 <= data[pos + 1] <= 0xD7
                ):
                    break
                pos += 1
    return None


def _png_end(data):
    pos = 8
    while pos + 8 <= len(data):
        length = int.from_bytes(data[pos : pos + 4], "big")
        kind = data[pos + 4 : pos + 8]
        pos += 12 + length
        if kind == b"IEND":
            return pos
    return None


def _gif_end(data):
    flags = data[10]
    pos = 13 + (3 * 2 ** ((flags & 7) + 1) if flags & 0x80 else 0)

    def skip_sub_blocks(pos):
        while pos < len(data) and data[pos]:
            pos += data[pos] + 1
        return pos + 1

    while pos < len(data):
        block = data[pos]
        if block == 0x3B:
            return pos + 1
        if block == 0x21:
            pos = skip_sub_blocks(pos + 2)
        elif block == 0x2C:
            local = data[pos + 9]
            pos += 10 + (3 * 2 ** ((local & 7) + 1) if local & 0x80 else 0)
            pos = skip_sub_blocks(pos + 1)  # after the LZW minimum code size
        else:
            return None
    return None


def _webp_end(data):
    return 8 + int.from_bytes(data[4:8], "little") + (data[4] & 1)


IMAGE_ENDS = {"JPEG": _jpeg_end, "PNG": _png_end, "GIF": _gif_end, "WEBP": _webp_end}


def _refuse_trailing_data(data, image_format):
    """An image with bytes after its end (an HTML page, a zip) is a polyglot:
    harmless to Pillow, dangerous to whatever else opens it."""
    try:
        end = IMAGE_ENDS[image_format](data)
    except (IndexError, KeyError):
        end = None
    if end is None or data[end:].strip(b"\x00"):
        raise ValidationError(
            _(
                "This image carries other data after the picture; save it again from an "
                "image editor and upload that copy."
            ),
            code="trailing_data",
        )


def validate_image_file(fileobj, max_pixels=None):
    """Decode the image with Pillow: a real, complete image of an allowed format.

    Wagtail has already compared the extension with the format Willow sees and
    counted the pixels; this catches truncated or crafted files Willow accepts
    from their header alone, and SVG or HTML under an image name.
    """

    data = _read_all(fileobj)
    if _looks_like_markup(data[:4096]):
        _refuse_markup()
    allowed = {"JPEG", "PNG", "GIF", "WEBP"}
    too_many = ValidationError(
        _("This image has too many pixels to be processed; reduce its size."),
        code="too_many_pixels",
    )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as image:
                if image.format not in allowed:
                    raise ValidationError(
                        _("Only JPEG, PNG, GIF and WebP images can be uploaded."),
                        code="image_format",
                    )
                width, height = image.size
                if max_pixels and width * height > max_pixels:
                    raise too_many
                image_format = image.format
                image.verify()
            with Image.open(io.BytesIO(data)) as image:
                image.load()
        _refuse_trailing_data(data, image_format)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise too_many from None
    except ValidationError:
        raise
    except Exception:  # noqa: BLE001 - Pillow raises many kinds for bad data
        raise ValidationError(BAD_IMAGE_MESSAGE, code="bad_image") from None
    finally:
        fileobj.seek(0)
