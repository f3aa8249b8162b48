"""Finding Clientfit's resources: icons (with their SVG sources), fonts, message templates,
translations and the demo portfolio.

They live in the top-level `resources/` folder of a checkout, beside `desktop/`, `tests/` and
`packaging/`. The wheel (`setup.py` copies them at build time) and the PyInstaller bundle
(`packaging/clientfit.spec`) carry them into this package's folder, `clientfit/resources/`.
`resource()` is the one way in from all three: this folder when it holds them, else the checkout's.

Imports nothing of Clientfit; every layer may import it.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

HERE = Path(__file__).resolve().parent
CHECKOUT = HERE.parents[2] / "resources"  # desktop/clientfit/resources -> <checkout>/resources
MARKER = ("icons", "clientfit.svg")  # the app icon: every build carries it


@cache
def resources_dir() -> Path:
    """The folder that holds the resources: the package's own (a wheel, a bundle) or the
    checkout's top-level `resources/` (running from source, an editable install)."""
    for folder in (HERE, CHECKOUT):
        if folder.joinpath(*MARKER).is_file():
            return folder
    raise FileNotFoundError(f"Clientfit's resources are missing: neither {HERE} nor {CHECKOUT}")


def resource(*parts: str) -> Path:
    """The path of one resource, e.g. resource("fonts", "DejaVuSans.ttf")."""
    return resources_dir().joinpath(*parts)


def read_text(*parts: str) -> str:
    """The text of one resource, read as UTF-8."""
    return resource(*parts).read_text(encoding="utf-8")
