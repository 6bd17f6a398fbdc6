"""Re-encode a picture without what the camera wrote into it.

Phone photos carry EXIF (the GPS position, the camera, maker notes), XMP,
comments and an embedded thumbnail. None of that may reach a copy printed for a
birth parent, so a picture is turned upright by its EXIF orientation and saved
afresh: JPEG stays JPEG, PNG stays PNG. The colour profile is kept (it holds no
personal details and keeps phone colours true).
"""
import io
import logging

log = logging.getLogger(__name__)

JPEG_QUALITY = 90
_FORMATS = {".jpg": "JPEG", ".png": "PNG"}


class DamagedPicture(ValueError):
    """The bytes start like a JPEG or PNG but cannot be read to the end."""


def clean_picture(data: bytes, kind: str) -> bytes:
    """*data* (a '.jpg' or '.png' picture) upright and without metadata, as *kind*."""
    from PIL import Image   # Pillow loads when a picture is added, not at every start
    try:
        with Image.open(io.BytesIO(data)) as image:
            image.load()
            keep = {k: image.info[k] for k in ("icc_profile", "transparency") if image.info.get(k)}
            upright = _upright(image)
    except (OSError, SyntaxError, ValueError, EOFError, Image.DecompressionBombError) as exc:
        raise DamagedPicture(str(exc)) from exc
    # Pillow carries some of info (comments, XMP) into what it saves; start empty.
    upright.info = {}
    if kind == ".jpg":
        keep.pop("transparency", None)
        if upright.mode not in ("L", "RGB"):
            upright = upright.convert("RGB")
        options = {"quality": JPEG_QUALITY}
    else:
        options = {}
    out = io.BytesIO()
    upright.save(out, _FORMATS[kind], **options, **keep)
    return out.getvalue()


def _upright(image):
    """A copy turned the way the camera meant; as stored when its EXIF cannot be read
    (some editing apps write it malformed, and the picture itself is still fine)."""
    from PIL import ImageOps
    try:
        return ImageOps.exif_transpose(image)
    except Exception:  # noqa: BLE001 - Pillow raises many kinds for broken EXIF
        log.warning("photo orientation unreadable; kept as stored", exc_info=True)
        return image.copy()
