"""The published documents the app's guidance is based on (for About and Sources)."""
import json
from dataclasses import dataclass
from pathlib import Path

from bfpp_desktop.core import paths


@dataclass(frozen=True)
class Source:
    title: str
    publisher: str
    year: str
    note: str = ""


def load_sources(resources: Path | None = None) -> list[Source]:
    path = (resources or paths.resources_dir()) / "sources.json"
    return [Source(**item) for item in json.loads(path.read_text(encoding="utf-8"))]
