"""`clientfit --exit-after first-paint|roster-loaded`: the documented way for scripts, the
packaging smoke test and the start-up benchmark to see the app start, paint and quit."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from clientfit.ui.app import EXIT_MARKERS


@pytest.mark.parametrize("when", ["first-paint", "roster-loaded"])
def test_the_app_paints_prints_and_quits(tmp_path, when):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CLIENTFIT_DATA_DIR": str(tmp_path)}
    db = tmp_path / "clientfit.db"
    command = [sys.executable, "-m", "clientfit", "--db", str(db), "--no-demo-offer"]
    result = subprocess.run(
        [*command, "--exit-after", when], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == EXIT_MARKERS["first-paint"]
    assert lines[1:] == ([EXIT_MARKERS["roster-loaded"]] if when == "roster-loaded" else [])
