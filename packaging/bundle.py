"""What every PyInstaller build carries, shared by the Linux, Windows and macOS specs.

The specs run this inside PyInstaller (`pyinstaller packaging/<system>/bfpp-desktop.spec`
from any folder); it needs only the build's Python, with the app's dependencies and
PyInstaller installed. Generated files (compiled translations, icon images) go to
build/bundle/ so the source tree stays as it is.
"""
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "resources"
WORK = ROOT / "build" / "bundle"
ICON_SVG = RESOURCES / "icons" / "bfpp-desktop.svg"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)

NAME = "bfpp-desktop"
DISPLAY_NAME = "Birth & Foster Parent Partnership"
ENTRY = ROOT / "src" / "bfpp_desktop" / "__main__.py"
PATHEX = [str(ROOT / "src")]

# The printout catalogue imports each document's gatherer and builder by name, only
# when it is made, so the analysis cannot see them; Qt's PDF modules are imported late.
HIDDEN_IMPORTS = ["PySide6.QtPdf", "PySide6.QtPdfWidgets", "PySide6.QtPrintSupport",
                  "PySide6.QtSvg",
                  # reportlab imports its accelerator (rl_accel) inside exec(), unseen.
                  "_rl_accel"]
# Qt modules that the analysis drags in through PySide6's own helpers but the app never
# uses: they would add tens of megabytes.
EXCLUDES = ["tkinter", "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtNetwork",
            "PySide6.QtOpenGL", "PySide6.QtDBus"]


def _declared(name: str) -> str:
    """A constant of src/bfpp_desktop/__init__.py, read without importing the app."""
    text = (ROOT / "src" / "bfpp_desktop" / "__init__.py").read_text(encoding="utf-8")
    return re.search(rf'^{name} = "([^"]+)"', text, re.MULTILINE).group(1)


# Qt plugins the bundle leaves out: the GTK theme would load the system's GTK beside the
# libraries bundled from the build machine (the app draws with Fusion anyway), and the VNC
# platform would serve the window over the network.
UNWANTED_PLUGINS = ("platformthemes/libqgtk3", "platforms/libqvnc", "platforms/qvnc")


def wanted(binaries):
    """The analysis's binaries without UNWANTED_PLUGINS (a TOC of (name, path, kind))."""
    return [entry for entry in binaries
            if not any(plugin in Path(entry[0]).as_posix() for plugin in UNWANTED_PLUGINS)]


def version() -> str:
    return _declared("__version__")


# The rDNS name of the .desktop and metainfo files and the macOS bundle identifier.
APP_ID = _declared("APP_ID")


def hidden_imports() -> list[str]:
    from PyInstaller.utils.hooks import collect_submodules
    return [*HIDDEN_IMPORTS, *collect_submodules("bfpp_desktop.reports")]


def datas() -> list[tuple[str, str]]:
    """resources/ as the app reads it (paths.resources_dir()), translations compiled for
    the window and as they are for the code without Qt (core.ts_catalogue: the command
    line, printouts in another language, and the worker that makes every printout)."""
    found = [(str(item), f"resources/{item.name}" if item.is_dir() else "resources")
             for item in sorted(RESOURCES.iterdir()) if item.name != "translations"]
    found += [(str(qm), "resources/translations") for qm in compile_translations()]
    found += [(str(ts), "resources/translations")
              for ts in sorted((RESOURCES / "translations").glob("*.ts"))]
    return found


def compile_translations() -> list[Path]:
    """Each resources/translations/*.ts as the .qm file QTranslator loads."""
    out = WORK / "translations"
    out.mkdir(parents=True, exist_ok=True)
    compiled = []
    for ts in sorted((RESOURCES / "translations").glob("*.ts")):
        qm = out / f"{ts.stem}.qm"
        subprocess.run([sys.executable, "-c",
                        "from PySide6.scripts.pyside_tool import lrelease; lrelease()",
                        "-silent", str(ts), "-qm", str(qm)], check=True)
        compiled.append(qm)
    return compiled


def icons() -> dict[str, Path]:
    """The SVG icon drawn as PNGs of each size, plus the Windows .ico and macOS .icns."""
    out = WORK / "icons"
    out.mkdir(parents=True, exist_ok=True)
    subprocess.run([sys.executable, str(ROOT / "packaging" / "render_icon.py"),
                    str(ICON_SVG), str(out), *map(str, ICON_SIZES)], check=True)
    from PIL import Image
    largest = Image.open(out / f"{NAME}-{max(ICON_SIZES)}.png")
    largest.save(out / f"{NAME}.ico", sizes=[(s, s) for s in ICON_SIZES if s <= 256])
    largest.save(out / f"{NAME}.icns")
    return {"png": out / f"{NAME}-256.png", "ico": out / f"{NAME}.ico",
            "icns": out / f"{NAME}.icns", "folder": out}
