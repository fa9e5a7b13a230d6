"""Render Legwork's app icon from its SVG into every file the desktops want.

Writes, from ``resources/icons/legwork.svg``:

- ``packaging/linux/icons/hicolor/<n>x<n>/apps/io.github.legwork.Legwork.png``
  for n in 16, 32, 48, 64, 128, 256, 512, and the SVG itself under
  ``hicolor/scalable/apps/`` (the freedesktop icon theme layout);
- ``packaging/windows/legwork.ico`` (16-256 px) and
  ``packaging/macos/legwork.icns`` (16-512 px) for the PyInstaller builds.

Usage::

    python scripts/make_icons.py [REPOSITORY_ROOT]

Runs without a display (Qt's offscreen platform). The output is committed, so
packagers need neither this script nor Qt's SVG module to install the icons.
"""

import os
import shutil
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

APP_ID = "io.github.legwork.Legwork"
PNG_SIZES = (16, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    """The icon drawn at `size`×`size` pixels on a transparent background."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    """The image encoded as PNG."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError("could not encode a PNG")
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding PNG images (Qt's own writer stores only one size)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, blobs = b"", b""
    for size, png in sorted(pngs.items()):
        # A width or height of 0 means 256 in the ICO directory.
        side = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + entries + blobs


# PNG-capable icns element types by pixel size (the 1x slots).
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09"}


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns holding PNG images (Qt's own writer stores only one size)."""
    body = b"".join(
        ICNS_TYPES[size] + struct.pack(">I", 8 + len(png)) + png
        for size, png in sorted(pngs.items())
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def make_icons(root: Path) -> list[Path]:
    """Render every icon file under `root`; returns the paths written."""
    source = root / "resources" / "icons" / "legwork.svg"
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise RuntimeError(f"{source} is not a valid SVG")
    hicolor = root / "packaging" / "linux" / "icons" / "hicolor"
    written: list[Path] = []
    for size in PNG_SIZES:
        path = hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        if not render(renderer, size).save(str(path), "PNG"):
            raise RuntimeError(f"could not write {path}")
        written.append(path)
    scalable = hicolor / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, scalable)
    written.append(scalable)

    ico = root / "packaging" / "windows" / "legwork.ico"
    ico.parent.mkdir(parents=True, exist_ok=True)
    ico.write_bytes(ico_bytes({n: png_bytes(render(renderer, n)) for n in ICO_SIZES}))
    icns = root / "packaging" / "macos" / "legwork.icns"
    icns.parent.mkdir(parents=True, exist_ok=True)
    icns.write_bytes(icns_bytes({n: png_bytes(render(renderer, n)) for n in ICNS_SIZES}))
    return [*written, ico, icns]


def main(argv: list[str]) -> int:
    """Render the icons into the repository given (default: this script's)."""
    root = Path(argv[0]) if argv else Path(__file__).resolve().parents[1]
    QGuiApplication([])
    for path in make_icons(root):
        print(path.relative_to(root))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
