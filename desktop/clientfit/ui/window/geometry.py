"""Window geometry and splitter positions remembered in QSettings (Picard's small mixin idea)."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter


def restore_window(window: QMainWindow, key: str, splitters: dict[str, QSplitter]) -> bool:
    """Put the window and its splitters back as they were; True when there was a saved state."""
    settings = QSettings()
    geometry = settings.value(f"{key}/geometry")
    if geometry is not None:
        window.restoreGeometry(geometry)
    state = settings.value(f"{key}/state")
    if state is not None:
        window.restoreState(state)
    restored = geometry is not None
    for name, splitter in splitters.items():
        sizes = settings.value(f"{key}/splitter/{name}")
        if sizes is not None:
            restored = splitter.restoreState(sizes) or restored
    return restored


def save_window(window: QMainWindow, key: str, splitters: dict[str, QSplitter]) -> None:
    settings = QSettings()
    settings.setValue(f"{key}/geometry", window.saveGeometry())
    settings.setValue(f"{key}/state", window.saveState())
    for name, splitter in splitters.items():
        settings.setValue(f"{key}/splitter/{name}", splitter.saveState())
