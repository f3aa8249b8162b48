"""Build the double-click app from a clean checkout and prove the bundle works - and measure it.

Too slow for CI (a fresh environment and a PyInstaller build take minutes on two cores), so the
README names it and a release runs it by hand:

    python3 packaging/smoke_test.py                 # clone HEAD, fresh venv, build, test, measure
    python3 packaging/smoke_test.py --python .venv/bin/python   # reuse an environment that has
                                                    # PyInstaller (the code still comes from the clone)

What it does, on Linux:
1. `git clone` the committed HEAD into a temp folder; make a venv there and `pip install` the clone
   (not editable) plus PyInstaller; run packaging/build.py (nice 10) to get the bundle and tarball.
2. Unpack the tarball and work only from that copy, with a fresh HOME and no PYTHON* variables:
   every bundled library must resolve (ldd), `clientfit-cli` must run demo, score, clients,
   offboard and packet (each if the CLI has it), and the data folder must be the same one the
   installed app uses (~/.local/share/Clientfit).
3. Open the bundled app offscreen on the demo database with `--exit-after first-paint` (the app
   prints when its first window has painted and quits) and time it: once with the bundle's files
   evicted from the page cache (cold), then warm; where Xvfb is installed, once more on the real
   xcb plugin, checking the window's class (StartupWMClass) and icon.
4. Print bundle size, cold/warm start to first window and to a loaded roster, and CLI timings;
   write them as JSON with --report.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
APP_MARKERS = {"first-paint": "clientfit: first paint", "roster-loaded": "clientfit: roster loaded"}


class SmokeFailure(Exception):
    pass


def step(message: str) -> None:
    print(f"==> {message}", flush=True)


def run(
    cmd, *, env=None, cwd=None, timeout=1800, check=True, nice=False
) -> subprocess.CompletedProcess:
    kwargs = {"preexec_fn": (lambda: os.nice(10))} if nice and hasattr(os, "nice") else {}
    result = subprocess.run(
        [str(c) for c in cmd],
        env=env,
        cwd=cwd,
        timeout=timeout,
        capture_output=True,
        text=True,
        **kwargs,
    )
    if check and result.returncode != 0:
        raise SmokeFailure(
            f"{' '.join(map(str, cmd))} exited {result.returncode}\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
        )
    return result


def clean_env(home: Path) -> dict[str, str]:
    """A user's session: a fresh HOME, no Python of ours visible, offscreen Qt."""
    env = {
        "HOME": str(home),
        "PATH": "/usr/bin:/bin",
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        "TMPDIR": str(home / "tmp"),
    }
    (home / "tmp").mkdir(parents=True, exist_ok=True)
    return env


# --- build ------------------------------------------------------------------------------------


def build(work: Path, python: str | None) -> tuple[Path, Path, float]:
    src = work / "src"
    step(f"clone {REPO} (committed HEAD) into {src}")
    run(["git", "clone", "--quiet", "--no-local", str(REPO), str(src)])
    head = run(["git", "-C", str(src), "log", "--oneline", "-1"]).stdout.strip()
    print(f"    {head}")

    if python is None:
        venv = work / "venv"
        step("fresh venv: pip install the clone and PyInstaller")
        started = time.monotonic()
        run([sys.executable, "-m", "venv", str(venv)])
        python = str(venv / "bin" / "python")
        run(
            [python, "-m", "pip", "install", "--quiet", str(src), "pyinstaller>=6.10,<7"], nice=True
        )
        print(f"    {time.monotonic() - started:.0f} s")

    step("build with packaging/build.py (nice 10)")
    started = time.monotonic()
    run([python, str(src / "packaging" / "build.py"), "--dist", str(work / "dist"),
         "--work", str(work / "build")], cwd=src, nice=True)  # fmt: skip
    build_seconds = time.monotonic() - started
    print(f"    {build_seconds:.0f} s")

    # The bundle must hold the clone's code, not whatever another checkout has installed.
    toc = (work / "build" / "clientfit" / "Analysis-00.toc").read_text(encoding="utf-8")
    if str(src / "desktop" / "clientfit" / "ui" / "app.py") not in toc:
        raise SmokeFailure("the bundle was not built from the clean checkout's sources")
    (archive,) = (work / "dist").glob("Clientfit-*-linux-*.tar.gz")
    return archive, work / "dist" / "Clientfit", build_seconds


def unpack(archive: Path, into: Path) -> Path:
    step(f"unpack {archive.name}")
    into.mkdir()
    with tarfile.open(archive) as tar:
        tar.extractall(into, filter="tar") if hasattr(tarfile, "data_filter") else tar.extractall(
            into
        )
    (bundle,) = into.iterdir()
    return bundle


