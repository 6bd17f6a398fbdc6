"""A photo sheet of six 12-megapixel phone photos: file size and build time.

Run by benchmarks/run (prints one JSON line).
Goals: under 3 MB, built in under 2 s. Six 4000x3000 JPEGs with real
detail (shapes, gradients, sensor-like noise; a flat picture would flatter the size)
are imported the way the journal editor imports them; only the making of the PDF
(gathering from storage and laying out) is timed.
"""
import io
import json
import random
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw, ImageFilter

from bfpp_desktop.core.children import Child
from bfpp_desktop.core.journal import JournalEntry, Photo
from bfpp_desktop.reports.catalogue import printout
from bfpp_desktop.reports.make import make_document
from bfpp_desktop.reports.options import Paper
from bfpp_desktop.storage.children import add_child
from bfpp_desktop.storage.connection import open_database
from bfpp_desktop.storage.journal import add_entry
from bfpp_desktop.storage.photos import import_photo

SIZE = (4000, 3000)
PHOTOS = 6
TODAY = date(2026, 11, 24)


def phone_photo(seed: int) -> bytes:
    """A 12-megapixel JPEG that compresses like a photo: soft shapes over a sky-like
    gradient, sharp edges, and noise like a phone sensor's."""
    rng = random.Random(seed)
    small = Image.new("RGB", (400, 300))
    draw = ImageDraw.Draw(small)
    for y in range(300):
        draw.line([(0, y), (400, y)], fill=(90 + y // 3, 140 + y // 5, 230 - y // 2))
    for _ in range(40):
        x, y, r = rng.randrange(400), rng.randrange(300), rng.randrange(8, 90)
        draw.ellipse([x - r, y - r, x + r, y + r],
                     fill=tuple(rng.randrange(256) for _ in range(3)))
    image = small.resize(SIZE, Image.Resampling.BICUBIC).filter(ImageFilter.GaussianBlur(3))
    detail = ImageDraw.Draw(image)
    for _ in range(400):
        x, y = rng.randrange(SIZE[0]), rng.randrange(SIZE[1])
        detail.line([(x, y), (x + rng.randrange(-300, 300), y + rng.randrange(-300, 300))],
                    fill=tuple(rng.randrange(256) for _ in range(3)), width=rng.randrange(1, 6))
    noise = Image.merge("RGB", [Image.effect_noise(SIZE, 10) for _ in range(3)])
    image = ImageChops.add(image, noise, offset=-128)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=92)
    return out.getvalue()


def measure(folder: Path) -> dict:
    db = open_database(folder / "bfpp.sqlite3")
    child = add_child(db, Child(full_name="Maya Rodríguez", preferred_name="Maya"))
    for n in range(PHOTOS):
        source = folder / f"IMG_{n:04d}.JPG"
        source.write_bytes(phone_photo(n))
        name = import_photo(folder, child.id, source)
        add_entry(db, JournalEntry(child_id=child.id, entry_date=date(2026, 11, 10 + n),
                                   title=f"Day {n}", photos=[Photo(name, caption=f"Photo {n}",
                                                                   shareable=True)]))
    options = printout("photo-sheet").default_options(Paper.A4)
    times = []
    for run in range(3):
        out = folder / f"sheet{run}.pdf"
        start = time.perf_counter()
        make_document(db, "photo-sheet", child, options, out, today=TODAY)
        times.append(time.perf_counter() - start)
    db.close()
    return {"build_s": statistics.median(times), "size_mb": out.stat().st_size / 1e6}


if __name__ == "__main__":
    with tempfile.TemporaryDirectory(prefix="bfpp-photo-sheet-") as tmp:
        print(json.dumps(measure(Path(tmp))))
