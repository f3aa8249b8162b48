"""The PyInstaller spec, run with stand-ins for PyInstaller's classes on each OS.

A real build takes minutes (packaging/smoke_test.py does one); these checks take milliseconds and
catch what usually breaks a release: a renamed target, a resource or migration left out, a
platform branch that no longer runs.
"""

from __future__ import annotations

import platform
import sys
from pathlib import Path

import pytest

from clientfit import APP_ID, APP_NAME, __version__

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "clientfit.spec"
PACKAGE = ROOT / "desktop" / "clientfit"
RESOURCES = ROOT / "resources"


class Recorder:
    """Stand-ins for Analysis, PYZ, EXE, COLLECT and BUNDLE that remember how they were called."""

    def __init__(self, binaries: list[tuple[str, str, str]]):
        self.calls: dict[str, list] = {}
        self.binaries = binaries

    def _record(self, kind: str, args, kwargs):
        obj = type(kind, (), {})()
        obj.args, obj.kwargs = args, kwargs
        self.calls.setdefault(kind, []).append(obj)
        return obj

    def namespace(self, workpath: Path) -> dict:
        def analysis(*args, **kwargs):
            obj = self._record("Analysis", args, kwargs)
            obj.binaries = list(self.binaries)
            obj.datas = [(dest, src, "DATA") for src, dest in kwargs.get("datas", [])]
            obj.scripts, obj.pure = [("script", args[0][0], "PYSOURCE")], []
            return obj

        return {
            "__name__": "__main__",
            "__file__": str(SPEC),
            "SPECPATH": str(SPEC.parent),
            "SPEC": str(SPEC),
            "specnm": "clientfit",
            "workpath": str(workpath),
            "DISTPATH": str(workpath / "dist"),
            "Analysis": analysis,
            "PYZ": lambda *a, **k: self._record("PYZ", a, k),
            "EXE": lambda *a, **k: self._record("EXE", a, k),
            "COLLECT": lambda *a, **k: self._record("COLLECT", a, k),
            "BUNDLE": lambda *a, **k: self._record("BUNDLE", a, k),
        }


SAMPLE_BINARIES = [
    ("PySide6/Qt/lib/libQt6Widgets.so.6", "/x/libQt6Widgets.so.6", "BINARY"),
    ("PySide6/Qt/plugins/platforms/libqxcb.so", "/x/libqxcb.so", "BINARY"),
    ("PySide6/Qt/plugins/platforms/libqwayland.so", "/x/libqwayland.so", "BINARY"),
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", "/x/libqoffscreen.so", "BINARY"),
    ("PySide6/Qt/plugins/platforms/libqeglfs.so", "/x/libqeglfs.so", "BINARY"),
    ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "/x/libqgtk3.so", "BINARY"),
    ("PySide6/Qt/lib/libQt6Quick.so.6", "/x/libQt6Quick.so.6", "BINARY"),
    ("PySide6/Qt/translations/qtbase_sv.qm", "/x/qtbase_sv.qm", "DATA"),
    ("PySide6/Qt/translations/qtbase_de.qm", "/x/qtbase_de.qm", "DATA"),
    ("PySide6/Qt/translations/qt_help_sv.qm", "/x/qt_help_sv.qm", "DATA"),
]


def run_spec(monkeypatch, tmp_path, system: str) -> Recorder:
    monkeypatch.setattr(platform, "system", lambda: system)
    monkeypatch.setattr(sys, "path", list(sys.path))
    recorder = Recorder(SAMPLE_BINARIES)
    code = compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec")
    exec(code, recorder.namespace(tmp_path))
    return recorder


def exes(recorder: Recorder) -> dict[str, dict]:
    return {e.kwargs["name"]: e.kwargs for e in recorder.calls["EXE"]}


@pytest.mark.parametrize("system", ["Linux", "Windows", "Darwin"])
def test_spec_builds_a_windowed_app_and_a_console_cli_into_one_folder(
    monkeypatch, tmp_path, system
):
    recorder = run_spec(monkeypatch, tmp_path, system)

    targets = exes(recorder)
    assert set(targets) == {APP_NAME, "clientfit-cli"}
    assert targets[APP_NAME]["console"] is False
    assert targets["clientfit-cli"]["console"] is True
    assert all(t["exclude_binaries"] for t in targets.values()), "one-folder, not one-file"
    (collect,) = recorder.calls["COLLECT"]
    assert collect.kwargs["name"] == APP_NAME
    assert len([a for a in collect.args if a in recorder.calls["EXE"]]) == 2


def test_spec_gives_the_windows_exe_its_icon_and_version_information(monkeypatch, tmp_path):
    recorder = run_spec(monkeypatch, tmp_path, "Windows")

    for target in exes(recorder).values():
        assert Path(target["icon"]).name == "clientfit.ico"
        assert Path(target["icon"]).is_file()
        version_text = Path(target["version"]).read_text(encoding="utf-8")
        assert f"StringStruct('ProductVersion', '{__version__}')" in version_text
        assert f"StringStruct('OriginalFilename', '{APP_NAME}.exe')" in version_text


