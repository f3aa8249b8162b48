"""Where the app suggests saving a file, and under what name; where it starts looking for one to read.

The first time: the Documents folder. After that: the folder the user saved into last (any
export, packet, reminder or calendar file), as long as it still exists. Names read like a person
wrote them, "Offboarding packet – Sundqvist Event & PR – 2026-12-06.pdf", with only the
characters a file system refuses replaced (`fileio.clean_file_name`).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

from clientfit.fileio import clean_file_name

LAST_FOLDER = "files/last_save_folder"
LAST_OPEN_FOLDER = "files/last_open_folder"


def documents_folder() -> Path:
    """The user's Documents folder (their home folder where the platform names none)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder else Path.home()


def save_folder() -> Path:
    """The folder to offer: the last one used if it is still there, else Documents."""
    last = QSettings().value(LAST_FOLDER)
    if last and Path(str(last)).is_dir():
        return Path(str(last))
    return documents_folder()


def remember_folder(saved_path: str | Path) -> None:
    """The user saved `saved_path`: offer its folder next time."""
    QSettings().setValue(LAST_FOLDER, str(Path(saved_path).expanduser().parent))


def open_folder() -> Path:
    """Where to start looking for a file to read: the folder of the last one, else home."""
    last = QSettings().value(LAST_OPEN_FOLDER)
    if last and Path(str(last)).is_dir():
        return Path(str(last))
    return Path.home()


def choose_file_to_open(parent, title: str, filters: str) -> str:
    """A file picked in the open dialog (starting where the last one was), or "" when cancelled."""
    from PySide6.QtWidgets import QFileDialog

    path, _filter = QFileDialog.getOpenFileName(parent, title, str(open_folder()), filters)
    if path:
        QSettings().setValue(LAST_OPEN_FOLDER, str(Path(path).parent))
    return path


def choose_folder_to_open(parent, title: str) -> str:
    """A folder picked to read from (a Maildir), or "" when cancelled; its parent is remembered."""
    from PySide6.QtWidgets import QFileDialog

    path = QFileDialog.getExistingDirectory(parent, title, str(open_folder()))
    if path:
        QSettings().setValue(LAST_OPEN_FOLDER, str(Path(path).parent))
    return path


def dated_name(*parts: str, extension: str, day: dt.date | None = None) -> str:
    """ "Title – Client – 2026-12-06.ext": the parts and the day joined by en dashes, cleaned."""
    day = day or dt.date.today()
    words = [p.strip() for p in parts if p and p.strip()]
    return clean_file_name(" – ".join([*words, day.isoformat()]) + f".{extension}")


def suggested_path(file_name: str) -> str:
    """The full path to offer in a save dialog for `file_name`."""
    return str(save_folder() / clean_file_name(file_name))
