"""The desktop entry, AppStream metadata, icons and entry points agree with the app itself.

CI also runs `desktop-file-validate` and `appstreamcli validate` on the two files;
these tests check what those tools cannot know: that every name matches ours.
"""

import configparser
import filecmp
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QImage, QImageReader

from app import __version__
from app.ui.shell.application import create_application
from app.ui.shell.screenshots import VIEW_FILE_NAMES

ROOT = Path(__file__).resolve().parents[1]
LINUX = ROOT / "packaging" / "linux"
APP_ID = "io.github.legwork.Legwork"
ICON_SIZES = (16, 32, 48, 64, 128, 256, 512)


@pytest.fixture(scope="module")
def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    # Desktop entry keys are case-sensitive; configparser would lower-case them.
    parser.optionxform = str
    parser.read(LINUX / f"{APP_ID}.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


@pytest.fixture(scope="module")
def metainfo() -> ET.Element:
    return ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()


@pytest.fixture(scope="module")
def pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_the_running_app_announces_the_same_id_as_its_desktop_file(qapp) -> None:
    app = create_application()
    assert app.desktopFileName() == APP_ID
    assert (LINUX / f"{APP_ID}.desktop").is_file()


def test_desktop_entry_starts_the_installed_command_with_our_icon(
    desktop_entry: configparser.SectionProxy, pyproject: dict
) -> None:
    assert desktop_entry["Name"] == "Legwork"
    assert desktop_entry["Icon"] == APP_ID
    assert desktop_entry["Terminal"] == "false"
    assert desktop_entry["Exec"].split()[0] in pyproject["project"]["scripts"]


def test_metainfo_names_the_same_app_command_and_version(
    metainfo: ET.Element, pyproject: dict
) -> None:
    assert metainfo.findtext("id") == APP_ID
    assert metainfo.findtext("launchable") == f"{APP_ID}.desktop"
    assert metainfo.findtext("provides/binary") in pyproject["project"]["scripts"]
    newest = metainfo.find("releases/release")
    assert newest is not None
    assert newest.get("version") == __version__, "add release notes for this version"
    assert metainfo.find("content_rating").get("type") == "oars-1.1"


def test_metainfo_screenshots_are_the_ones_the_screenshot_command_renders(
    metainfo: ET.Element,
) -> None:
    urls = [image.text or "" for image in metainfo.iter("image")]
    names = [url.rsplit("/", 1)[-1] for url in urls]
    assert names == [f"{view}.png" for view in VIEW_FILE_NAMES]
    assert all(url.startswith("https://") and "/docs/screenshots/" in url for url in urls)


def test_every_icon_size_is_there_at_its_size_and_the_svg_is_the_apps(qapp) -> None:
    hicolor = LINUX / "icons" / "hicolor"
    for size in ICON_SIZES:
        image = QImage(str(hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png"))
        assert (image.width(), image.height()) == (size, size)
        assert image.hasAlphaChannel(), "the rounded corners must stay transparent"
        assert image.pixelColor(0, 0).alpha() == 0
    scalable = hicolor / "scalable" / "apps" / f"{APP_ID}.svg"
    assert filecmp.cmp(scalable, ROOT / "resources" / "icons" / "legwork.svg", shallow=False)


def test_windows_and_macos_icons_hold_every_size(qapp) -> None:
    for path, expected in ((ROOT / "packaging" / "windows" / "legwork.ico",
                            {16, 24, 32, 48, 64, 128, 256}),
                           (ROOT / "packaging" / "macos" / "legwork.icns",
                            {16, 32, 64, 128, 256, 512})):
        reader = QImageReader(str(path))
        sizes = set()
        for index in range(reader.imageCount()):
            reader.jumpToImage(index)
            sizes.add(reader.read().width())
        assert sizes == expected, path.name


def test_console_and_gui_scripts_both_start_the_app(pyproject: dict) -> None:
    project = pyproject["project"]
    assert project["scripts"]["legwork"] == "app.__main__:main"
    assert project["gui-scripts"]["legwork-gui"] == "app.__main__:main"
    packaging = project["optional-dependencies"]["packaging"]
    assert any(req.startswith("pyinstaller") for req in packaging)
