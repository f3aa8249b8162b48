"""The roster as the user left it, again at the next start: the sort column and order, the search
text, the band filter, "Show archived" and the selected client.

"Show archived" starts unticked and is remembered only once the user has clicked it (the box's
"chosen" property, or a choice stored earlier): a first start never inherits a default as if it
were a choice.

Kept in QSettings beside the window geometry, per database (a client id means nothing in another
file). `restore_roster_state` runs once the window's widgets exist and returns the client to
select when the roster has loaded; `save_roster_state` runs when the window closes.
"""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QSettings, Qt


def _key(window) -> str:
    """The settings group of this window's database."""
    where = str(getattr(window, "db_path", "") or "")
    return "roster/" + hashlib.sha1(where.encode("utf-8")).hexdigest()[:12]


def save_roster_state(window) -> None:
    """Remember sort, filter and selection of `window` (a MainWindow)."""
    settings = QSettings()
    settings.beginGroup(_key(window))
    header = window.table.horizontalHeader()
    settings.setValue("sort_column", header.sortIndicatorSection())
    settings.setValue(
        "sort_descending", header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    )
    settings.setValue("search", window.search.text())
    settings.setValue("band", window.band_filter.currentData() or "")
    if window.show_archived.property("chosen") or settings.contains("show_archived"):
        settings.setValue("show_archived", window.show_archived.isChecked())
    client = window.current_client_id()
    settings.setValue("client", -1 if client is None else int(client))
    settings.endGroup()


def restore_roster_state(window) -> int | None:
    """Put back what `save_roster_state` kept; returns the client id to select (or None)."""
    box = window.show_archived  # unticked on a first start; a click is a choice to remember
    box.clicked.connect(lambda: box.setProperty("chosen", True))
    window.proxy.set_show_archived(box.isChecked())
    settings = QSettings()
    settings.beginGroup(_key(window))
    try:
        if not settings.contains("sort_column"):
            return None
        column = _int(settings.value("sort_column"), -1)
        if 0 <= column < window.model.columnCount():
            descending = _bool(settings.value("sort_descending"))
            window.table.sortByColumn(
                column, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
            )
        window.search.setText(str(settings.value("search", "") or ""))
        band = str(settings.value("band", "") or "")
        window.band_filter.setCurrentIndex(max(0, window.band_filter.findData(band or None)))
        if settings.contains("show_archived"):
            window.show_archived.setChecked(_bool(settings.value("show_archived")))
        client = _int(settings.value("client"), -1)
        return client if client >= 0 else None
    finally:
        settings.endGroup()


def _int(value, default: int) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def _bool(value) -> bool:
    """QSettings gives "true"/"false" strings back from an INI file."""
    if isinstance(value, str):
        return value.lower() == "true"
    return bool(value)
