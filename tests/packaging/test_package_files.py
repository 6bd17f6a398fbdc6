"""The packaging files agree with the app and with their formats' own validators (quick)."""
import plistlib
import re
import subprocess
import xml.etree.ElementTree as ET

from bfpp_desktop import APP_DISPLAY_NAME, APP_ID, APP_NAME, __version__
from package_helpers import LINUX, PACKAGING, ROOT, needs

DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"


@needs("desktop-file-validate")
def test_the_menu_entry_validates():
    checked = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True,
                             text=True)
    assert checked.returncode == 0 and not checked.stdout.strip(), checked.stdout


@needs("appstreamcli")
def test_the_appstream_data_validates():
    checked = subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO)],
                             capture_output=True, text=True)
    assert checked.returncode == 0, checked.stdout


def test_the_appstream_data_names_this_app_and_its_release():
    component = ET.parse(METAINFO).getroot()
    assert component.findtext("id") == APP_ID
    assert component.find("launchable").text == DESKTOP.name
    assert component.findtext("provides/binary") == APP_NAME
    assert component.find("content_rating").get("type") == "oars-1.1"
    assert component.find("description/p") is not None
    latest = component.find("releases/release")
    assert latest.get("version") == __version__, "list this version in <releases>, newest first"


def test_each_screenshot_is_a_committed_image_of_the_stated_size():
    from PIL import Image
    images = ET.parse(METAINFO).getroot().findall("screenshots/screenshot/image")
    assert images
    for image in images:
        # Published from the repository: the URL ends in the file's path inside it.
        path = re.fullmatch(r"https://\S+/main/(packaging/screenshots/\S+\.png)", image.text)
        assert path, image.text
        with Image.open(ROOT / path[1]) as shot:
            assert shot.size == (int(image.get("width")), int(image.get("height")))


def test_the_menu_entry_starts_the_launcher_with_our_icon():
    entry = dict(re.findall(r"^(\w+)=(.*)$", DESKTOP.read_text(), re.MULTILINE))
    assert entry["Name"] == APP_DISPLAY_NAME
    assert entry["Exec"] == APP_NAME
    assert (ROOT / "resources" / "icons" / f"{entry['Icon']}.svg").is_file()


def test_the_macos_info_plist_names_this_app():
    with open(PACKAGING / "macos" / "Info.plist", "rb") as file:
        info = plistlib.load(file)
    assert info["CFBundleIdentifier"] == APP_ID
    assert info["CFBundleDisplayName"] == APP_DISPLAY_NAME
    assert info["CFBundleExecutable"] == APP_NAME
    assert len(info["CFBundleName"]) <= 15  # Apple's limit for the menu bar name
    assert info["CFBundleShortVersionString"] == __version__


def test_the_windows_installer_installs_the_built_folder():
    script = (PACKAGING / "windows" / "bfpp-desktop.iss").read_text()
    assert f'#define AppName "{APP_DISPLAY_NAME}"' in script
    assert 'Source: "..\\..\\dist\\bfpp-desktop\\*"' in script
    assert re.search(r"^AppId=\{\{[0-9A-F-]{36}\}$", script, re.MULTILINE)


def test_ci_builds_every_system_from_the_files_here():
    workflow = (ROOT / ".github" / "workflows" / "packages.yml").read_text()
    for used in ("packaging/build", r"packaging\windows\bfpp-desktop.spec",
                 "packaging/windows/bfpp-desktop.iss", "packaging/macos/bfpp-desktop.spec",
                 f"{APP_DISPLAY_NAME}.app"):
        assert used in workflow, used
    for job in ("linux", "windows", "macos"):
        assert re.search(rf"^  {job}:$", workflow, re.MULTILINE), job
