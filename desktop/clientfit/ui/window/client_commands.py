"""The main window's client commands: new, edit, rename, archive, delete, merge.

A mixin of `MainWindow` using only what `host.WindowHost` names: the forms collect values, `store.clients` validates and writes, and the
roster reloads (off the GUI thread) with the right client selected. The store services and the
forms are imported when a command runs: nothing here weighs on the window's first paint.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from clientfit.store.models import Client
    from clientfit.ui.client.forms import ClientValues


class ClientCommands:
    def _submit_new(self, v: ClientValues) -> Client:
        from clientfit.store import clients
        from clientfit.store.database import db

        with db.atomic():
            client = clients.add_client(v.name, needs=v.needs, currency=v.currency)
            clients.update_client(
                client,
                terms=v.terms,
                disrespectful=v.disrespectful,
                gut=v.gut,
                keep_in_touch=v.keep_in_touch,
            )
        return client

    def new_client(self) -> None:
        from clientfit.ui.client.forms import ClientDialog

        dialog = ClientDialog(self._submit_new, parent=self)
        if dialog.exec():
            self.refresh(select_id=dialog.result_value.id)

    def edit_client(self) -> None:
        from clientfit.store import clients
        from clientfit.store.models import Client
        from clientfit.ui.client.forms import ClientDialog, ClientValues

        client_id = self.current_client_id()
        if client_id is None:
            return
        client = Client.get_by_id(client_id)
        initial = ClientValues(
            client.name,
            ", ".join(clients.needs_of(client)),
            client.currency,
            client.payment_terms_days,
            client.disrespectful,
            client.gut,
            client.keep_in_touch_days or 0,
        )

        seen = client.row_version  # saving over someone else's newer edit is caught

        def save(target: Client, v: ClientValues, overwrite: bool = False):
            return clients.update_client(
                target,
                name=v.name,
                needs=v.needs,
                currency=v.currency,
                terms=v.terms,
                disrespectful=v.disrespectful,
                gut=v.gut,
                keep_in_touch=v.keep_in_touch,
                seen_version=seen,
                overwrite=overwrite,
            )

        def submit(v: ClientValues):
            from clientfit.store.record_versions import EditConflict

            try:
                return save(client, v)
            except EditConflict as exc:
                if self._reload_or_overwrite(str(exc)):
                    return save(Client.get_by_id(client_id), v, overwrite=True)
                return Client.get_by_id(client_id)  # reload: theirs stays, the roster reloads

        if ClientDialog(submit, initial, parent=self).exec():
            self.refresh()

    def _reload_or_overwrite(self, message: str) -> bool:
        """Someone saved this client since the form opened: True to overwrite their edit."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Edit client"))
        box.setIcon(QMessageBox.Icon.Warning)
        box.setText(message)
        reload = box.addButton(self.tr("Reload"), QMessageBox.ButtonRole.RejectRole)
        overwrite = box.addButton(self.tr("Overwrite"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(reload)
        box.exec()
        return box.clickedButton() is overwrite

    def rename_client(self) -> None:
        from clientfit.store import clients
        from clientfit.store.models import Client

        client_id = self.current_client_id()
        if client_id is None:
            return
        from clientfit.ui.client.forms import RenameDialog

        client = Client.get_by_id(client_id)
        dialog = self.rename_dialog = RenameDialog(
            lambda name: clients.rename_client(client, name), client.name, parent=self
        )
        if dialog.exec():
            self.refresh()

    def toggle_archive(self) -> None:
        from clientfit.store import clients
        from clientfit.store.models import Client

        client_id = self.current_client_id()
        if client_id is None:
            return
        client = Client.get_by_id(client_id)
        if client.status == "active":
            clients.archive_client(client)
        else:
            clients.restore_client(client)
        self.refresh()

    def delete_client(self) -> None:
        """Delete (optionally from the backups too) or anonymise: store/erasure.py does the work."""
        from clientfit.store import erasure
        from clientfit.store.backup import list_backups
        from clientfit.store.models import Client
        from clientfit.ui.client.delete_dialog import (
            ANONYMISE,
            DELETE_AND_PURGE,
            DeleteClientDialog,
        )

        client_id = self.current_client_id()
        if client_id is None:
            return
        client = Client.get_by_id(client_id)
        dialog = self.delete_dialog = DeleteClientDialog(
            client.name, len(list_backups(self.db_path)), self
        )
        if not dialog.exec() or dialog.choice is None:
            return
        if dialog.choice == ANONYMISE:
            erasure.anonymise_client(client)
            self.refresh(select_id=client_id)
            return
        result = erasure.erase_client(client)
        self.table.selectionModel().clearCurrentIndex()
        self.refresh()
        if dialog.choice == DELETE_AND_PURGE:
            self._purge_backups(result.name)

    def _purge_backups(self, name: str) -> None:
        from clientfit.store.erasure import purge_backups
        from clientfit.ui.common.tasks import run_in_background

        def done(result) -> None:
            text = self.tr("Removed from {n} backups.").replace("{n}", str(len(result.purged)))
            if result.failed:
                text += " " + self.tr("Left as they were: {list}").replace(
                    "{list}", "; ".join(result.failed)
                )
            self.statusBar().showMessage(text)

        path = self.db_path
        run_in_background(lambda: purge_backups(path, name), done, context=self)

    def merge_client(self) -> None:
        """Client → Merge…: another client's records into the current one (backup first)."""
        from clientfit.store import clients
        from clientfit.store.backup import BackupError
        from clientfit.store.merge import merge_clients
        from clientfit.store.models import Client
        from clientfit.ui.client.merge import MergeDialog

        client_id = self.current_client_id()
        if client_id is None:
            return
        keep = Client.get_by_id(client_id)
        others = list(Client.select(Client.id, Client.name).where(Client.id != client_id).tuples())

        def submit(other_id: int):
            try:
                return merge_clients(keep, Client.get_by_id(other_id))
            except BackupError as exc:
                raise clients.ValidationError(str(exc)) from None

        if MergeDialog(keep.name, others, submit, parent=self).exec():
            self.refresh(select_id=keep.id)
