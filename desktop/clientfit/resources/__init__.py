"""Bundled resources (icons, fonts, templates, translations, demo data).

One way in, whether Clientfit runs from a checkout, an installed wheel or a PyInstaller bundle:
`importlib.resources` resolves the package folder in all three (PyInstaller collects it as data).
"""

from __future__ import annotations

from importlib.resources import as_file, files
from pathlib import Path


def resource(*parts: str) -> Path:
    """A real file-system path to a bundled resource, e.g. resource("fonts", "DejaVuSans.ttf")."""
    ref = files(__name__).joinpath(*parts)
    with as_file(ref) as path:  # a no-op for normal installs; extracts from a zip otherwise
        return Path(path)


def read_text(*parts: str) -> str:
    """The text of a bundled resource, read as UTF-8."""
    return files(__name__).joinpath(*parts).read_text(encoding="utf-8")
