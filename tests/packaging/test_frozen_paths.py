"""Inside a PyInstaller build the app finds resources in the bundle, not beside src/."""
import sys

from bfpp_desktop.core import paths
from package_helpers import ROOT


def test_resources_come_from_the_checkout_when_run_from_source():
    assert paths.resources_dir() == ROOT / "resources"


def test_resources_come_from_the_bundle_when_frozen(monkeypatch, tmp_path):
    # PyInstaller's boot loader sets sys._MEIPASS to the folder holding the bundled files.
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert paths.resources_dir() == tmp_path / "resources"


def test_the_bundle_carries_every_resource_folder(tmp_path, monkeypatch):
    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        import bundle
    finally:
        sys.path.remove(str(ROOT / "packaging"))
    monkeypatch.setattr(bundle, "WORK", tmp_path)
    carried = {dest for _source, dest in bundle.datas()}
    expected = {f"resources/{item.name}" for item in (ROOT / "resources").iterdir()
                if item.is_dir()}
    assert expected <= carried
    assert "resources" in carried  # the loose files (sources.json)
    assert (tmp_path / "translations" / "bfpp_es.qm").is_file()
