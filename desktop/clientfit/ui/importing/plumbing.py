"""The import dialog's plumbing, without a word of its own to translate: the worker thread's end,
a file dropped on the dialog, closing while an import is staged (rolled back), and saving the
user's own addresses. A mixin of `ImportDialog`, which provides `_worker`, `_thread`,
`set_path` and `own_edit`.
"""

from __future__ import annotations


class DialogPlumbing:
    def _on_thread_done(self) -> None:
        if self._thread is not None:
            # `finished` is emitted from the ending thread: let it end before the object goes
            self._thread.wait()
            self._thread.deleteLater()
        self._worker, self._thread = None, None

    def _save_own_addresses(self) -> None:
        from clientfit.intake.mail import OWN_ADDRESSES
        from clientfit.store.settings import set_setting

        mine = sorted(
            {
                a.strip().lower()
                for a in self.own_edit.text().replace(";", ",").split(",")
                if "@" in a
            }
        )
        set_setting(OWN_ADDRESSES, mine)

    def dragEnterEvent(self, event) -> None:
        if self._worker is None and event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        urls = [u for u in event.mimeData().urls() if u.isLocalFile()]
        if urls and self._worker is None:
            self.set_path(urls[0].toLocalFile())
            event.acceptProposedAction()

    def reject(self) -> None:
        """Closing while reading or staged drops the import (rolled back) before the window goes."""
        if self._worker is not None:
            self._worker.cancel()
            if self._thread is not None:
                self._thread.quit()
                self._thread.wait()
            self._on_thread_done()
        super().reject()

    def closeEvent(self, event) -> None:
        if self._worker is not None:
            self.reject()
        super().closeEvent(event)
