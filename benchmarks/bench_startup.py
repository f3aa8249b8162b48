"""Cold start to the first painted window, and peak memory, of `clientfit` against a bare window.

Each start is a fresh process: `python -m clientfit --db PATH --exit-after first-paint` (the app
prints a line after the first paint and quits; `roster-loaded` waits for scores and money) against
`bare_window.py` on the same database. The time is wall time from launching the process to
reading that line. Peak RSS is the child's `ru_maxrss` from `os.wait4`; for the app it is taken
with the whole roster loaded (scores and money in), the most it holds at start. The children may
write bytecode (`__pycache__`, git-ignored) whatever the caller's PYTHONDONTWRITEBYTECODE says, so
the measured starts load compiled modules as an installed Clientfit does.
"""

from __future__ import annotations

import os
import signal
import subprocess
import threading
import time
from pathlib import Path

from benchlib import BENCH_DIR, PYTHON, Result, bench_env, median, not_available

READY = "clientfit: first paint"  # what `clientfit --exit-after ...` prints
LOADED = "clientfit: roster loaded"


def _reap(pid: int, timeout: float) -> tuple[int, int]:
    """(exit status, peak RSS in KB) of a child, killing it if it has not exited in time."""
    deadline = time.monotonic() + timeout
    while True:
        done, status, usage = os.wait4(pid, os.WNOHANG)
        if done:
            return status, usage.ru_maxrss
        if time.monotonic() > deadline:
            os.kill(pid, signal.SIGKILL)
            _done, status, usage = os.wait4(pid, 0)
            return status, usage.ru_maxrss
        time.sleep(0.02)


def launch(
    cmd: list[str], env: dict[str, str], wait_for: str, tmp: Path, timeout: float = 300
) -> tuple[dict[str, float], int]:
    """Start `cmd`; ({line: seconds from launch}, peak RSS KB). Stops the child once `wait_for` is read."""
    seen: dict[str, float] = {}
    with open(tmp / "child-stderr.txt", "ab") as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=err, text=True)
        assert proc.stdout is not None
        watchdog = threading.Timer(timeout, proc.kill)  # a child that hangs must not hang us
        watchdog.start()
        try:
            for line in proc.stdout:
                line = line.strip()
                if line.startswith("clientfit: "):
                    seen[line] = time.perf_counter() - start
                if line == wait_for:
                    break
        finally:
            watchdog.cancel()
        if wait_for == READY:
            # the app's worker may still be scoring; that is no part of the first paint
            proc.send_signal(signal.SIGTERM)
        _status, rss = _reap(proc.pid, 30)
        proc.returncode = 0  # reaped by wait4 above
        proc.stdout.close()
    if wait_for not in seen:
        raise RuntimeError(
            f"{cmd[1:3]} never printed {wait_for!r} (see {tmp / 'child-stderr.txt'})"
        )
    return seen, rss


def run(db: Path, tmp: Path, runs: int, clients: int) -> list[Result]:
    env_app = bench_env(tmp)
    env_loaded = bench_env(tmp)
    env_bare = bench_env(tmp)
    for env in (env_app, env_loaded, env_bare):
        # the warm-up start caches the bytecode, as an installed app has it: with
        # PYTHONDONTWRITEBYTECODE inherited, every start compiled each changed module from source
        env.pop("PYTHONDONTWRITEBYTECODE", None)
    app_cmd = [PYTHON, "-m", "clientfit", "--db", str(db), "--no-demo-offer", "--exit-after"]
    loaded_cmd = [*app_cmd, "roster-loaded"]
    app_cmd = [*app_cmd, "first-paint"]
    bare_cmd = [PYTHON, str(BENCH_DIR / "bare_window.py"), "--db", str(db), "--rows", str(clients)]
    measure = "cold start to first painted window"
    try:
        launch(app_cmd, env_app, READY, tmp)  # warm the file cache and .pyc files, like a 2nd start
    except RuntimeError as exc:
        return [not_available(measure, str(exc), "s")]
    launch(bare_cmd, env_bare, READY, tmp)
    app_t, bare_t, bare_rss = [], [], []
    for _ in range(runs):
        seen, rss = launch(bare_cmd, env_bare, READY, tmp)
        bare_t.append(seen[READY])
        bare_rss.append(rss)
        seen, _rss = launch(app_cmd, env_app, READY, tmp)
        app_t.append(seen[READY])
    loaded_t, loaded_paint, app_rss = [], [], []
    for _ in range(max(1, runs // 2)):
        seen, rss = launch(loaded_cmd, env_loaded, LOADED, tmp)
        loaded_paint.append(seen[READY])
        loaded_t.append(seen[LOADED])
        app_rss.append(rss)
    bare = median(bare_t)
    return [
        Result(
            measure,
            median(app_t),
            bare,
            "s",
            "ratio",
            1.5,
            note=f"median of {runs} fresh processes each; bare window = QTableView of {clients:,} rows",
            details={"clientfit_s": app_t, "baseline_s": bare_t},
        ),
        Result(
            "cold start until scores and money are in",
            median(loaded_t),
            bare,
            "s",
            "info",
            details={"clientfit_s": loaded_t, "first_paint_s": loaded_paint},
        ),
        Result(
            "peak memory (RSS) with the portfolio open",
            median(app_rss) / 1024,
            median(bare_rss) / 1024,
            "MB",
            "info",
            note="app: whole roster loaded, scores included; baseline: the bare window",
            details={"clientfit_kb": app_rss, "baseline_kb": bare_rss},
        ),
    ]
