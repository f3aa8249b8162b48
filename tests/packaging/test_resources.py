"""The top-level resources/ is found by one function from a checkout, an installed wheel and the
PyInstaller bundle (`clientfit.resources.resource`)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

from clientfit.resources import CHECKOUT, resource, resources_dir

ROOT = Path(__file__).resolve().parents[2]
# What each consumer reads: the window icon, the Qt catalog, the gettext catalog, a packet font,
# a message template, the demo portfolio.
NEEDED = (
    ("icons", "clientfit-256.png"),
    ("translations", "clientfit_sv.qm"),
    ("locale", "sv", "LC_MESSAGES", "clientfit.mo"),
    ("fonts", "DejaVuSans.ttf"),
    ("templates", "messages", "sv", "needs.txt"),
    ("demo", "portfolio.json"),
)
PROBE = (
    "import sys; from clientfit.resources import resource, resources_dir; "
    f"parts = {NEEDED!r}; "
    "missing = [p for p in parts if not resource(*p).is_file()]; "
    "print(resources_dir()); sys.exit(1 if missing else 0)"
)


def probe(path_entry: Path) -> Path:
    """resources_dir() in a fresh interpreter that sees only `path_entry` (and the stdlib)."""
    result = subprocess.run(
        [
            sys.executable,
            "-I",
            "-c",
            f"import sys; sys.path.insert(0, {str(path_entry)!r}); {PROBE}",
        ],
        capture_output=True,
        text=True,
        cwd=path_entry,
    )
    assert result.returncode == 0, result.stderr or f"missing resources under {result.stdout}"
    return Path(result.stdout.strip())


def test_a_checkout_reads_the_top_level_folder():
    assert CHECKOUT == ROOT / "resources"
    assert resources_dir() == ROOT / "resources"
    for parts in NEEDED:
        assert resource(*parts).is_file(), parts
    assert probe(ROOT / "desktop") == ROOT / "resources"  # PYTHONPATH=desktop, no install


def test_the_package_folder_holds_no_copy_in_a_checkout():
    """One copy: the checkout's package folder has the locator only (a stale copy would win)."""
    package = ROOT / "desktop" / "clientfit" / "resources"
    assert sorted(p.name for p in package.iterdir() if p.name != "__pycache__") == ["__init__.py"]


def test_an_installed_wheel_carries_them_into_the_package(tmp_path):
    source = tmp_path / "src"
    source.mkdir()
    for name in ("pyproject.toml", "setup.py", "MANIFEST.in", "README.md", "LICENSE"):
        shutil.copy2(ROOT / name, source / name)
    for folder in ("desktop", "resources"):
        shutil.copytree(
            ROOT / folder,
            source / folder,
            ignore=shutil.ignore_patterns("*.egg-info", "__pycache__"),
        )
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
         "-w", str(tmp_path / "dist"), str(source)],
        check=True, capture_output=True, cwd=source,
    )  # fmt: skip
    (wheel,) = (tmp_path / "dist").glob("clientfit-*.whl")
    site = tmp_path / "site"
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(site)
    assert probe(site) == site / "clientfit" / "resources"


def test_the_bundle_layout_puts_them_where_the_function_looks(monkeypatch, tmp_path):
    """Lay out what the spec collects (data files at their destinations, the package's modules
    beside them, as PyInstaller's _internal/ does) and ask the function from there."""
    from tests.packaging.test_spec import run_spec

    (analysis, _cli) = run_spec(monkeypatch, tmp_path / "work", "Linux").calls["Analysis"]
    internal = tmp_path / "_internal"
    for src, dest in analysis.kwargs["datas"]:
        (internal / dest).mkdir(parents=True, exist_ok=True)
        shutil.copy2(src, internal / dest)
    for module in ("__init__.py", "resources/__init__.py"):
        shutil.copy2(ROOT / "desktop" / "clientfit" / module, internal / "clientfit" / module)
    assert probe(internal) == internal / "clientfit" / "resources"
