"""Photos made ready for paper: scaled to the size they print at (300 dots per inch at
most) and saved afresh, so a phone's 12-megapixel photo does not make a huge PDF and no
camera metadata reaches it. JPEG stays JPEG; PNG (drawings, scans) stays sharp as PNG.
"""
import io
from dataclasses import dataclass

from PIL import Image

PRINT_DPI = 300
JPEG_QUALITY = 85
POINTS_PER_INCH = 72


@dataclass
class PrintCopy:
    data: io.BytesIO
    width: float    # points, as it prints
    height: float


def print_copy(data: bytes, max_width: float, max_height: float) -> PrintCopy:
    """The picture *data* fitted into max_width x max_height points, keeping its shape.

    Raises OSError (or another Pillow error) when it cannot be read.
    """
    with Image.open(io.BytesIO(data)) as image:
        scale = min(max_width / image.width, max_height / image.height)
        width, height = image.width * scale, image.height * scale
        pixels = (max(1, round(width / POINTS_PER_INCH * PRINT_DPI)),
                  max(1, round(height / POINTS_PER_INCH * PRINT_DPI)))
        is_jpeg = image.format in ("JPEG", "MPO")
        if is_jpeg:
            image.draft("RGB", pixels)  # decode at a fraction of full size: much faster
        image.load()
        scaled = image if image.width <= pixels[0] else image.resize(
            pixels, Image.Resampling.LANCZOS, reducing_gap=3.0)
        transparency = image.info.get("transparency")
        scaled.info = {}  # Pillow would carry comments and XMP into the copy
        out = io.BytesIO()
        if is_jpeg:
            if scaled.mode not in ("L", "RGB"):
                scaled = scaled.convert("RGB")
            scaled.save(out, "JPEG", quality=JPEG_QUALITY)
        else:
            # reportlab compresses the pixels again itself; a light pass is enough here.
            kept = {} if transparency is None else {"transparency": transparency}
            scaled.save(out, "PNG", compress_level=1, **kept)
    out.seek(0)
    return PrintCopy(out, width, height)
