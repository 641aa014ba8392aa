"""Images and PDFs made locally, for the demo and the tests.

Nothing is downloaded: photos are drawn with Pillow and PDFs are written
byte by byte, so the demo works on a machine without internet.
"""

import io
import random

from PIL import Image, ImageDraw

from core.text import fold

PALETTE = [(165, 14, 14), (11, 79, 156), (34, 120, 60), (200, 140, 20), (90, 60, 140)]


def make_image_bytes(label="", size=(1200, 675), seed=None, fmt="JPEG"):
    """A landscape picture (sky, fields, sun) with an optional caption."""
    rng = random.Random(seed)  # noqa: S311 - pictures, not secrets
    width, height = size
    img = Image.new("RGB", size, (170 + rng.randint(0, 60), 200, 235))
    draw = ImageDraw.Draw(img)
    horizon = int(height * (0.45 + rng.random() * 0.2))
    field = PALETTE[rng.randrange(len(PALETTE))]
    draw.rectangle([0, horizon, width, height], fill=(60, 140 + rng.randint(0, 60), 70))
    for i in range(6):
        y = horizon + i * (height - horizon) // 6
        draw.line([0, y, width, y + rng.randint(-20, 20)], fill=(40, 110, 50), width=3)
    r = height // 10
    cx, cy = rng.randint(r, width - r), rng.randint(r, max(r + 1, horizon - r))
    draw.ellipse([cx - r, cy - r, cx + r, cy + r], fill=(255, 210, 80))
    draw.rectangle(
        [width // 3, horizon - height // 6, width // 3 + width // 8, horizon], fill=field
    )
    if label:
        draw.rectangle([0, height - 48, width, height], fill=(0, 0, 0))
        draw.text((16, height - 36), fold(label)[:120], fill=(255, 255, 255))
    buffer = io.BytesIO()
    img.save(buffer, format=fmt, quality=85)
    return buffer.getvalue()


def _pdf_escape(text):
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf_bytes(title, lines=()):
    """A small valid one-page PDF. Standard PDF fonts have no Vietnamese
    glyphs, so the text is written without diacritics."""
    content_lines = ["BT", "/F1 16 Tf", "50 790 Td", f"({_pdf_escape(fold(title)[:90])}) Tj"]
    content_lines += ["/F1 11 Tf"]
    for line in list(lines)[:50]:
        content_lines += ["0 -18 Td", f"({_pdf_escape(fold(line)[:100])}) Tj"]
    content_lines.append("ET")
    stream = "\n".join(content_lines).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return out.getvalue()
