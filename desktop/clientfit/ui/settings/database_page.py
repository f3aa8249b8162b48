"""The settings dialog's Database page: which database this window works on, and a shared
PostgreSQL database to open instead at the next start.

The choice is kept in the Qt settings (`ui.common.database_choice`) and used when neither `--db` nor
`CLIENTFIT_DB` says otherwise; clearing the field goes back to the file on this computer. "Test
connection" reaches the server off the GUI thread and says what it found (the server's version,
and whether the database is empty or at which Clientfit schema) or why it could not. The password
is never kept here: `clientfit-cli server-password URL` puts it in the OS keyring.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clientfit.ui.common.database_choice import store_url, stored_url


class DatabasePage(QWidget):
    stores_in_database = False  # kept in this computer's settings: open in a read-only file

    def __init__(self, current: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        from clientfit.store.engines import is_url, redact

        self.setObjectName("database_page")
        where = redact(current) if is_url(current) else current
        kind = self.tr("a PostgreSQL database") if is_url(current) else self.tr("a file")
        self.current = QLabel(
            self.tr("This window works on %1: %2").replace("%1", kind).replace("%2", where)
        )
        self.current.setWordWrap(True)
        group = QGroupBox(self.tr("A shared database (PostgreSQL)"))
        explain = QLabel(
            self.tr(
                "For two computers or a small studio: the roster on a PostgreSQL server, each "
                "person logged in as their own role. Leave the field empty to use the file on this "
                "computer. The change applies at the next start."
            )
        )
        explain.setWordWrap(True)
        self.url = QLineEdit(stored_url() or "")
        self.url.setPlaceholderText("postgresql://anna@studio-server/clientfit")
        self.url.setAccessibleName(self.tr("PostgreSQL database address"))
        self.test = QPushButton(self.tr("&Test connection"))
        self.test.clicked.connect(self.test_connection)
        self.result = QLabel()
        self.result.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.url, 1)
        row.addWidget(self.test)
        box = QVBoxLayout(group)
        box.addWidget(explain)
        box.addLayout(row)
        box.addWidget(self.result)
        layout = QVBoxLayout(self)
        layout.addWidget(self.current)
        layout.addWidget(group)
        layout.addStretch(1)

    @classmethod
    def for_window(cls, window) -> DatabasePage:
        return cls(str(getattr(window, "db_path", "") or ""))

    def title(self) -> str:
        """The tab's text in the settings dialog."""
        return self.tr("&Database")

    def _text(self) -> str:
        return self.url.text().strip()

    def save(self) -> None:
        """Keep the address for the next start (the dialog calls this on OK)."""
        from clientfit.store.engines import is_url

        text = self._text()
        if text and not is_url(text):
            raise ValueError(
                self.tr("A PostgreSQL address starts with postgresql:// (%1).").replace("%1", text)
            )
        store_url(text)

    def test_connection(self) -> None:
        """Reach the server off the GUI thread; say what was found."""
        from clientfit.store.engines import is_url
        from clientfit.store.engines.postgres import probe
        from clientfit.ui.common.tasks import run_in_background

        text = self._text()
        if not is_url(text):
            self.result.setText(self.tr("Enter an address that starts with postgresql://"))
            return
        self.test.setEnabled(False)
        self.result.setText(self.tr("Connecting…"))
        run_in_background(lambda: probe(text), self._tested, self._failed, context=self)

    def _tested(self, found) -> None:
        version, schema = found
        self.test.setEnabled(True)
        if schema is None:
            text = self.tr(
                "Connected: PostgreSQL %1; the database is new, Clientfit will set it up."
            ).replace("%1", version)
        else:
            text = (
                self.tr("Connected: PostgreSQL %1, a Clientfit database (schema %2).")
                .replace("%1", version)
                .replace("%2", str(schema))
            )
        self.result.setText(text)

    def _failed(self, exc: BaseException) -> None:
        self.test.setEnabled(True)
        self.result.setText(str(exc))
