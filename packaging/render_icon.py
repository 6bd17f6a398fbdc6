"""Draw the SVG icon as square PNGs: render_icon.py ICON.svg OUT_DIR SIZE [SIZE ...].

A separate process, so the spec's own Python never holds a Qt application.
"""
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402


def main(svg: str, out_dir: str, *sizes: str) -> None:
    app = QGuiApplication([])  # noqa: F841 - QImage painting wants one alive
    renderer = QSvgRenderer(svg)
    for size in map(int, sizes):
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        image.save(str(Path(out_dir) / f"{Path(svg).stem}-{size}.png"))


if __name__ == "__main__":
    main(*sys.argv[1:])
