"""Reading settings.ini without Qt gives back exactly what QSettings wrote."""
import pytest
from PySide6.QtCore import QSettings

from bfpp_desktop.core.qsettings_ini import read_group

TRICKY = {
    "plain": "Sam and Jo",
    "comma_newline": "12 Elm, Springfield\nSecond \"line\"; x=y",
    "accents": "María-José Þórunn Nguyễn 🌈",
    "at": "@home",
    "empty": "",
    "controls": "tab\there\x01\x02 3F",
    "spaces": "  spaced  ",
    "backslash": "C:\\Users\\jo",
}


def test_values_written_by_qsettings_read_back_unchanged(tmp_path):
    path = tmp_path / "settings.ini"
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    for key, value in TRICKY.items():
        settings.setValue(f"household/{key}", value)
    settings.setValue("print/plain", "another group")
    settings.sync()
    assert read_group(path, "household") == TRICKY


@pytest.mark.parametrize("content", [None, b"\xff\xfe not text [household\n"])
def test_missing_or_odd_file_gives_nothing(tmp_path, content):
    path = tmp_path / "settings.ini"
    if content is not None:
        path.write_bytes(content)
    assert read_group(path, "household") == {}
