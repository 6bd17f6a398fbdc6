"""Driving the print center as a caregiver does: wait for the preview, Save as PDF…"""
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog


def wait_ready(qtbot, center) -> None:
    """Until the preview of the current choices is built and shown."""
    qtbot.waitUntil(lambda: not center._timer.isActive() and center.job is None
                    and center.current_pdf is not None, timeout=20000)


def save_as_pdf(qtbot, center, monkeypatch, out: Path) -> Path:
    """Wait for the preview, then Save as PDF… to *out* (the file dialog answered)."""
    wait_ready(qtbot, center)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(out), "PDF files (*.pdf)")))
    qtbot.mouseClick(center.save_button, Qt.MouseButton.LeftButton)
    return out


def pdf_text(path: Path) -> str:
    """Every page's text, with runs of white space made single spaces."""
    return " ".join(" ".join(p.extract_text() for p in PdfReader(path).pages).split())
