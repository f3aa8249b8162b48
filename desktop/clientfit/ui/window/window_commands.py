"""The main window's commands that open other windows: import, backups, settings, Pareto,
offboarding, and the packet export (run off the GUI thread).

A mixin of `MainWindow` using only what `host.WindowHost` names (checked by a test).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton, QVBoxLayout

from clientfit.store.models import Client
from clientfit.ui.common.tasks import run_in_background


class WindowCommands:
    def choose_export_path(self, title: str, suggested: str, filter_text: str) -> str:
        """Ask where to save an export (an attribute tests replace)."""
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(self, title, suggested, filter_text)
        return path

    def export_data(self, what: str) -> None:
        """Export everything as JSON, or the roster / time / invoices as CSV, off the GUI thread."""
        from clientfit.intake import export_csv, export_json
        from clientfit.ui.common.save_location import dated_name, remember_folder, suggested_path

        json_dump = what == "json"
        names = {
            "json": self.tr("Clientfit export"),
            "roster": self.tr("Clients"),
            "time": self.tr("Time entries"),
            "invoices": self.tr("Invoices"),
        }
        path = self.choose_export_path(
            self.tr("Export"),
            suggested_path(dated_name(names[what], extension="json" if json_dump else "csv")),
            self.tr("JSON files (*.json)") if json_dump else self.tr("CSV files (*.csv)"),
        )
        if not path:
            return
        remember_folder(path)
        self.statusBar().showMessage(self.tr("Exporting…"))

        def work():
            return export_json(path) if json_dump else export_csv(what, path)

        def done(_result) -> None:
            self.export_written.emit(path)
            self.statusBar().showMessage(
                self.tr("Exported to {path}").replace("{path}", path), 10_000
            )

        def failed(exc: BaseException) -> None:
            self.statusBar().clearMessage()
            QMessageBox.critical(
                self,
                self.tr("Export"),
                self.tr("Could not export to {path}:\n{error}")
                .replace("{path}", path)
                .replace("{error}", str(exc)),
            )

        run_in_background(work, done, failed, context=self)

    def import_file(self) -> None:
        from clientfit.ui.importing.dialog import ImportDialog

        dialog = ImportDialog(self)
        dialog.imported.connect(lambda summary: self.data_changed.emit())
        dialog.exec()

    def show_backups(self) -> None:
        from clientfit.ui.backups.dialog import BackupsDialog

        dialog = BackupsDialog(self.db_path, self)
        dialog.restored.connect(lambda path: self.data_changed.emit())
        dialog.exec()

    def show_settings(self) -> None:
        from clientfit.ui.settings.dialog import SettingsDialog

        self.ensure_panels()
        dialog = SettingsDialog(self)
        dialog.saved.connect(self.data_changed.emit)
        dialog.saved.connect(self.health_panel.refresh)
        dialog.exec()

    def show_colleagues(self) -> None:
        """Your network: add, edit and remove the colleagues the plan refers clients to."""
        from clientfit.ui.colleagues.dialog import ColleaguesDialog

        dialog = ColleaguesDialog(self)
        dialog.changed.connect(self.today_panel.refresh)
        dialog.exec()

    def show_pareto(self) -> None:
        """The Pareto view of the whole portfolio, in a window of its own beside the main one."""
        from clientfit.ui.health.pareto import ParetoView
        from clientfit.ui.health.whatif import chosen_in_pareto

        if self._pareto_window is None:
            window = QDialog(self)
            window.setWindowTitle(self.tr("Pareto: who takes your time"))
            window.setObjectName("ParetoWindow")
            layout = QVBoxLayout(window)
            window.view = ParetoView(window)
            layout.addWidget(window.view)
            window.resize(1000, 680)
            self.data_changed.connect(window.view.refresh)
            window.whatif = QPushButton(self.tr("What If They Went…"))
            window.whatif.setToolTip(
                self.tr("Your year without the selected clients (the top 20 % if none)")
            )
            window.whatif.clicked.connect(lambda: self.show_whatif(chosen_in_pareto(window.view)))
            layout.addWidget(window.whatif, 0, Qt.AlignmentFlag.AlignRight)
            self._pareto_window = window
        self._pareto_window.view.refresh()
        self._pareto_window.show()
        self._pareto_window.raise_()
        self._pareto_window.activateWindow()

    def show_whatif(self, client_ids: list[int] | None = None) -> None:
        """The what-if window: the year without `client_ids` (default the current client)."""
        from clientfit.ui.health.whatif import WhatIfWindow

        ids = client_ids or [self.current_client_id()]
        ids = [cid for cid in ids if cid is not None]
        if not ids:
            return
        if self._whatif_window is None:
            self._whatif_window = WhatIfWindow(self)
            self.data_changed.connect(self._whatif_window.view.refresh)
        self._whatif_window.view.set_clients(ids)
        self._whatif_window.show()
        self._whatif_window.raise_()
        self._whatif_window.activateWindow()

    def _open_plan_of(self, client_id: int) -> None:
        self.select_client(client_id)
        self.offboard_client(client_id)

    def offboard_client(self, client_id: int | None = None) -> None:
        """The guided offboarding dialog for the current client (or `client_id`)."""
        from clientfit.ui.offboarding.dialog import OffboardingDialog

        client_id = client_id or self.current_client_id()
        if client_id is None:
            return
        dialog = OffboardingDialog(client_id, self)
        dialog.changed.connect(self.today_panel.refresh)
        dialog.changed.connect(lambda: self.refresh(select_id=client_id))
        dialog.finished_plan.connect(lambda cid: self.refresh(select_id=cid))
        dialog.packet_requested.connect(self.export_packet)
        dialog.whatif_requested.connect(lambda cid: self.show_whatif([cid]))
        dialog.exec()

    def choose_packet_path(self, suggested: str) -> str:
        """Ask where to save the packet (an attribute tests replace)."""
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export offboarding packet"), suggested, self.tr("PDF documents (*.pdf)")
        )
        return path

    def export_packet(self, client_id: int | None = None) -> None:
        """Export the offboarding packet as PDF, off the GUI thread, then offer to open it."""
        from clientfit.i18n import current_language
        from clientfit.packet.export import export_packet
        from clientfit.ui.common.save_location import dated_name, remember_folder, suggested_path

        client_id = client_id or self.current_client_id()
        if client_id is None:
            return
        client = Client.get_by_id(client_id)
        name = dated_name(self.tr("Offboarding packet"), client.name, extension="pdf")
        path = self.choose_packet_path(suggested_path(name))
        if not path:
            return
        remember_folder(path)
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        self.statusBar().showMessage(self.tr("Writing the packet…"))
        self.act_packet.setEnabled(False)
        lang = current_language()

        def done(written) -> None:
            self.act_packet.setEnabled(True)
            self.packet_written.emit(str(written))
            self.statusBar().showMessage(
                self.tr("Packet saved: {path}").replace("{path}", str(written)), 10_000
            )

        def failed(exc: BaseException) -> None:
            self.act_packet.setEnabled(True)
            self.statusBar().clearMessage()
            QMessageBox.critical(
                self,
                self.tr("Export packet"),
                self.tr("The packet could not be written to {path}:\n{error}")
                .replace("{path}", path)
                .replace("{error}", str(exc)),
            )

        run_in_background(
            lambda: export_packet(client_id, path, lang=lang), done, failed, context=self
        )
