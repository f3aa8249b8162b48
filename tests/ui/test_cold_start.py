"""What the app leaves until after its first paint (benchmarks/RESULTS.md, the cold-start row):
the Settings → Database page, the wheel guard (installed just after it), the client view and the
health panel."""

from __future__ import annotations

import os
import subprocess
import sys

from clientfit.ui.app import EXIT_MARKERS

DEFERRED = (
    "clientfit.ui.settings.database_page",
    "clientfit.ui.common.wheel_guard",
    "clientfit.ui.client.view",
    "clientfit.ui.health.panel",
)


def _start(tmp_path, when: str) -> list[str]:
    """The app's imports (`-X importtime`, one line each) and its markers, in the order they came."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CLIENTFIT_DATA_DIR": str(tmp_path)}
    command = [sys.executable, "-X", "importtime", "-m", "clientfit", "--db"]
    result = subprocess.run(
        [*command, str(tmp_path / "clientfit.db"), "--no-demo-offer", "--exit-after", when],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,  # one stream: each import's line lands before or after a marker
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout
    return result.stdout.splitlines()


def _imported(lines: list[str]) -> set[str]:
    return {line.rsplit("|", 1)[1].strip() for line in lines if line.startswith("import time:")}


def test_the_first_paint_waits_for_none_of_the_deferred_modules_and_the_guard_follows(tmp_path):
    lines = _start(tmp_path, "roster-loaded")
    painted = lines.index(EXIT_MARKERS["first-paint"])
    loaded = lines.index(EXIT_MARKERS["roster-loaded"])
    assert _imported(lines[:painted]).isdisjoint(DEFERRED)
    after = _imported(lines[painted:loaded])
    assert "clientfit.ui.common.wheel_guard" in after  # installed just after the first paint
    assert "clientfit.ui.client.view" in after
