"""Settings → Appearance (system, light, dark, live), the wheel guard, and Restart Now."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QPalette, QWheelEvent
from PySide6.QtWidgets import QApplication


@pytest.fixture
def dialog(qtbot, database):
    from clientfit.ui.settings.dialog import SettingsDialog

    d = SettingsDialog()
    qtbot.addWidget(d)
    yield d
    from clientfit.ui.common.theme import apply_theme

    apply_theme(QApplication.instance(), "system")


@pytest.fixture
def wheel_guard(qapp):
    from clientfit.ui.common.wheel_guard import install_wheel_guard

    guard = install_wheel_guard(qapp)
    yield guard
    qapp.removeEventFilter(guard)
    guard.setParent(None)


def _window_is_dark() -> bool:
    return QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


def test_choosing_dark_changes_the_open_windows_at_once_and_ok_keeps_it(qtbot, dialog):
    from clientfit.ui.common.theme import chosen_theme

    dialog.show()
    page = dialog.appearance_page
    assert not _window_is_dark()
    page.buttons["dark"].click()
    assert _window_is_dark()  # before OK: the user sees it
    qtbot.waitUntil(lambda: dialog.palette().color(QPalette.ColorRole.Window).lightness() < 128)
    dialog.accept()
    assert chosen_theme() == "dark"
    page.buttons["light"].click()
    assert not _window_is_dark()


def test_cancel_puts_the_look_back(qtbot, dialog):
    from clientfit.ui.common.theme import chosen_theme

    dialog.appearance_page.buttons["dark"].click()
    dialog.reject()
    assert not _window_is_dark()
    assert chosen_theme() == "system"


def test_the_dark_palette_keeps_text_and_band_colours_readable():
    from clientfit.health.bands import CONSIDER_ENDING, HEALTHY, UNKNOWN, WATCH
    from clientfit.ui.common.theme import dark_palette

    palette = dark_palette()
    base = palette.color(QPalette.ColorRole.Base)

    def contrast(a, b) -> float:
        def lum(c):
            def ch(v):
                v /= 255
                return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

            return 0.2126 * ch(c.red()) + 0.7152 * ch(c.green()) + 0.0722 * ch(c.blue())

        hi, lo = sorted((lum(a), lum(b)), reverse=True)
        return (hi + 0.05) / (lo + 0.05)

    from PySide6.QtGui import QColor

    assert contrast(palette.color(QPalette.ColorRole.Text), base) >= 7
    assert contrast(palette.color(QPalette.ColorRole.PlaceholderText), base) >= 4.5
    for band in (HEALTHY, WATCH, CONSIDER_ENDING, UNKNOWN):  # fills: 3:1 for graphics (WCAG)
        assert contrast(QColor(band.colour), base) >= 3, band.key


def _wheel(widget, dy: int = -120) -> None:
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, dy),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_the_wheel_scrolls_the_settings_page_past_a_spin_box_without_changing_it(
    qtbot, dialog, wheel_guard
):
    page = dialog.health_page
    dialog.resize(700, 360)  # short enough that the page scrolls
    dialog.show()
    qtbot.waitExposed(dialog)
    spin = page.weights["gut"]
    before = spin.value()
    from PySide6.QtWidgets import QScrollArea

    bar = page.findChild(QScrollArea).verticalScrollBar()
    assert bar.maximum() > 0
    top = bar.value()
    _wheel(spin)
    assert spin.value() == before
    assert not spin.hasFocus()
    assert bar.value() > top  # the page scrolled instead
    spin.setFocus()
    qtbot.waitUntil(spin.hasFocus)
    _wheel(spin, 120)
    assert spin.value() == before + spin.singleStep()  # a focused box still takes the wheel


def test_the_wheel_leaves_an_unfocused_drop_down_alone(qtbot, dialog, wheel_guard):
    dialog.show()
    combo = dialog.imports_page.combo
    dialog.page_list.setCurrentRow(dialog.tabs.indexOf(dialog.imports_page))
    qtbot.waitExposed(dialog)
    index = combo.currentIndex()
    _wheel(combo)
    assert combo.currentIndex() == index


def test_a_drop_down_shown_before_the_guard_came_is_guarded_too(qtbot, qapp):
    """The app installs the guard after its first paint: the window's own drop-downs were
    polished and shown without it."""
    from PySide6.QtWidgets import QComboBox

    from clientfit.ui.common.wheel_guard import install_wheel_guard

    combo = QComboBox()
    combo.addItems(["one", "two", "three"])
    qtbot.addWidget(combo)
    combo.show()
    qtbot.waitExposed(combo)
    assert combo.focusPolicy() == Qt.FocusPolicy.WheelFocus  # Qt's own: a real wheel turn focuses
    guard = install_wheel_guard(qapp)
    try:
        assert combo.focusPolicy() == Qt.FocusPolicy.StrongFocus
        _wheel(combo)
        assert combo.currentIndex() == 0
        assert not combo.hasFocus()
    finally:
        qapp.removeEventFilter(guard)
        guard.setParent(None)


def test_restart_now_saves_the_language_and_restarts(qtbot, dialog, monkeypatch):
    from clientfit.ui.common.translations import chosen_language

    restarts = []
    dialog.restart = lambda: restarts.append(True)
    page = dialog.language_page
    dialog.show()
    assert not page.restart_button.isVisible()
    page.combo.setCurrentIndex(page.combo.findData("sv"))
    dialog.page_list.setCurrentRow(dialog.tabs.indexOf(page))
    assert page.restart_button.isVisible() and page.restart_note.isVisible()
    with qtbot.waitSignal(dialog.saved):
        page.restart_button.click()
    assert chosen_language() == "sv"
    qtbot.waitUntil(lambda: restarts == [True])


def test_a_restart_starts_the_same_app_again_after_this_one_has_gone(qapp, monkeypatch):
    import os
    import sys

    from clientfit.ui.common import restart

    program, arguments = restart.restart_command(["clientfit", "--db", "/tmp/x.db"])
    assert program == sys.executable and arguments == ["-m", "clientfit", "--db", "/tmp/x.db"]
    started = []
    monkeypatch.setattr(
        restart, "launch", lambda program, arguments, env: started.append((program, env)) or True
    )
    assert not restart.start_again_if_requested(qapp)
    qapp.setProperty("clientfit_restart_requested", True)
    try:
        assert restart.start_again_if_requested(qapp)
    finally:
        qapp.setProperty("clientfit_restart_requested", False)
    assert started == [(sys.executable, {restart.RESTART_AFTER: str(os.getpid())})]


def test_the_new_process_waits_only_for_a_process_that_still_runs(monkeypatch):
    import subprocess
    import sys
    import time

    from clientfit.ui.common import restart

    done = subprocess.Popen([sys.executable, "-c", "pass"])
    done.wait()
    monkeypatch.setenv(restart.RESTART_AFTER, str(done.pid))
    start = time.monotonic()
    restart.wait_for_previous_instance(timeout=5)
    assert time.monotonic() - start < 1
    assert restart.process_alive(os.getpid()) if (os := __import__("os")) else False
