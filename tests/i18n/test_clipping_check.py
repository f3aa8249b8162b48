"""The clipping check itself: it catches cut-off text and leaves text that fits (or wraps) alone."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QWidget,
)

LONG = "Betalningsvillkor och uppsägningstid"


def _shown(qtbot, *widgets, width=60):
    box = QWidget()
    layout = QHBoxLayout(box)
    for widget in widgets:
        widget.setFixedWidth(width)
        layout.addWidget(widget)
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    return box


def test_a_narrow_label_button_combo_and_spin_box_are_reported(qtbot, clipped_texts):
    combo = QComboBox()
    combo.addItem(LONG)
    spin = QSpinBox()
    spin.setRange(0, 100000)
    spin.setValue(30)
    spin.setSuffix(" dagar uppsägningstid")
    box = _shown(qtbot, QLabel(LONG), QPushButton(LONG), combo, spin)
    problems = clipped_texts(box)
    assert len(problems) == 4, problems


def test_text_that_fits_or_wraps_passes(qtbot, clipped_texts):
    wrapping = QLabel(LONG)
    wrapping.setWordWrap(True)
    box = _shown(qtbot, QLabel("Kund"), wrapping, QPushButton("OK"), width=120)
    assert clipped_texts(box) == []


def test_tabs_pushed_out_of_a_narrow_tab_bar_are_reported(qtbot, clipped_texts):
    tabs = QTabWidget()
    for name in ("Kontakter", "Anteckningar", "Meddelanden", "Leveranser"):
        tabs.addTab(QWidget(), name)
    tabs.setFixedWidth(200)
    qtbot.addWidget(tabs)
    tabs.show()
    qtbot.waitExposed(tabs)
    assert any("Leveranser" in p for p in clipped_texts(tabs))
