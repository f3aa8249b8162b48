"""The app icon: SVG sources, and PNG/ICO/ICNS rendered from them in every size a desktop asks for."""

from __future__ import annotations

import struct
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ICONS = ROOT / "resources" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
HICOLOR_SIZES = (48, 128, 256)


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path.name} is not a PNG"
    return struct.unpack(">II", data[16:24])


def test_the_icon_sources_are_square_svgs():
    for name in ("clientfit.svg", "clientfit-small.svg"):
        root = ET.parse(ICONS / name).getroot()
        assert root.tag.endswith("svg")
        _x, _y, width, height = (float(v) for v in root.get("viewBox").split())
        assert width == height


@pytest.mark.parametrize("size", PNG_SIZES)
def test_a_png_is_rendered_at_every_size(size):
    assert png_size(ICONS / f"clientfit-{size}.png") == (size, size)


def test_the_menu_sizes_and_a_scalable_icon_are_there_for_the_hicolor_theme():
    for size in HICOLOR_SIZES:
        assert (ICONS / f"clientfit-{size}.png").is_file()
    assert (ICONS / "clientfit.svg").is_file()


def test_the_windows_ico_holds_16_to_256_pixels():
    data = (ICONS / "clientfit.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = set()
    for i in range(count):
        width, height = data[6 + 16 * i], data[7 + 16 * i]
        sizes.add((width or 256, height or 256))  # 0 means 256 in an ICO directory
    assert {(s, s) for s in (16, 32, 48, 256)} <= sizes


def test_the_macos_icns_is_a_valid_icon_family_with_retina_sizes():
    data = (ICONS / "clientfit.icns").read_bytes()
    magic, length = struct.unpack(">4sI", data[:8])
    assert magic == b"icns"
    assert length == len(data)
    kinds, offset = set(), 8
    while offset < len(data):
        kind, size = struct.unpack(">4sI", data[offset : offset + 8])
        kinds.add(kind)
        offset += size
    assert {b"ic07", b"ic08", b"ic09", b"ic10"} <= kinds  # 128, 256, 512, 512@2x


def test_the_app_window_uses_the_icon_at_small_and_large_sizes(qapp):
    from PySide6.QtCore import QSize

    from clientfit.ui.app import app_icon

    icon = app_icon()
    assert not icon.isNull()
    sizes = icon.availableSizes()
    assert QSize(16, 16) in sizes
    assert QSize(256, 256) in sizes
