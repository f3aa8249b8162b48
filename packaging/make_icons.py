"""Render the app icon's PNG, ICO and ICNS files from its SVG sources.

Why a script: the SVGs are the one source of the icon (clientfit.svg, and clientfit-small.svg
for 16 to 32 px); every raster size the desktops want (the
hicolor theme, the Windows .ico, the macOS .icns) is generated from it, so they never drift.
Qt's own SVG renderer (QtSvg ships in PySide6-Essentials) draws the PNGs; Pillow (already
installed with reportlab) packs them into .ico and .icns. Run it after editing the SVG:

    .venv/bin/python packaging/make_icons.py
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SOURCE = ICONS / "clientfit.svg"
# Hand-fitted to the 16 px grid: used for the sizes up to SMALL_MAX, where detail only blurs.
SMALL_SOURCE = ICONS / "clientfit-small.svg"
SMALL_MAX = 32

# Sizes shipped as PNG in resources/icons (window icon, hicolor theme, ICO, ICNS inputs).
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# What the Windows .ico holds; Explorer picks the nearest.
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# The .icns holds 16 to 1024 (1024 is rendered in memory only, not kept as a PNG).
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def png_name(size: int) -> str:
    return f"clientfit-{size}.png"


def render_png(size: int) -> bytes:
    """The SVG drawn into a transparent size x size PNG, antialiased."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    source = SMALL_SOURCE if size <= SMALL_MAX else SOURCE
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise SystemExit(f"{source} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    rendered = {size: render_png(size) for size in sorted(set(PNG_SIZES + ICNS_SIZES))}
    for size in PNG_SIZES:
        (ICONS / png_name(size)).write_bytes(rendered[size])

    images = {size: Image.open(io.BytesIO(rendered[size])).convert("RGBA") for size in rendered}
    largest_ico = images[max(ICO_SIZES)]
    largest_ico.save(
        ICONS / "clientfit.ico",
        format="ICO",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[images[s] for s in ICO_SIZES if s != max(ICO_SIZES)],
    )
    largest_icns = images[max(ICNS_SIZES)]
    largest_icns.save(
        ICONS / "clientfit.icns",
        format="ICNS",
        append_images=[images[s] for s in ICNS_SIZES if s != max(ICNS_SIZES)],
    )
    print(f"wrote {len(PNG_SIZES)} PNGs, clientfit.ico and clientfit.icns to {ICONS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
