"""The settings dialog's Money page: the base currency and the user's own exchange rates.

Nothing is ever added across currencies; the health gauge's rate factor, the Pareto view and
the portfolio's medians convert other currencies into the base currency with these rates (each
figure with the latest rate dated on or before its day), and leave a currency without a rate out,
with a note. Changes are kept on the page until OK (`save`), then stored in one transaction.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QDate, QRegularExpression, Signal
from PySide6.QtGui import QPalette, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clientfit.store import rates as stored
from clientfit.store.clients import ValidationError
from clientfit.store.database import db
from clientfit.ui.common.formatting import DAY_EDIT_FORMAT, format_day, format_number
from clientfit.ui.common.layouts import wrapped_label
from clientfit.ui.common.record_model import Column, RecordModel

CTX = "MoneyPage"
COMMON = ("SEK", "EUR", "USD", "NOK", "DKK", "GBP", "CHF")


@dataclass(frozen=True)
class RateRow:
    currency: str
    on: dt.date
    rate: Decimal
    base: str


def rate_text(rate: Decimal) -> str:
    """A rate as the app writes numbers (11,40 in Swedish), with the decimals it was given."""
    exponent = rate.as_tuple().exponent
    decimals = max(2, -exponent) if isinstance(exponent, int) else 2
    return format_number(rate, decimals)


COLUMNS = (
    Column(CTX, "Currency", lambda r: r.currency),
    Column(
        CTX,
        "Rate",
        lambda r: f"1 {r.currency} = {rate_text(r.rate)} {r.base}",
        lambda r: r.rate,
        True,
    ),
    Column(CTX, "From", lambda r: format_day(r.on), lambda r: r.on),
)


class MoneyPage(QWidget):
    """Signals: `changed` whenever something on the page changes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("money_page")
        code = QRegularExpressionValidator(QRegularExpression("[A-Za-z]{3}"), self)

        self.base = QComboBox()
        self.base.setEditable(True)
        self.base.setValidator(code)
        self.base.setAccessibleName(self.tr("Base currency"))
        in_use = stored.currencies_in_use()
        for c in dict.fromkeys([*COMMON, *in_use]):
            self.base.addItem(c)
        self._stored_base = stored.base_currency()
        self.base.setCurrentText(self._stored_base)
        self.base.currentTextChanged.connect(self._base_changed)
        self.base_note = QLabel()
        self.base_note.setWordWrap(True)

        self.currency = QLineEdit()
        self.currency.setValidator(code)
        self.currency.setPlaceholderText("EUR")
        self.currency.setMaximumWidth(70)
        self.currency.setAccessibleName(self.tr("Currency of the new rate"))
        self.rate = QLineEdit()
        self.rate.setPlaceholderText(format_number(11.4, 2))
        self.rate.setMaximumWidth(110)
        self.rate.setAccessibleName(self.tr("Rate: base-currency units per 1 unit"))
        self.on = QDateEdit(QDate.currentDate())
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat(DAY_EDIT_FORMAT)
        self.on.setAccessibleName(self.tr("The rate applies from"))
        self.add_button = QPushButton(self.tr("Set rate"))
        self.add_button.clicked.connect(self._add)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self.model = RecordModel(COLUMNS, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Your exchange rates"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.remove_button = QPushButton(self.tr("Remove rate"))
        self.remove_button.clicked.connect(self._remove)
        self.missing_note = wrapped_label()
        explain = wrapped_label(
            self.tr(
                "Amounts are never added across currencies. The health gauge's rate factor, "
                "the time-vs-revenue comparison and the portfolio's medians convert other "
                "currencies into the base currency with your rates below, each figure with the "
                "latest rate dated on or before its day. A currency without a rate is left out "
                "of them, with a note."
            )
        )

        base_box = QGroupBox(self.tr("Base currency"))
        base_form = QFormLayout(base_box)
        base_form.addRow(self.tr("Your base currency:"), self.base)
        base_form.addRow(self.base_note)
        entry = QHBoxLayout()
        entry.addWidget(QLabel(self.tr("1")))
        entry.addWidget(self.currency)
        self.equals = QLabel()
        entry.addWidget(self.equals)
        entry.addWidget(self.rate)
        entry.addWidget(QLabel(self.tr("from")))
        entry.addWidget(self.on)
        entry.addWidget(self.add_button)
        entry.addStretch(1)
        rates_box = QGroupBox(self.tr("Exchange rates"))
        rates_layout = QVBoxLayout(rates_box)
        rates_layout.addLayout(entry)
        rates_layout.addWidget(self.error)
        rates_layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(self.missing_note, 1)
        row.addWidget(self.remove_button)
        rates_layout.addLayout(row)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(base_box)
        layout.addWidget(rates_box, 1)

        self._rows = [RateRow(r.currency, r.on, r.rate, r.base) for r in stored.list_rates()]
        self._removed: list[RateRow] = []
        self._in_use = in_use
        self._refresh()

    def title(self) -> str:
        return self.tr("&Money")

    # --- staging ---
    def _base_changed(self) -> None:
        self._refresh()
        self.changed.emit()

    def _add(self) -> None:
        try:
            cur = stored.currency_code(self.currency.text())
            value = stored.rate_value(self.rate.text())
            if cur == self.base_code():
                raise ValidationError(
                    self.tr("{code} is the base currency: its rate is always 1.").replace(
                        "{code}", cur
                    )
                )
        except ValidationError as exc:
            self.error.setText(str(exc))
            return
        day = self.on.date().toPython()
        self._rows = [r for r in self._rows if (r.currency, r.on) != (cur, day)]
        self._rows.append(RateRow(cur, day, value, self.base_code()))
        self.error.setText("")
        self.currency.clear()
        self.rate.clear()
        self._refresh()
        self.changed.emit()

    def _remove(self) -> None:
        picked = {i.row() for i in self.table.selectionModel().selectedRows()}
        if not picked:
            return
        self._removed += [r for n, r in enumerate(self._rows) if n in picked]
        self._rows = [r for n, r in enumerate(self._rows) if n not in picked]
        self._refresh()
        self.changed.emit()

    def base_code(self) -> str:
        return self.base.currentText().strip().upper()

    def _refresh(self) -> None:
        base = self.base_code()
        self.equals.setText("= … " + base if len(base) == 3 else "=")
        self._rows.sort(key=lambda r: (r.currency, r.on))
        shown = [RateRow(r.currency, r.on, r.rate, base) for r in self._rows]
        self.model.set_rows(shown)
        note = (
            self.tr(
                "Rates are set in the base currency: after changing it, set your rates again "
                "in {base}."
            ).replace("{base}", base)
            if base != self._stored_base and self._rows
            else ""
        )
        self.base_note.setText(note)
        self.base_note.setVisible(bool(note))
        have = {r.currency for r in self._rows} | {base}
        lacking = [c for c in self._in_use if c not in have]
        self.missing_note.setText(
            self.tr("No rate for {codes}: their figures are left out of the comparisons.").replace(
                "{codes}", ", ".join(lacking)
            )
            if lacking
            else ""
        )

    # --- the dialog's OK ---
    def save(self) -> None:
        """Store the base currency and the rates, in one transaction (ValueError refuses OK)."""
        base = self.base_code()
        try:
            with db.atomic():
                if base != self._stored_base or not stored.base_currency_is_set():
                    stored.set_base_currency(base)
                for r in self._removed:
                    stored.remove_rate(r.currency, r.on)
                for r in self._rows:
                    stored.set_rate(r.currency, r.rate, r.on)
        except ValidationError as exc:
            raise ValueError(str(exc)) from exc
        self._stored_base, self._removed = base, []
