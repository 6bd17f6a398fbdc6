"""Simple pictures for the demo drawn in plain Python (no Qt): the children's drawings,
things they made or played with, and a photographed handwritten page, so the journal,
the bridge book and the photo sheet have something to show. None shows a face, another
child or the home's address, as the caregivers' shareable photos should not."""
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

    def ellipse(self, cx: float, cy: float, rx: float, ry: float, colour: Colour,
                turn: float = 0.0) -> None:
        """A filled ellipse, turned by *turn* radians (a leaf, a pancake seen from the side)."""
        cos, sin = math.cos(turn), math.sin(turn)
        # Row by row, the points inside satisfy a*dx² + b*dx + c <= 0.
        a = (cos / rx) ** 2 + (sin / ry) ** 2
        reach = int(max(rx, ry)) + 1
        for y in range(int(cy) - reach, int(cy) + reach + 1):
            dy = y - cy
            b = 2 * dy * cos * sin * (1 / rx ** 2 - 1 / ry ** 2)
            c = dy * dy * ((sin / rx) ** 2 + (cos / ry) ** 2) - 1
            room = b * b - 4 * a * c
            if room >= 0:
                left = (-b - math.sqrt(room)) / (2 * a)
                right = (-b + math.sqrt(room)) / (2 * a)
                self.rect(round(cx + left), y, round(cx + right) + 1, y + 1, colour)

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


def drawing_of_a_rainbow(width: int = 400, height: int = 300) -> bytes:
    """A crayon rainbow between two clouds."""
    paper = (250, 247, 238)
    c = Canvas(width, height, paper)
    cx, cy = width // 2, int(height * 0.8)
    bands = [(230, 70, 60), (245, 150, 40), (245, 215, 60), (100, 190, 90), (70, 140, 220),
             (140, 90, 190)]
    for number, colour in enumerate(bands + [paper]):
        c.disc(cx, cy, int(height * 0.62) - number * 14, colour)
    c.rect(0, cy, width, height, paper)
    for side in (0.2, 0.8):
        for dx, dy, r in ((-22, 0, 20), (0, -12, 26), (24, 0, 20)):
            c.disc(int(width * side) + dx, cy - 8 + dy, r, (200, 215, 235))
    return c.png()


def leaves_on_a_table(width: int = 400, height: int = 300) -> bytes:
    """Autumn leaves collected on a walk, laid out on a wooden table."""
    c = Canvas(width, height, (196, 160, 118))
    for y in range(0, height, 22):                       # the boards
        c.rect(0, y, width, y + 2, (170, 134, 96))
    for number, colour in enumerate([(205, 60, 40), (230, 130, 30), (240, 190, 50),
                                     (180, 80, 40), (220, 100, 50)]):
        cx, cy = 60 + number * 70, 110 + (number % 2) * 80
        turn = 0.5 + number * 0.7
        c.ellipse(cx, cy, 38, 18, colour, turn)
        c.stroke([(cx + 30 * math.cos(turn), cy + 30 * math.sin(turn)),    # vein and stem
                  (cx - 52 * math.cos(turn), cy - 52 * math.sin(turn))], (110, 70, 40), 2)
    return c.png()


def pancakes_with_banana(width: int = 400, height: int = 300) -> bytes:
    """A stack of pancakes with banana slices on a plate."""
    c = Canvas(width, height, (214, 226, 236))
    c.ellipse(width / 2, height * 0.6, width * 0.42, height * 0.3, (250, 250, 250))
    for layer in range(4):
        c.ellipse(width / 2, height * 0.62 - layer * 16, width * 0.27, height * 0.12,
                  (200, 140, 60) if layer % 2 else (225, 170, 85))
    for dx, dy in ((-40, -6), (0, -14), (38, -4), (-12, 8), (22, 10)):
        c.disc(int(width / 2) + dx, int(height * 0.56) - 48 + dy, 12, (250, 235, 170))
    return c.png()


def trucks_in_a_row(width: int = 400, height: int = 300) -> bytes:
    """Toy trucks lined up on the grass."""
    c = Canvas(width, height, (150, 200, 120))
    c.rect(0, 0, width, int(height * 0.35), (190, 220, 245))
    for number, colour in enumerate([(220, 50, 40), (245, 200, 40), (60, 120, 210),
                                     (240, 140, 40)]):
        left, floor = 20 + number * 95, int(height * 0.55) + (number % 2) * 60
        c.rect(left, floor - 40, left + 55, floor, colour)          # the load
        c.rect(left + 55, floor - 28, left + 80, floor, colour)     # the cab
        c.rect(left + 60, floor - 24, left + 74, floor - 14, (200, 230, 250))
        for wheel in (left + 15, left + 65):
            c.disc(wheel, floor, 10, (40, 40, 40))
    return c.png()


def tower_of_blocks(width: int = 300, height: int = 360) -> bytes:
    """A wobbly tower of wooden blocks on a rug."""
    c = Canvas(width, height, (236, 228, 214))
    c.rect(0, int(height * 0.85), width, height, (160, 90, 90))
    colours = [(220, 60, 50), (60, 130, 210), (245, 200, 50), (90, 180, 90)]
    floor = int(height * 0.85)
    for level in range(7):
        shift = (-1) ** level * (level * 3)
        left = width // 2 - 40 + shift
        c.rect(left, floor - 38, left + 80, floor, colours[level % len(colours)])
        floor -= 40
    return c.png()
