"""Build the double-click app with PyInstaller and pack it for download.

Why a Python script and not a shell one: the same command builds on Linux, Windows and macOS.
It runs PyInstaller on packaging/clientfit.spec (one-folder bundle, `Clientfit` + `clientfit-cli`)
and then packs what the platform's users download:

- Linux:   dist/Clientfit-<version>-linux-<arch>.tar.gz (the bundle + install.sh + .desktop entry)
- Windows: dist/Clientfit-<version>-windows-<arch>.zip
- macOS:   dist/Clientfit-<version>-macos-<arch>.dmg (hdiutil), or a .zip of Clientfit.app

    python packaging/build.py            # needs `pip install pyinstaller` in this environment
    python packaging/build.py --no-pack  # the bundle only

PyInstaller runs at low priority (nice 10) so a build does not starve everything else.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SPEC = HERE / "clientfit.spec"
LINUX_EXTRAS = (HERE / "linux" / "install.sh", HERE / "linux" / "se.clientfit.Clientfit.desktop")


def package_version() -> tuple[str, str]:
    """APP_NAME and __version__ from the package being built (not from whatever is installed)."""
    sys.path.insert(0, str(ROOT / "desktop"))
    try:
        from clientfit import APP_NAME, __version__
    finally:
        sys.path.pop(0)
    return APP_NAME, __version__


def platform_tag() -> str:
    system = {"Linux": "linux", "Windows": "windows", "Darwin": "macos"}.get(
        platform.system(), platform.system().lower()
    )
    machine = platform.machine().lower().replace("amd64", "x86_64").replace("aarch64", "arm64")
    return f"{system}-{machine}"


def run_pyinstaller(dist: Path, work: Path) -> None:
    cmd = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level",
        "WARN",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
        str(SPEC),
    ]
    kwargs = {}
    if hasattr(os, "nice"):
        kwargs["preexec_fn"] = lambda: os.nice(10)
    print("+", " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True, cwd=ROOT, **kwargs)


def pack_linux(bundle: Path, out: Path, top: str) -> Path:
    for extra in LINUX_EXTRAS:
        shutil.copy2(extra, bundle / extra.name)
    archive = out.with_name(out.name + ".tar.gz")
    with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname=top)
    return archive


def pack_zip(folder: Path, out: Path, top: str) -> Path:
    archive = out.with_name(out.name + ".zip")
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(folder.rglob("*")):
            zf.write(path, Path(top) / path.relative_to(folder))
    return archive


def pack_macos(app: Path, out: Path, name: str) -> Path:
    if shutil.which("hdiutil"):
        dmg = out.with_name(out.name + ".dmg")
        subprocess.run(
            ["hdiutil", "create", "-volname", name, "-srcfolder", str(app), "-ov",
             "-format", "UDZO", str(dmg)],
            check=True,
        )  # fmt: skip
        return dmg
    archive = out.with_name(
        out.name + ".zip"
    )  # ditto keeps the symlinks and attributes a .app needs
    subprocess.run(["ditto", "-c", "-k", "--keepParent", str(app), str(archive)], check=True)
    return archive


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    parser.add_argument("--no-pack", action="store_true", help="build the bundle, skip the archive")
    args = parser.parse_args(argv)

    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        print("build.py: PyInstaller is missing: python -m pip install 'pyinstaller>=6.10'")
        return 2

    name, version = package_version()
    started = time.monotonic()
    run_pyinstaller(args.dist.resolve(), args.work.resolve())
    bundle = args.dist.resolve() / name
    print(f"bundle: {bundle} ({folder_size(bundle) / 2**20:.0f} MiB), "
          f"built in {time.monotonic() - started:.0f} s")  # fmt: skip
    if args.no_pack:
        return 0

    stem = args.dist.resolve() / f"{name}-{version}-{platform_tag()}"
    system = platform.system()
    if system == "Darwin":
        archive = pack_macos(args.dist.resolve() / f"{name}.app", stem, name)
    elif system == "Windows":
        archive = pack_zip(bundle, stem, f"{name}-{version}")
    else:
        archive = pack_linux(bundle, stem, f"{name}-{version}")
    print(f"archive: {archive} ({archive.stat().st_size / 2**20:.0f} MiB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
