"""A tiny PNG writer in plain Python, for demo and benchmark photos (no Qt needed)."""
import struct
import zlib


def _chunk(kind: bytes, data: bytes) -> bytes:
    return (struct.pack(">I", len(data)) + kind + data +
            struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))


def png_bytes(width: int, height: int, top: tuple[int, int, int],
              bottom: tuple[int, int, int]) -> bytes:
    """An RGB picture fading from *top* colour to *bottom* colour."""
    rows = []
    for y in range(height):
        t = y / max(height - 1, 1)
        pixel = bytes(round(a + (b - a) * t) for a, b in zip(top, bottom))
        rows.append(b"\x00" + pixel * width)
    return rgb_png(width, height, b"".join(rows))


def rgb_png(width: int, height: int, rows: bytes) -> bytes:
    """Encode RGB scanlines (each starting with a filter byte 0) as a PNG file."""
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) +
            _chunk(b"IDAT", zlib.compress(rows, 6)) + _chunk(b"IEND", b""))
