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


def load_smoke():
    path = ROOT / "packaging" / "smoke_test.py"
    spec = importlib.util.spec_from_file_location("clientfit_smoke", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_smoke_test_leaves_only_the_desktops_graphics_libraries_to_the_system():
    allowed = load_smoke().SYSTEM_PROVIDED
    for name in ("libwayland-cursor.so.0", "libwayland-egl.so.1", "libGL.so.1", "libEGL.so.1",
                 "libxcb.so.1", "libdrm.so.2"):  # fmt: skip
        assert allowed.match(name), name
    for name in (
        "libQt6Gui.so.6",
        "libxcb-cursor.so.0",
        "libpython3.11.so.1.0",
        "libfontconfig.so.1",
    ):
        assert not allowed.match(name), name


def test_the_app_has_the_option_the_smoke_test_times_it_with():
    from clientfit.ui.app import EXIT_MARKERS, parse_args

    smoke = load_smoke()
    assert smoke.APP_MARKERS == EXIT_MARKERS
    for mode in smoke.APP_MARKERS:
        assert parse_args(["--exit-after", mode]).exit_after == mode
    assert parse_args(["--exit-after-first-paint"]).exit_after == "first-paint"