# --- checks -----------------------------------------------------------------------------------


def is_elf(path: Path) -> bool:
    with open(path, "rb") as handle:
        return handle.read(4) == b"\x7fELF"


# Libraries PyInstaller leaves to the user's desktop on purpose (they must match its graphics
# stack): glibc, GL/EGL, DRM, libxcb, Wayland's client libraries. This machine may lack some.
SYSTEM_PROVIDED = re.compile(
    r"^(libE?(Open)?GLX?(ESv1_CM|ESv2)?(dispatch)?|libdrm|libxcb|libxcb-dri.*"
    r"|libwayland-(client|cursor|egl|server))\.so"
)


def check_libraries(bundle: Path) -> int:
    """Every executable, extension module and plugin in the bundle finds every library it needs."""
    step("every bundled binary resolves its libraries (ldd)")
    missing, count, system = [], 0, set()
    internal = bundle / "_internal"
    env = {
        "LD_LIBRARY_PATH": f"{internal}:{internal / 'PySide6' / 'Qt' / 'lib'}",
        "PATH": "/usr/bin:/bin",
    }
    for path in sorted(bundle.rglob("*")):
        if not path.is_file() or path.is_symlink() or not is_elf(path):
            continue
        count += 1
        out = run(["ldd", path], env=env, check=False).stdout
        for line in out.splitlines():
            if "not found" not in line:
                continue
            name = line.split("=>")[0].strip()
            if SYSTEM_PROVIDED.match(name):
                system.add(name)
            else:
                missing.append(f"{path.relative_to(bundle)}: {name}")
    if missing:
        raise SmokeFailure("libraries not found:\n" + "\n".join(sorted(set(missing))))
    print(f"    {count} binaries, all resolved")
    if system:
        print(f"    left to the desktop (not installed here): {', '.join(sorted(system))}")
    return count


def timed(cmd, env) -> tuple[subprocess.CompletedProcess, float]:
    started = time.perf_counter()
    result = run(cmd, env=env, timeout=300)
    return result, time.perf_counter() - started


def evict(folder: Path) -> bool:
    """Drop the bundle's files from the page cache, so the next start reads them from disk."""
    if not hasattr(os, "posix_fadvise"):
        return False
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            fd = os.open(path, os.O_RDONLY)
            try:
                os.fdatasync(fd)
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            finally:
                os.close(fd)
    return True


