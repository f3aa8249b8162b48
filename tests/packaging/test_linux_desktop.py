"""Linux integration: the desktop entry, its name against the app's desktop file name, the installer."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from clientfit import APP_ID, APP_NAME

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
ICONS = ROOT / "resources" / "icons"

needs_sh = pytest.mark.skipif(sys.platform == "win32", reason="POSIX shell script")
needs_validator = pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None, reason="desktop-file-utils not installed"
)


def read_entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive in desktop entries
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_desktop_file_is_named_after_the_apps_desktop_file_name():
    # Wayland compositors and GNOME match windows to menu entries by this name.
    assert DESKTOP.is_file()
    assert sorted(p.name for p in LINUX.glob("*.desktop")) == [f"{APP_ID}.desktop"]


def test_make_application_sets_that_desktop_file_name():
    source = (ROOT / "desktop" / "clientfit" / "ui" / "app.py").read_text(encoding="utf-8")
    assert "setDesktopFileName(APP_ID)" in source


def test_the_entry_names_the_app_its_icon_and_window_class():
    entry = read_entry(DESKTOP)
    assert entry["Type"] == "Application"
    assert entry["Name"] == APP_NAME
    assert entry["Icon"] == APP_ID
    assert entry["StartupWMClass"] == APP_NAME  # Qt's WM_CLASS class is the application name
    assert entry["Exec"].split()[0] == "clientfit"
    assert entry["Terminal"] == "false"
    assert "Comment[sv]" in entry


@needs_validator
def test_the_desktop_file_validates():
    result = subprocess.run(
        ["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout


def fake_bundle(folder: Path) -> Path:
    """A folder shaped like dist/Clientfit plus what build.py adds for the tarball."""
    folder.mkdir()
    for name in ("Clientfit", "clientfit-cli"):
        exe = folder / name
        exe.write_text("#!/bin/sh\necho fake\n")
        exe.chmod(0o755)
    shutil.copytree(ICONS, folder / "_internal" / "clientfit" / "resources" / "icons")
    shutil.copy2(LINUX / "install.sh", folder / "install.sh")
    shutil.copy2(DESKTOP, folder / DESKTOP.name)
    return folder


@needs_sh
def test_install_puts_the_app_in_the_users_menu_with_hicolor_icons_and_uninstall_removes_it(
    tmp_path,
):
    # Given an unpacked tarball, and an install prefix whose name has a space
    bundle = fake_bundle(tmp_path / "Downloads")
    home = tmp_path / "home"
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "share"),
        "CLIENTFIT_PREFIX": str(home / "my local"),
    }

    # When the user runs install.sh
    subprocess.run(["sh", str(bundle / "install.sh")], env=env, check=True, capture_output=True)

    # Then the program, the commands, the menu entry and every icon size are in place
    target = home / "my local" / "opt" / "clientfit"
    assert (target / "Clientfit").is_file()
    assert (home / "my local" / "bin" / "clientfit-cli").resolve() == (target / "clientfit-cli")
    hicolor = home / "share" / "icons" / "hicolor"
    for size in (48, 128, 256):
        assert (hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()
    assert (hicolor / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    installed = home / "share" / "applications" / f"{APP_ID}.desktop"
    entry = read_entry(installed)
    assert entry["Exec"] == f'"{target / "Clientfit"}"'
    assert entry["TryExec"] == str(target / "Clientfit")
    if shutil.which("desktop-file-validate"):
        subprocess.run(["desktop-file-validate", str(installed)], check=True)

    # When the user uninstalls
    subprocess.run(
        ["sh", str(target / "install.sh"), "--uninstall"], env=env, check=True, capture_output=True
    )

    # Then everything the installer put there is gone
    assert not installed.exists()
    assert not target.exists()
    assert not (home / "my local" / "bin" / "clientfit").exists()
    assert not (hicolor / "256x256" / "apps" / f"{APP_ID}.png").exists()


@needs_sh
def test_install_refuses_to_run_outside_an_unpacked_bundle(tmp_path):
    lonely = tmp_path / "lonely"
    lonely.mkdir()
    shutil.copy2(LINUX / "install.sh", lonely / "install.sh")
    env = {**os.environ, "HOME": str(tmp_path / "home"), "XDG_DATA_HOME": str(tmp_path / "s")}
    result = subprocess.run(
        ["sh", str(lonely / "install.sh")], env=env, capture_output=True, text=True, check=False
    )
    assert result.returncode == 2
    assert "unpacked Clientfit folder" in result.stderr
