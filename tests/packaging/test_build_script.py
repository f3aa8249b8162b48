"""packaging/build.py's packing step: what a Linux user downloads and unpacks."""

from __future__ import annotations

import importlib.util
import tarfile
from pathlib import Path

from clientfit import APP_ID, __version__

ROOT = Path(__file__).resolve().parents[2]


def load_build():
    spec = importlib.util.spec_from_file_location(
        "clientfit_build", ROOT / "packaging" / "build.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_build_reads_name_and_version_from_the_package():
    assert load_build().package_version() == ("Clientfit", __version__)


def test_the_linux_tarball_unpacks_to_one_folder_with_the_installer_and_menu_entry(tmp_path):
    build = load_build()
    bundle = tmp_path / "dist" / "Clientfit"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "Clientfit").write_text("app")
    stem = tmp_path / "dist" / f"Clientfit-{__version__}-linux-x86_64"

    archive = build.pack_linux(bundle, stem, f"Clientfit-{__version__}")

    assert archive.name == f"Clientfit-{__version__}-linux-x86_64.tar.gz"
    with tarfile.open(archive) as tar:
        names = set(tar.getnames())
    top = f"Clientfit-{__version__}"
    assert {n.split("/")[0] for n in names} == {top}
    assert f"{top}/Clientfit" in names
    assert f"{top}/install.sh" in names
    assert f"{top}/{APP_ID}.desktop" in names


def test_the_readme_names_the_build_and_the_smoke_test():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "packaging/build.py" in readme
    assert "packaging/smoke_test.py" in readme