def check_cli(bundle: Path, env: dict[str, str], home: Path, out: Path) -> dict:
    cli = bundle / "clientfit-cli"
    figures: dict = {}
    step("bundled clientfit-cli")
    version = run([cli, "--version"], env=env).stdout.strip()
    print(f"    {version}")
    commands = run([cli, "--help"], env=env).stdout
    has = lambda name: f"    {name} " in commands or f"    {name}\n" in commands  # noqa: E731

    if not has("demo"):
        raise SmokeFailure("clientfit-cli has no demo command")
    # No --db: the bundle must use the same data folder as the installed app.
    evict(bundle)
    result, seconds = timed([cli, "demo"], env)
    data_db = home / ".local" / "share" / "Clientfit" / "clientfit.db"
    if not data_db.is_file():
        raise SmokeFailure(f"demo did not create {data_db}")
    figures["cli_demo_cold_s"] = round(seconds, 2)
    print(f"    demo (cold) {seconds:.2f} s: {result.stdout.strip().splitlines()[-1]}")
    warm = []
    for i in range(3):
        db = out / f"warm{i}.db"
        warm.append(timed([cli, "--db", db, "demo"], env)[1])
    figures["cli_demo_warm_s"] = round(statistics.median(warm), 2)
    print(f"    demo (warm, median of 3) {figures['cli_demo_warm_s']:.2f} s")
    shutil.copy2(data_db, out / "demo.db")
    db = out / "demo.db"

    _result, seconds = timed([cli, "--db", db, "--version"], env)
    figures["cli_version_s"] = round(seconds, 2)

    if has("score"):
        result, seconds = timed([cli, "--db", db, "score", "--json"], env)
        scores = json.loads(result.stdout)
        figures["cli_score_s"] = round(seconds, 2)
        bands = {s["client"]: s["band"] for s in scores}
        print(
            f"    score {seconds:.2f} s: {len(scores)} clients, bands {sorted(set(bands.values()))}"
        )
        if not scores or any(
            s["band"] not in {"healthy", "watch", "consider_ending", "unknown"} for s in scores
        ):
            raise SmokeFailure(f"unexpected score output: {result.stdout[:500]}")
    else:
        bands = {}
        print("    score: not in this CLI yet, skipped")
    if has("clients"):
        clients = json.loads(run([cli, "--db", db, "clients", "--json"], env=env).stdout)
        print(f"    clients: {len(clients)}")

    worst = next((c for c, b in bands.items() if b == "consider_ending"), None) or next(
        iter(bands), None
    )
    if has("offboard") and worst:
        run([cli, "--db", db, "offboard", worst, "--reason",
             "I no longer believe my services meet your needs."], env=env)  # fmt: skip
        print(f"    offboard: started a plan for {worst}")
    if has("import") and has("export"):
        fixtures = Path(__file__).resolve().parent.parent / "tests" / "intake" / "fixtures"
        if (fixtures / "contacts.vcf").is_file():
            result = run(
                [cli, "--db", db, "import", "vcard", fixtures / "contacts.vcf"],
                env=env,
                check=False,
            )
            if result.returncode not in (0, 1) or "Traceback" in result.stderr:
                raise SmokeFailure(f"import vcard failed:\n{result.stderr[-2000:]}")
            print(
                f"    import vcard: {result.stdout.strip().splitlines()[0] if result.stdout.strip() else 'ok'}"
            )
        dump = out / "dump.json"
        run([cli, "--db", db, "export", "json", "-o", dump], env=env)
        result = run(
            [cli, "--db", out / "roundtrip.db", "import", "json", dump], env=env, check=False
        )
        if result.returncode not in (0, 1) or "Traceback" in result.stderr:
            raise SmokeFailure(f"import json failed:\n{result.stderr[-2000:]}")
        ics = out / "meeting.ics"
        run([cli, "--db", db, "export", "ics", "-o", ics, "--title", "Meeting",
             "--start", "2026-12-01 10:00"], env=env)  # fmt: skip
        if b"BEGIN:VCALENDAR" not in ics.read_bytes():
            raise SmokeFailure("the .ics export is not a calendar")
        print(
            f"    export json + import json into a new database, export ics: ok ({dump.stat().st_size:,} bytes)"
        )
    if has("packet") and worst:
        pdf = out / "packet.pdf"
        result, seconds = timed([cli, "--db", db, "packet", worst, "-o", pdf, "--lang", "sv"], env)
        data = pdf.read_bytes()
        if not data.startswith(b"%PDF") or len(data) < 5000:
            raise SmokeFailure("the packet is not a PDF")
        figures["cli_packet_s"] = round(seconds, 2)
        figures["packet_bytes"] = len(data)
        print(f"    packet {seconds:.2f} s: {pdf.name}, {len(data):,} bytes")
    else:
        print("    packet: not in this CLI yet (or no client), skipped")
    return figures


