"""Settings → Health: working hours and days off, time zone, target rate and factor weights.

The values live in `health.config` (one home for the scoring settings); this page only shows them
and hands them back on OK.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from clientfit.common.zone import system_zone_name, zone_names
from clientfit.health import config, factor_label
from clientfit.health.aggregate import weight_meaning
from clientfit.health.config import FACTOR_KEYS, HealthSettings
from clientfit.ui.common.formatting import DAY_EDIT_FORMAT, format_day
from clientfit.ui.common.layouts import scroll_body


class HealthSettingsPage(QWidget):
    """Working hours and days off, time zone, target rate, factor weights."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Health settings"))

        # Working week.
        self.day_boxes: list[QCheckBox] = []
        days = QHBoxLayout()
        for name in (
            self.tr("Mon"),
            self.tr("Tue"),
            self.tr("Wed"),
            self.tr("Thu"),
            self.tr("Fri"),
            self.tr("Sat"),
            self.tr("Sun"),
        ):
            box = QCheckBox(name)
            box.setAccessibleName(self.tr("Working day: {day}").replace("{day}", name))
            self.day_boxes.append(box)
            days.addWidget(box)
        days.addStretch(1)
        self.start = QTimeEdit()
        self.start.setDisplayFormat("HH:mm")
        self.start.setAccessibleName(self.tr("Working day starts"))
        self.end = QTimeEdit()
        self.end.setDisplayFormat("HH:mm")
        self.end.setAccessibleName(self.tr("Working day ends"))
        hours = QHBoxLayout()
        hours.addWidget(self.start)
        hours.addWidget(QLabel("–"))
        hours.addWidget(self.end)
        hours.addStretch(1)
        self.zone = QComboBox()
        self.zone.setEditable(True)
        self.zone.setAccessibleName(self.tr("Time zone"))
        self.zone.addItem(
            self.tr("System time zone ({zone})").replace("{zone}", system_zone_name()), None
        )
        for name in zone_names():
            self.zone.addItem(name, name)
        completer = QCompleter([self.zone.itemText(i) for i in range(self.zone.count())], self.zone)
        completer.setFilterMode(completer.filterMode().MatchContains)
        completer.setCaseSensitivity(completer.caseSensitivity().CaseInsensitive)
        self.zone.setCompleter(completer)

        self.days_off = QListWidget()
        self.days_off.setAccessibleName(self.tr("Days off"))
        self.days_off.setMaximumHeight(90)
        self.day_off_edit = QDateEdit(QDate.currentDate())
        self.day_off_edit.setCalendarPopup(True)
        self.day_off_edit.setDisplayFormat(DAY_EDIT_FORMAT)
        self.day_off_edit.setAccessibleName(self.tr("Day off to add"))
        add_day = QPushButton(self.tr("Add day off"))
        add_day.clicked.connect(self._add_day_off)
        remove_day = QPushButton(self.tr("Remove"))
        remove_day.setAccessibleName(self.tr("Remove the selected day off"))
        remove_day.clicked.connect(self._remove_day_off)
        off_buttons = QHBoxLayout()
        off_buttons.addWidget(self.day_off_edit)
        off_buttons.addWidget(add_day)
        off_buttons.addWidget(remove_day)
        off_buttons.addStretch(1)
        off = QVBoxLayout()
        off.addWidget(self.days_off)
        off.addLayout(off_buttons)

        work = QGroupBox(self.tr("When you work"))
        form = QFormLayout(work)
        form.addRow(self.tr("Working days:"), days)
        form.addRow(self.tr("Working hours:"), hours)
        form.addRow(self.tr("Time zone:"), self.zone)
        form.addRow(self.tr("Days off (holidays, vacation):"), off)

        # Money and weights.
        self.target = QSpinBox()
        self.target.setRange(0, 100_000)
        self.target.setSingleStep(50)
        self.target.setSpecialValueText(self.tr("The portfolio's median"))
        self.target.setSuffix(self.tr(" per hour"))
        self.target.setAccessibleName(self.tr("Target hourly rate"))
        weights_box = QGroupBox(self.tr("How much each factor counts (0 = not at all)"))
        grid = QGridLayout(weights_box)
        self.weights: dict[str, QDoubleSpinBox] = {}
        for n, key in enumerate(FACTOR_KEYS):
            spin = QDoubleSpinBox()
            spin.setRange(0, 10)
            spin.setSingleStep(0.5)
            spin.setDecimals(1)
            spin.setAccessibleName(
                self.tr("Weight of {factor}").replace("{factor}", factor_label(key))
            )
            self.weights[key] = spin
            grid.addWidget(QLabel(factor_label(key)), n // 2, (n % 2) * 2)
            grid.addWidget(spin, n // 2, (n % 2) * 2 + 1)
        meaning = QLabel(weight_meaning())  # what a weight means now (health.aggregate)
        meaning.setWordWrap(True)
        meaning.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        grid.addWidget(meaning, (len(FACTOR_KEYS) + 1) // 2, 0, 1, 4)
        money = QGroupBox(self.tr("Rate"))
        money_form = QFormLayout(money)
        money_form.addRow(self.tr("Target hourly rate:"), self.target)

        defaults = QPushButton(self.tr("Restore defaults"))
        defaults.setAccessibleName(self.tr("Restore the default health settings"))
        defaults.clicked.connect(self.restore_defaults)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(defaults)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(work)
        layout.addWidget(money)
        layout.addWidget(weights_box)
        layout.addLayout(bottom)
        scroll_body(self, body)
        self.show_settings(config.load_settings())

    # --- between the form and HealthSettings ---
    def show_settings(self, s: HealthSettings) -> None:
        for n, box in enumerate(self.day_boxes):
            box.setChecked(n in s.work_days)
        self.start.setTime(QTime.fromString(s.work_start, "HH:mm"))
        self.end.setTime(QTime.fromString(s.work_end, "HH:mm"))
        self._show_days_off(s.days_off)
        index = self.zone.findData(s.time_zone) if s.time_zone else 0
        self.zone.setCurrentIndex(max(0, index))
        self.target.setValue(round(s.target_rate or 0))
        for key, spin in self.weights.items():
            spin.setValue(s.weights.get(key, config.DEFAULT_WEIGHTS[key]))

    def settings(self) -> HealthSettings:
        text = self.zone.currentText().strip()
        zone = self.zone.currentData() if self.zone.currentIndex() >= 0 else None
        if self.zone.itemText(self.zone.currentIndex()) != text:  # typed, not picked
            zone = text or None
        return HealthSettings(
            work_days=tuple(n for n, box in enumerate(self.day_boxes) if box.isChecked()),
            work_start=self.start.time().toString("HH:mm"),
            work_end=self.end.time().toString("HH:mm"),
            days_off=self._days_off(),
            time_zone=zone,
            target_rate=float(self.target.value()) or None,
            weights={key: spin.value() for key, spin in self.weights.items()},
        )

    def title(self) -> str:
        """The page's name in the settings dialog."""
        return self.tr("&Health")

    def save(self) -> None:
        """Store the page; raises ValueError (config.SettingsError) with a message for the user."""
        config.save_settings(self.settings())

    def restore_defaults(self) -> None:
        self.show_settings(config.default_settings())

    # the list shows each day in the app's style and keeps its ISO form (the setting's) as data
    def _days_off(self) -> tuple[str, ...]:
        return tuple(
            self.days_off.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.days_off.count())
        )

    def _show_days_off(self, days: tuple[str, ...] | list[str]) -> None:
        self.days_off.clear()
        for day in sorted(set(days)):
            try:
                text = format_day(dt.date.fromisoformat(day))
            except ValueError:  # not a date (a hand-edited setting): shown as it is
                text = day
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, day)
            self.days_off.addItem(item)

    def _add_day_off(self) -> None:
        day = self.day_off_edit.date().toPython().isoformat()
        self._show_days_off([*self._days_off(), day])

    def _remove_day_off(self) -> None:
        for item in self.days_off.selectedItems():
            self.days_off.takeItem(self.days_off.row(item))
