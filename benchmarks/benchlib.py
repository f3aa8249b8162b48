"""Shared pieces of the benchmark: a result row, timing, subprocess helpers, the table and JSON.

Every measure is a `Result`: Clientfit's figure, the baseline's figure from the same run, and a
target. A part whose feature is not in this checkout yet reports `not_available(...)` instead of
failing, so `benchmarks/run.py` runs at every stage of the project.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH_DIR = ROOT / "benchmarks"
PYTHON = sys.executable
_SCRIPT = Path(PYTHON).with_name("clientfit-cli")
# the installed console script when there is one (what users run), else the same entry point
CLI = (
    [str(_SCRIPT)]
    if _SCRIPT.exists()
    else [PYTHON, "-c", "import sys; from clientfit.cli import main; sys.exit(main())"]
)


@dataclass
class Result:
    """One row of the table.

    kind: "ratio" - Clientfit / baseline (times, memory), met when <= target;
          "speed" - baseline time / Clientfit time, met when >= target;
          "ms"    - Clientfit's absolute time in ms, met when < target;
          "info"  - reported, no target.
    """

    measure: str
    clientfit: float | None
    baseline: float | None
    unit: str
    kind: str = "ratio"
    target: float | None = None
    note: str = ""
    details: dict = field(default_factory=dict)

    @property
    def available(self) -> bool:
        return self.clientfit is not None

    @property
    def ratio(self) -> float | None:
        if self.clientfit is None or not self.baseline:
            return None
        if self.kind == "speed":
            return self.baseline / self.clientfit if self.clientfit else None
        return self.clientfit / self.baseline

    @property
    def met(self) -> bool | None:
        if self.clientfit is None or self.target is None or self.kind == "info":
            return None
        if self.kind == "ms":
            return self.clientfit < self.target
        ratio = self.ratio
        if ratio is None:
            return None
        return ratio >= self.target if self.kind == "speed" else ratio <= self.target

    def target_text(self) -> str:
        if self.target is None or self.kind == "info":
            return "-"
        if self.kind == "ms":
            return f"< {self.target:g} ms"
        if self.kind == "speed":
            return f">= {self.target:g}x speed"
        return f"<= {self.target:g}x"

    def as_dict(self) -> dict:
        out = asdict(self)
        out.update(
            available=self.available, ratio=self.ratio, met=self.met, target_text=self.target_text()
        )
        return out


def not_available(measure: str, reason: str, unit: str = "", kind: str = "ratio") -> Result:
    return Result(measure, None, None, unit, kind, None, note=f"not available: {reason}")


def timed(fn: Callable[[], object], runs: int, warmup: bool = True) -> list[float]:
    """Wall times in seconds of `runs` calls (after one warm-up call unless `warmup` is false)."""
    if warmup:
        fn()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return times


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def bench_env(tmp: Path, **extra: str) -> dict[str, str]:
    """The environment of a child process: offscreen Qt unless a display is asked for, private
    config/data folders (the app's window layout and settings stay out of the user's), no
    CLIENTFIT_DB from the caller."""
    env = dict(os.environ)
    env.pop("CLIENTFIT_DB", None)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["XDG_CONFIG_HOME"] = str(tmp / "config")
    env["XDG_DATA_HOME"] = str(tmp / "data")
    env["CLIENTFIT_DATA_DIR"] = str(tmp / "data")
    env["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(ROOT / "desktop"), env.get("PYTHONPATH", "")) if p
    )
    env.update(extra)
    return env


def cli(
    db: Path, args: Sequence[str], tmp: Path, timeout: float = 3600
) -> subprocess.CompletedProcess:
    """Run `clientfit-cli --db DB ARGS...` and capture its output."""
    return subprocess.run(
        [*CLI, "--db", str(db), *args],
        env=bench_env(tmp),
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def timed_run(
    cmd: Sequence[str], env: dict[str, str], timeout: float = 3600
) -> tuple[float, subprocess.CompletedProcess]:
    """(wall seconds, completed process) of one command."""
    start = time.perf_counter()
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=timeout)
    return time.perf_counter() - start, proc


# --- output ----------------------------------------------------------------------------------------


def _fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "-"
    if unit == "ms":
        return f"{value:.1f} ms"
    if unit == "s":
        return f"{value:.3f} s"
    if unit == "MB":
        return f"{value:.0f} MB"
    return f"{value:.3g} {unit}".strip()


def table(results: Sequence[Result]) -> str:
    """The results as a Markdown table (readable in a terminal, pasteable into an issue)."""
    head = ("measure", "Clientfit", "baseline", "ratio", "target", "met?")
    rows = []
    for r in results:
        met = {True: "yes", False: "NO", None: "-"}[r.met]
        if not r.available:
            met = "not available"
        ratio = "-" if r.ratio is None else f"{r.ratio:.2f}x"
        rows.append(
            (
                r.measure,
                _fmt(r.clientfit, r.unit),
                _fmt(r.baseline, r.unit),
                ratio,
                r.target_text(),
                met,
            )
        )
    widths = [max(len(str(x)) for x in col) for col in zip(head, *rows, strict=True)]

    def line(cells: Sequence[str]) -> str:
        return "| " + " | ".join(str(c).ljust(w) for c, w in zip(cells, widths, strict=True)) + " |"

    out = [line(head), "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
    out += [line(row) for row in rows]
    notes = [f"- {r.measure}: {r.note}" for r in results if r.note]
    if notes:
        out += ["", *notes]
    return "\n".join(out)


def write_json(path: Path, results: Sequence[Result], meta: dict) -> None:
    path.write_text(
        json.dumps({"meta": meta, "results": [r.as_dict() for r in results]}, indent=2, default=str)
        + "\n",
        encoding="utf-8",
    )


def load_average() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:  # pragma: no cover - not on every system
        return "unknown"