def start_app(bundle: Path, env: dict[str, str], db: Path, mode: str) -> float:
    """Seconds from starting the bundled app until it reports its first window painted (or loaded)."""
    marker = APP_MARKERS[mode]
    started = time.perf_counter()
    proc = subprocess.Popen(
        [str(bundle / "Clientfit"), "--db", str(db), "--exit-after", mode],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    seen = None
    for line in proc.stdout:
        if line.strip() == marker and seen is None:
            seen = time.perf_counter() - started
    try:
        proc.wait(timeout=120)
    except subprocess.TimeoutExpired:
        proc.kill()
        raise SmokeFailure("the bundled app did not quit") from None
    stderr = proc.stderr.read()
    if proc.returncode != 0 or "Traceback" in stderr or seen is None:
        raise SmokeFailure(f"the bundled app failed (exit {proc.returncode}):\n{stderr[-3000:]}")
    return seen


def check_app(bundle: Path, env: dict[str, str], db: Path) -> dict:
    step("bundled Clientfit opens its window offscreen")
    if not evict(bundle):
        print("    (cannot evict the page cache here: the cold figure is a warm one)")
    cold = start_app(bundle, env, db, "first-paint")
    warm = [start_app(bundle, env, db, "first-paint") for _ in range(3)]
    evict(bundle)
    cold_loaded = start_app(bundle, env, db, "roster-loaded")
    warm_loaded = [start_app(bundle, env, db, "roster-loaded") for _ in range(3)]
    figures = {
        "app_first_window_cold_s": round(cold, 2),
        "app_first_window_warm_s": round(statistics.median(warm), 2),
        "app_roster_loaded_cold_s": round(cold_loaded, 2),
        "app_roster_loaded_warm_s": round(statistics.median(warm_loaded), 2),
    }
    print(
        f"    first window: cold {cold:.2f} s, warm {figures['app_first_window_warm_s']:.2f} s (median of 3)"
    )
    print(
        f"    roster loaded: cold {cold_loaded:.2f} s, warm {figures['app_roster_loaded_warm_s']:.2f} s"
    )
    return figures


def check_app_on_x11(bundle: Path, env: dict[str, str], db: Path) -> dict:
    """Under Xvfb, the real xcb platform plugin: the window appears with our class and icon."""
    if not (shutil.which("Xvfb") and shutil.which("xprop") and shutil.which("xwininfo")):
        print("    (no Xvfb/xprop here: X11 check skipped)")
        return {}
    step("bundled Clientfit on X11 (Xvfb, xcb plugin): window class and icon")
    display = f":{90 + os.getpid() % 100}"
    xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1400x900x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    x_env = {**env, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    app = None
    try:
        time.sleep(1)
        seconds = start_app(bundle, x_env, db, "first-paint")
        app = subprocess.Popen([str(bundle / "Clientfit"), "--db", str(db)], env=x_env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)  # fmt: skip
        window = None
        for _ in range(60):
            tree = run(["xwininfo", "-display", display, "-root", "-tree"], check=False).stdout
            window = next((line.split()[0] for line in tree.splitlines()
                           if '("Clientfit" "Clientfit")' in line), None)  # fmt: skip
            if window:
                break
            time.sleep(0.5)
        if window is None:
            raise SmokeFailure("no Clientfit window appeared on X11")
        props = run(
            ["xprop", "-display", display, "-id", window, "WM_CLASS", "_NET_WM_ICON"]
        ).stdout
        if (
            'WM_CLASS(STRING) = "Clientfit", "Clientfit"' not in props
            or "Icon (16 x 16)" not in props
        ):
            raise SmokeFailure(f"unexpected window properties:\n{props[:400]}")
        print(f"    first window on xcb {seconds:.2f} s; WM_CLASS Clientfit (the desktop entry's")
        print("    StartupWMClass), window icon set")
        return {"app_first_window_xcb_s": round(seconds, 2)}
    finally:
        if app is not None:
            app.terminate()
            app.wait(timeout=30)
        xvfb.terminate()
        xvfb.wait(timeout=30)


def du(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Build the bundle from a clean checkout and test it."
    )
    parser.add_argument("--python", help="an interpreter with PyInstaller (skips the fresh venv)")
    parser.add_argument(
        "--tarball", type=Path, help="test this built tarball; skip clone and build"
    )
    parser.add_argument("--keep", action="store_true", help="keep the temp folder")
    parser.add_argument("--report", type=Path, help="write the figures as JSON here")
    args = parser.parse_args(argv)
    if not sys.platform.startswith("linux"):
        print("smoke_test.py runs on Linux; on Windows/macOS follow the README's checklist.")
        return 2

    work = Path(tempfile.mkdtemp(prefix="clientfit-smoke-"))
    figures: dict = {}
    try:
        if args.tarball:
            archive, build_seconds = args.tarball.resolve(), 0.0
        else:
            archive, _built, build_seconds = build(work, args.python)
        bundle = unpack(archive, work / "unpacked")
        home = work / "home"
        env = clean_env(home)
        figures["build_s"] = round(build_seconds)
        figures["bundle_bytes"] = du(bundle)
        figures["tarball_bytes"] = archive.stat().st_size
        figures["binaries"] = check_libraries(bundle)
        figures.update(check_cli(bundle, env, home, work))
        figures.update(check_app(bundle, env, work / "demo.db"))
        figures.update(check_app_on_x11(bundle, env, work / "demo.db"))
    except SmokeFailure as exc:
        print(f"SMOKE TEST FAILED: {exc}", file=sys.stderr)
        print(f"(work folder kept: {work})", file=sys.stderr)
        return 1
    du_h = run(["du", "-sh", str(bundle)]).stdout.split()[0]
    step("figures")
    print(f"    bundle {du_h} (du -sh), tarball {figures['tarball_bytes'] / 2**20:.0f} MiB")
    for key, value in figures.items():
        print(f"    {key}: {value}")
    if args.report:
        args.report.write_text(
            json.dumps({**figures, "bundle_du": du_h}, indent=2) + "\n", encoding="utf-8"
        )
    if args.keep:
        print(f"    kept: {work}")
    else:
        shutil.rmtree(work, ignore_errors=True)
    print("SMOKE TEST PASSED")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