def test_spec_makes_a_mac_app_bundle_with_icns_and_info_plist(monkeypatch, tmp_path):
    recorder = run_spec(monkeypatch, tmp_path, "Darwin")

    (bundle,) = recorder.calls["BUNDLE"]
    assert bundle.kwargs["name"] == f"{APP_NAME}.app"
    assert bundle.kwargs["bundle_identifier"] == APP_ID
    assert Path(bundle.kwargs["icon"]).name == "clientfit.icns"
    assert Path(bundle.kwargs["icon"]).is_file()
    plist = bundle.kwargs["info_plist"]
    assert plist["CFBundleShortVersionString"] == __version__
    assert plist["CFBundleIdentifier"] == APP_ID
    assert plist["NSHighResolutionCapable"] is True
    assert "sv" in plist["CFBundleLocalizations"]


def test_no_app_bundle_outside_macos(monkeypatch, tmp_path):
    assert "BUNDLE" not in run_spec(monkeypatch, tmp_path, "Linux").calls


def test_spec_collects_every_resource_and_the_migration_scripts_as_files(monkeypatch, tmp_path):
    recorder = run_spec(monkeypatch, tmp_path, "Linux")
    app, cli = recorder.calls["Analysis"]

    for analysis in (app, cli):
        collected = {Path(src).resolve() for src, _dest in analysis.kwargs["datas"]}
        for migration in (PACKAGE / "store" / "migrations").glob("[0-9]*_*.py"):
            assert migration.resolve() in collected, f"{migration.name} not collected"
        for font in (RESOURCES / "fonts").glob("*.ttf"):
            assert font.resolve() in collected
        assert (RESOURCES / "icons" / "clientfit-256.png").resolve() in collected
        assert (RESOURCES / "demo" / "portfolio.json").resolve() in collected
        for compiled in [*RESOURCES.glob("translations/*.qm"),
                         *RESOURCES.glob("locale/*/LC_MESSAGES/*.mo")]:  # fmt: skip
            assert compiled.resolve() in collected
        # The Windows/macOS icon files feed the EXE/BUNDLE, not the running app.
        assert not any(
            p.suffix in {".ico", ".icns", ".py"} and "migrations" not in p.parts for p in collected
        )
        for src, dest in analysis.kwargs["datas"]:
            path = Path(src).resolve()
            if path.is_relative_to(RESOURCES.resolve()):
                # the top-level resources/ lands in the package, where resource() looks first
                rel = Path("clientfit", "resources", path.parent.relative_to(RESOURCES.resolve()))
            else:
                rel = path.parent.relative_to(PACKAGE.parent.resolve())
            assert Path(dest) == rel, f"{src} lands in {dest}"


def test_spec_names_every_cli_command_module_it_cannot_see_imported(monkeypatch, tmp_path):
    from clientfit.cli import COMMAND_MODULES

    recorder = run_spec(monkeypatch, tmp_path, "Linux")
    app, cli = recorder.calls["Analysis"]

    for module in COMMAND_MODULES:
        assert module in cli.kwargs["hiddenimports"]
    assert not any(m.startswith("clientfit.ui") for m in cli.kwargs["hiddenimports"])
    assert "PySide6" in cli.kwargs["excludes"], "the CLI carries no Qt"
    assert "clientfit.ui.app" in app.kwargs["hiddenimports"]
    assert "playhouse.migrations" in app.kwargs["hiddenimports"]


def test_spec_leaves_out_tk_test_tools_and_unused_qt(monkeypatch, tmp_path):
    recorder = run_spec(monkeypatch, tmp_path, "Linux")
    app, _cli = recorder.calls["Analysis"]

    for name in ("tkinter", "pytest", "hypothesis", "PySide6.QtQml", "PySide6.QtQuick"):
        assert name in app.kwargs["excludes"]
    kept = {dest for dest, _src, _kind in app.binaries}
    assert "PySide6/Qt/plugins/platforms/libqxcb.so" in kept
    assert "PySide6/Qt/plugins/platforms/libqwayland.so" in kept
    assert "PySide6/Qt/plugins/platforms/libqoffscreen.so" in kept
    assert "PySide6/Qt/translations/qtbase_sv.qm" in kept
    assert "PySide6/Qt/lib/libQt6Widgets.so.6" in kept
    for dropped in (
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6/Qt/plugins/platforms/libqeglfs.so",
        "PySide6/Qt/lib/libQt6Quick.so.6",
        "PySide6/Qt/translations/qtbase_de.qm",
        "PySide6/Qt/translations/qt_help_sv.qm",
    ):
        assert dropped not in kept


def test_launchers_call_the_same_entry_points_as_the_installed_commands():
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    app = (ROOT / "packaging" / "launchers" / "clientfit_app.py").read_text(encoding="utf-8")
    cli = (ROOT / "packaging" / "launchers" / "clientfit_cli.py").read_text(encoding="utf-8")

    assert 'clientfit = "clientfit.ui.app:main"' in pyproject
    assert "from clientfit.ui.app import main" in app
    assert 'clientfit-cli = "clientfit.cli:main"' in pyproject
    assert "from clientfit.cli import main" in cli


def test_every_qt_module_the_code_imports_stays_in(monkeypatch, tmp_path):
    import re

    used = set()
    for path in PACKAGE.rglob("*.py"):
        used.update(re.findall(r"PySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    recorder = run_spec(monkeypatch, tmp_path, "Linux")
    app, _cli = recorder.calls["Analysis"]

    assert {"QtCore", "QtGui", "QtWidgets"} <= used
    for name in used:
        assert f"PySide6.{name}" not in app.kwargs["excludes"]
