"""Crash safety, the short version: SIGKILL an import and a demo load at random moments.

The full check (100 runs of each) is `scripts/crash_loop.py`, named in the README.
"""

from __future__ import annotations

import importlib.util
import signal
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "crash_loop.py"


def load_script():
    spec = importlib.util.spec_from_file_location("crash_loop", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules["crash_loop"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")
def test_an_import_or_demo_killed_at_random_leaves_a_sound_database_with_all_or_none_of_it(
    tmp_path,
):
    crash = load_script()

    outcomes = crash.crash_loop(runs=5, kinds=["import", "demo"], seed=11, work=tmp_path)

    assert len(outcomes) == 10
    failures = [(o.kind, o.run, o.kill_after, o.problems) for o in outcomes if not o.passed]
    assert failures == []
    assert all(o.integrity == "ok" for o in outcomes)
    assert any(o.killed and o.found == 0 for o in outcomes)  # some kills did land mid-work
