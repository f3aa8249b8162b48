"""Help → Getting Started, Keyboard Shortcuts and About: what a new user needs to find their way.

Getting Started is a short guide in the app (the gauge, importing, ending a client), translated
like every other text. The shortcut list is read from the window's own actions, so it can never
disagree with the menus.

The window installs the menu entries before its first paint; the dialogs' widget classes and
`html` are imported when a dialog is opened (PySide builds each widget class on first import).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from clientfit.health.bands import SCORED_BANDS
from clientfit.ui.common.band_style import band_label
from clientfit.ui.common.translate import translator

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog, QVBoxLayout

CTX = "Help"

_t = translator(CTX)


def getting_started_html() -> str:
    """The guide as HTML, in the UI language; the band limits come from `health.bands`."""
    from html import escape

    bands = "".join(
        f"<li><b>{escape(band_label(b.key))}</b> ({b.low}–{b.high})</li>"
        for b in reversed(SCORED_BANDS)
    )
    sections = [
        (
            _t("The health gauge"),
            _t(
                "Each client gets a score from 0 to 100, worked out from your own records: "
                "messages after hours and on days off, how much they write per billed hour, "
                "revision rounds and “not quite” feedback, late payment, your effective hourly "
                "rate, their share of your time against their share of your revenue, and your "
                "gut feeling."
            ),
            f"<ul>{bands}</ul>",
            _t(
                "Beside the gauge each factor has a bar: its risk from 0 to 100 % in the colour "
                "of its band, its weight, and the evidence behind it. A client with too little "
                "data has no score yet; the panel says what is missing."
            ),
        ),
        (
            _t("Bring in your records"),
            _t(
                "Use File → Import… for contacts (vCard or a CSV from Google, Outlook or "
                "LinkedIn), mail (mbox or .eml), time-tracker exports and invoice exports. The "
                "import shows what it will do before anything is saved. Or add a client by hand "
                "with Client → New Client…, and its contacts, notes and deliverables in its tabs."
            ),
        ),
        (
            _t("The Pareto view"),
            _t(
                "View → Pareto View… shows which clients take most of your time and messages "
                "against the revenue they bring, and what your year would look like without them."
            ),
        ),
        (
            _t("Ending a collaboration"),
            _t(
                "Client → End Collaboration… guides you step by step: a cooling-off period "
                "first, so you do not decide in frustration; a checklist of the contract and "
                "what is still owed, both ways; a meeting; a short message with one reason; the "
                "notice period; and colleagues to refer the client to. Client → Export Packet… "
                "writes it all into one PDF to work from."
            ),
        ),
        (
            _t("Your data"),
            _t(
                "Everything stays on this computer. File → Backups… keeps copies, and File → "
                "Export writes your data as JSON or CSV."
            ),
        ),
    ]
    parts = [f"<h2>{escape(_t('Getting started with Clientfit'))}</h2>"]
    for title, *paragraphs in sections:
        parts.append(f"<h3>{escape(title)}</h3>")
        for paragraph in paragraphs:
            parts.append(paragraph if paragraph.startswith("<") else f"<p>{escape(paragraph)}</p>")
    return "\n".join(parts)


def _dialog(parent, title: str, name: str) -> tuple[QDialog, QVBoxLayout]:
    from PySide6.QtWidgets import QDialog, QVBoxLayout

    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setObjectName(name)
    layout = QVBoxLayout(dialog)
    return dialog, layout


def _close_button(dialog: QDialog, layout: QVBoxLayout) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)


def getting_started_dialog(parent) -> QDialog:
    from PySide6.QtWidgets import QTextBrowser

    dialog, layout = _dialog(parent, _t("Getting Started"), "GettingStarted")
    browser = QTextBrowser()
    browser.setObjectName("guide")
    browser.setHtml(getting_started_html())
    browser.setOpenLinks(False)
    layout.addWidget(browser)
    _close_button(dialog, layout)
    dialog.resize(620, 560)
    return dialog


def shortcut_rows(window) -> list[tuple[str, str]]:
    """[(command, shortcut)] for every action of the window's menus that has a shortcut."""
    rows = []
    seen = set()
    for menu in (window.file_menu, window.client_menu, window.view_menu, window.help_menu):
        for action in _actions(menu):
            keys = action.shortcut()
            if keys.isEmpty() or action in seen:
                continue
            seen.add(action)
            text = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
            rows.append(
                (text.rstrip("…").strip(), keys.toString(QKeySequence.SequenceFormat.NativeText))
            )
    return rows


def _actions(menu) -> list[QAction]:
    found = []
    for action in menu.actions():
        if action.menu() is not None:
            found.extend(_actions(action.menu()))
        elif not action.isSeparator():
            found.append(action)
    return found


def shortcuts_dialog(window) -> QDialog:
    from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem

    dialog, layout = _dialog(window, _t("Keyboard Shortcuts"), "KeyboardShortcuts")
    rows = shortcut_rows(window)
    table = QTableWidget(len(rows), 2)
    table.setObjectName("shortcuts")
    table.setAccessibleName(_t("Keyboard shortcuts"))
    table.setHorizontalHeaderLabels([_t("Command"), _t("Shortcut")])
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
    table.setAlternatingRowColors(True)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    for n, (command, keys) in enumerate(rows):
        table.setItem(n, 0, QTableWidgetItem(command))
        table.setItem(n, 1, QTableWidgetItem(keys))
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
    layout.addWidget(table)
    _close_button(dialog, layout)
    dialog.resize(460, 520)
    return dialog


def install_help(window) -> None:
    """Getting Started and Keyboard Shortcuts in the Help menu, above About."""
    window.act_guide = QAction(_t("&Getting Started"), window)
    window.act_guide.setObjectName("getting_started")
    window.act_guide.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
    window.act_guide.triggered.connect(lambda: getting_started_dialog(window).exec())
    window.act_shortcuts = QAction(_t("&Keyboard Shortcuts"), window)
    window.act_shortcuts.setObjectName("keyboard_shortcuts")
    window.act_shortcuts.triggered.connect(lambda: shortcuts_dialog(window).exec())
    window.help_menu.insertAction(window.act_about, window.act_guide)
    window.help_menu.insertAction(window.act_about, window.act_shortcuts)
    window.help_menu.insertSeparator(window.act_about)
    window.act_guide.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
