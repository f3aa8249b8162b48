"""The app takes its lock before the window and answers second starts only after the first paint
(QtNetwork costs a tenth of a cold start): a second start in between still finds it."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

from clientfit.ui.window.single_instance import Outcome, SingleInstance

SLOW_FIRST = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QCoreApplication, QTimer
    from clientfit.ui.window.single_instance import SingleInstance
    app = QCoreApplication(sys.argv)
    first = SingleInstance(sys.argv[1])
    print(first.acquire(listen=False).value, flush=True)
    assert first.server is None
    first.activation_requested.connect(lambda: (print("activated", flush=True), app.quit()))
    QTimer.singleShot(500, first.listen)  # the window paints first
    QTimer.singleShot(15000, app.quit)
    app.exec()
    """
)


def test_a_second_start_reaches_a_first_that_is_still_opening_its_window(qapp, db_path):
    first = subprocess.Popen(
        [sys.executable, "-c", SLOW_FIRST, str(db_path)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    try:
        assert first.stdout.readline().strip() == "acquired"
        second = SingleInstance(db_path)
        assert second.acquire() is Outcome.ACTIVATED
        assert first.stdout.readline().strip() == "activated"
    finally:
        first.kill()
        first.wait()


def test_the_app_module_does_not_load_qtnetwork_before_its_window():
    code = textwrap.dedent(
        """
        import sys
        import clientfit.ui.app, clientfit.ui.window.single_instance, clientfit.ui.window.main_window
        print(sorted(m for m in sys.modules if m.startswith(("PySide6.QtNetwork",
              "clientfit.ui.client.view", "clientfit.ui.health.panel", "clientfit.offboarding.",
              "clientfit.health.score"))))
        """
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=True,
    ).stdout
    assert out.strip() == "[]"
