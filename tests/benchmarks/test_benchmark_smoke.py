"""The benchmark script runs end to end at a tiny size, so a change that breaks it shows in CI.

The real run (10,000 clients, a million messages) is `make bench`, never CI. Here every part must
either measure something or say "not available" (its feature is missing); none may break.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_benchmark_runs_end_to_end_at_a_tiny_size(tmp_path):
    out = tmp_path / "results.json"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "run.py"),
            "--clients",
            "50",
            "--messages",
            "2000",
            "--mbox-messages",
            "200",
            "--runs",
            "1",
            "--out",
            str(out),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["meta"]["errors"] == []
    by_measure = {r["measure"]: r for r in report["results"]}
    for measure in (
        "cold start to first painted window",
        "peak memory (RSS) with the portfolio open",
        'roster filter, per keystroke (typing and deleting "client 12")',
        "roster sort by Health, per click",
        "score the whole portfolio: nothing changed since the last scoring",
        "score the whole portfolio: one client changed since",
        "score the whole portfolio: from scratch (first of the day)",
    ):
        result = by_measure[measure]
        assert result["available"], result["note"]
        assert result["clientfit"] > 0 and result["baseline"] > 0
        # a measure with a target says whether it met it, and the answer follows the figures;
        # one without a target (reported only) says nothing
        ratio, target, kind = result["ratio"], result["target"], result["kind"]
        if target is None or kind == "info":
            assert result["met"] is None, result
            continue
        if kind == "ms":
            expected = result["clientfit"] < target
        else:
            expected = ratio >= target if kind == "speed" else ratio <= target
        assert result["met"] is expected, result
    whatif = by_measure["what-if for 20 clients (the year's figures held, as the view does)"]
    assert whatif["available"] and whatif["clientfit"] > 0 and whatif["target"] == 200
    assert whatif["met"] is (whatif["clientfit"] < 200)
    for r in report["results"]:
        assert r["available"] or r["note"].startswith("not available"), r
    assert "| measure" in proc.stdout and "| met? |" in proc.stdout
