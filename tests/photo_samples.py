"""Pictures the way phones write them: EXIF with the camera, a GPS position, an
orientation and an embedded thumbnail, plus XMP and a comment."""
import io
import struct

from PIL import Image

MAKER, MODEL = b"PhoneMaker", b"Model 7"
GPS_TAG = 0x8825


def _entry(tag: int, kind: int, count: int, value: bytes) -> bytes:
    return struct.pack("<HHI", tag, kind, count) + value.ljust(4, b"\0")


def _offset(n: int) -> bytes:
    return struct.pack("<I", n)


def _rationals(*values: float) -> bytes:
    return b"".join(struct.pack("<II", round(v * 100), 100) for v in values)


def exif_block(orientation: int, thumbnail: bytes) -> bytes:
    """A little-endian EXIF block: IFD0 (Make, Model, Orientation, GPS pointer), the GPS
    IFD (latitude and longitude) and IFD1 holding a JPEG thumbnail."""
    ifd0, make_at = 8, 62
    model_at = make_at + len(MAKER) + 1
    gps_at = 82
    lat_at, lon_at = gps_at + 54, gps_at + 54 + 24
    ifd1_at = lon_at + 24
    thumb_at = ifd1_at + 30
    assert model_at + len(MODEL) + 1 <= gps_at and ifd0 + 54 == make_at
    head = b"II*\0" + _offset(ifd0)
    zero0 = struct.pack("<H", 4) + b"".join([
        _entry(0x010F, 2, len(MAKER) + 1, _offset(make_at)),
        _entry(0x0110, 2, len(MODEL) + 1, _offset(model_at)),
        _entry(0x0112, 3, 1, struct.pack("<H", orientation)),
        _entry(GPS_TAG, 4, 1, _offset(gps_at))]) + _offset(ifd1_at)
    strings = (MAKER + b"\0" + MODEL + b"\0").ljust(gps_at - make_at, b"\0")
    gps = struct.pack("<H", 4) + b"".join([
        _entry(1, 2, 2, b"N"), _entry(2, 5, 3, _offset(lat_at)),
        _entry(3, 2, 2, b"E"), _entry(4, 5, 3, _offset(lon_at))]) + _offset(0)
    coordinates = _rationals(52, 22, 10.5) + _rationals(4, 53, 0)
    one = struct.pack("<H", 2) + b"".join([
        _entry(0x0201, 4, 1, _offset(thumb_at)),
        _entry(0x0202, 4, 1, _offset(len(thumbnail)))]) + _offset(0)
    tiff = head + zero0 + strings + gps + coordinates + one + thumbnail
    assert tiff.index(thumbnail) == thumb_at
    return b"Exif\0\0" + tiff


def phone_jpeg(width: int = 64, height: int = 32, orientation: int = 1) -> bytes:
    """A JPEG, *width* wider than tall as stored, its top half red and bottom half blue,
    carrying everything a phone would write."""
    image = Image.new("RGB", (width, height), (30, 60, 200))
    image.paste((220, 30, 30), (0, 0, width, height // 2))
    small = io.BytesIO()
    image.resize((16, 8)).save(small, "JPEG")
    out = io.BytesIO()
    image.save(out, "JPEG", quality=95, exif=exif_block(orientation, small.getvalue()),
               comment=b"Taken at 12 Elm Street", xmp=b"<x:xmpmeta>GPS 52.37 4.88</x:xmpmeta>")
    return out.getvalue()


def png_with_text() -> bytes:
    from PIL.PngImagePlugin import PngInfo
    info = PngInfo()
    info.add_text("Location", "12 Elm Street")
    info.add_itxt("Comment", "Maya at school")
    out = io.BytesIO()
    Image.new("RGB", (20, 10), (10, 200, 10)).save(out, "PNG", pnginfo=info)
    return out.getvalue()


def metadata_left(data: bytes) -> list[str]:
    """What of the phone's metadata is still in *data* (empty when clean)."""
    found = [word for word, marker in (
        ("EXIF", b"Exif\0\0"), ("maker", MAKER), ("model", MODEL), ("XMP", b"xmpmeta"),
        ("comment", b"Elm Street"), ("caption", b"Maya at school")) if marker in data]
    if data.count(b"\xff\xd8\xff") > 1:
        found.append("thumbnail")
    with Image.open(io.BytesIO(data)) as image:
        exif = image.getexif()
        if exif:
            found.append("EXIF tags")
        if exif.get_ifd(GPS_TAG):
            found.append("GPS")
    return found
