"""What the app leaves until after its first paint (benchmarks/RESULTS.md, the cold-start row):
the Settings pages, the theme module on a "system" start, the wheel guard; and what it still does
before it (a stored dark look is on the first painted window)."""

from __future__ import annotations

import os
import subprocess
import sys

from clientfit.ui.app import EXIT_MARKERS

DEFERRED = (
    "clientfit.ui.settings.database_page",
    "clientfit.ui.common.theme",
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


def _store_theme(tmp_path, choice: str) -> None:
    code = (
        "import sys; from clientfit.store.database import open_database;"
        "from clientfit.ui.common.theme_choice import set_chosen_theme;"
        "open_database(sys.argv[1]); set_chosen_theme(sys.argv[2])"
    )
    env = {**os.environ, "CLIENTFIT_DATA_DIR": str(tmp_path)}
    subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "clientfit.db"), choice], env=env, check=True
    )


def test_the_first_paint_waits_for_none_of_the_deferred_modules_and_the_guard_follows(tmp_path):
    lines = _start(tmp_path, "roster-loaded")
    painted = lines.index(EXIT_MARKERS["first-paint"])
    loaded = lines.index(EXIT_MARKERS["roster-loaded"])
    assert _imported(lines[:painted]).isdisjoint(DEFERRED)
    after = _imported(lines[painted:loaded])
    assert "clientfit.ui.common.wheel_guard" in after  # installed just after the first paint
    assert "clientfit.ui.client.view" in after


def test_a_stored_dark_look_is_applied_before_the_first_paint(tmp_path):
    _store_theme(tmp_path, "dark")
    lines = _start(tmp_path, "first-paint")
    painted = lines.index(EXIT_MARKERS["first-paint"])
    assert "clientfit.ui.common.theme" in _imported(lines[:painted])
