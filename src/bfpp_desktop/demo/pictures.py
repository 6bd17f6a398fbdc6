"""Simple pictures for the demo drawn in plain Python (no Qt): a child's drawing and
a photographed handwritten page, so the bridge book has something to show."""
import math

from bfpp_desktop.demo.png import rgb_png

Colour = tuple[int, int, int]


class Canvas:
    def __init__(self, width: int, height: int, background: Colour):
        self.width, self.height = width, height
        self.pixels = bytearray(bytes(background) * width * height)

    def dot(self, x: int, y: int, colour: Colour) -> None:
        if 0 <= x < self.width and 0 <= y < self.height:
            at = (y * self.width + x) * 3
            self.pixels[at:at + 3] = bytes(colour)

    def rect(self, x0: int, y0: int, x1: int, y1: int, colour: Colour) -> None:
        row = bytes(colour) * (min(x1, self.width) - max(x0, 0))
        for y in range(max(y0, 0), min(y1, self.height)):
            at = (y * self.width + max(x0, 0)) * 3
            self.pixels[at:at + len(row)] = row

    def disc(self, cx: int, cy: int, radius: int, colour: Colour) -> None:
        for dy in range(-radius, radius + 1):
            half = int(math.sqrt(radius * radius - dy * dy))
            self.rect(cx - half, cy + dy, cx + half + 1, cy + dy + 1, colour)

    def stroke(self, points: list[tuple[float, float]], colour: Colour, width: int = 2) -> None:
        for (x0, y0), (x1, y1) in zip(points, points[1:]):
            steps = max(int(max(abs(x1 - x0), abs(y1 - y0))), 1)
            for i in range(steps + 1):
                x = round(x0 + (x1 - x0) * i / steps)
                y = round(y0 + (y1 - y0) * i / steps)
                self.rect(x - width // 2, y - width // 2, x + (width + 1) // 2,
                          y + (width + 1) // 2, colour)

    def png(self) -> bytes:
        line = self.width * 3
        rows = b"".join(b"\x00" + bytes(self.pixels[y * line:(y + 1) * line])
                        for y in range(self.height))
        return rgb_png(self.width, self.height, rows)


def drawing_of_a_house(width: int = 480, height: int = 360) -> bytes:
    """A crayon-style house under a big sun, on a sheet of paper."""
    c = Canvas(width, height, (250, 247, 238))
    c.rect(0, int(height * 0.78), width, height, (120, 190, 90))
    c.disc(int(width * 0.8), int(height * 0.2), int(height * 0.12), (250, 200, 40))
    for angle in range(0, 360, 30):
        a = math.radians(angle)
        cx, cy, r = width * 0.8, height * 0.2, height * 0.12
        c.stroke([(cx + math.cos(a) * r * 1.2, cy + math.sin(a) * r * 1.2),
                  (cx + math.cos(a) * r * 1.7, cy + math.sin(a) * r * 1.7)], (240, 170, 30), 4)
    left, right, top, floor = int(width * 0.2), int(width * 0.55), int(height * 0.45), \
        int(height * 0.78)
    c.rect(left, top, right, floor, (220, 90, 80))
    roof = [(left - 20, top), ((left + right) / 2, top - height * 0.22), (right + 20, top)]
    rise = top - roof[1][1]
    for y in range(int(roof[1][1]), top):
        half = (right - left + 40) / 2 * (y - roof[1][1]) / rise
        c.rect(int(roof[1][0] - half), y, int(roof[1][0] + half), y + 1, (120, 90, 180))
    c.stroke(roof, (60, 40, 120), 5)
    c.rect(int(left + (right - left) * 0.42), int(floor - height * 0.16),
           int(left + (right - left) * 0.6), floor, (110, 70, 40))
    c.rect(left + 15, top + 18, left + 55, top + 55, (160, 210, 245))
    return c.png()


def handwritten_page(width: int = 420, height: int = 560) -> bytes:
    """A lined notebook page with lines of loopy pen writing, slightly shaded like a photo."""
    c = Canvas(width, height, (246, 243, 232))
    for y in range(0, height, 4):             # the soft shadow of a phone photo
        shade = int(12 * y / height)
        c.rect(0, y, width, y + 4, (246 - shade, 243 - shade, 232 - shade))
    c.rect(38, 0, 40, height, (230, 150, 150))   # margin line
    gap = 30
    for row, y in enumerate(range(70, height - 30, gap)):
        c.rect(0, y, width, y + 1, (170, 195, 225))
        if row in (11, 14, 15):
            continue                          # a paragraph break, and room to sign
        end = width - 30 - (row * 37) % 90
        x = 50.0
        while x < end:                        # words of different lengths
            word_end = min(x + 25 + (x * 7 + row * 13) % 45, end)
            points = []
            while x < word_end:
                points.append((x, y - 8 + 6 * math.sin(x / 5.5 + row) -
                               3 * math.cos(x / 2.3)))
                x += 1.5
            c.stroke(points, (30, 45, 110), 2)
            x += 12
    c.stroke([(width - 160 + t, 525 + 7 * math.sin(t / 6) - t * 0.1)
              for t in range(0, 110, 2)], (30, 45, 110), 3)   # a signature
    return c.png()
