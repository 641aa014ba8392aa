"""Hostile and honest files, made in memory for the upload tests."""

import io
import zipfile

from PIL import Image

from core.samples import make_image_bytes, make_pdf_bytes

HTML_PAGE = b"<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"
SVG_DRAWING = (
    b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)">'
    b"<script>alert(1)</script></svg>"
)


def honest_pdf():
    return make_pdf_bytes("Quyet dinh so 12", ["Noi dung"])


def pdf_with_javascript():
    """A PDF whose catalogue runs JavaScript when opened."""
    pdf = honest_pdf()
    return pdf.replace(
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Catalog /Pages 2 0 R /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >>",
    )


def pdf_with_hidden_javascript():
    """The JavaScript action sits in a Flate-compressed stream, name hex-escaped."""
    import zlib

    hidden = zlib.compress(b"<< /S /J#61vaScript /JS (app.alert(1)) >>")
    return (
        b"%PDF-1.7\n1 0 obj\n<< /Type /ObjStm /Filter /FlateDecode /Length "
        + str(len(hidden)).encode()
        + b" >>\nstream\n"
        + hidden
        + b"\nendstream\nendobj\n%%EOF\n"
    )


def _zip(members):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def docx():
    return _zip(
        {
            "[Content_Types].xml": (
                '<?xml version="1.0"?><Types><Override PartName="/word/document.xml" '
                'ContentType="application/vnd.openxmlformats-officedocument.'
                'wordprocessingml.document.main+xml"/></Types>'
            ),
            "word/document.xml": "<w:document/>",
        }
    )


def xlsx():
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.active["A1"] = "Dân số"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def odt():
    return _zip({"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": "<x/>"})


def zip_bomb(expanded_bytes):
    return _zip({"zeros.txt": b"\0" * expanded_bytes})


def ole2_doc():
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504


def csv_text():
    return "Thôn,Số hộ\nThôn Đông,120\n".encode()


def jpeg():
    """A fixed picture of about 5 kB: a tail appended to it starts past the
    first 4 kB, where the markup check looks (a random one was sometimes
    small enough for that check to refuse it first)."""
    return make_image_bytes("Ảnh", size=(320, 180), seed=1)


def gif():
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), (200, 10, 10)).save(buffer, format="GIF")
    return buffer.getvalue()


def truncated_jpeg():
    data = make_image_bytes("Ảnh", size=(800, 600), seed=3)
    return data[: len(data) // 3]


def pixel_bomb(width=9000, height=9000):
    """A small PNG that expands to ``width * height`` pixels (81 million)."""
    buffer = io.BytesIO()
    Image.new("1", (width, height)).save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def with_tail(image_bytes, tail=HTML_PAGE):
    """An image with a web page appended: a polyglot."""
    return image_bytes + tail


def png():
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), (10, 200, 10)).save(buffer, format="PNG")
    return buffer.getvalue()


def webp():
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), (10, 10, 200)).save(buffer, format="WEBP")
    return buffer.getvalue()


def progressive_jpeg_with_thumbnail():
    """A progressive JPEG whose EXIF block carries its own small JPEG (its own EOI)."""
    thumb = io.BytesIO()
    Image.new("RGB", (16, 16), (1, 2, 3)).save(thumb, format="JPEG")
    exif = Image.Exif()
    exif[0x010E] = "Anh co thumbnail"
    buffer = io.BytesIO()
    Image.new("RGB", (120, 90), (90, 60, 30)).save(
        buffer, format="JPEG", progressive=True, exif=exif.tobytes() + thumb.getvalue()
    )
    return buffer.getvalue()
