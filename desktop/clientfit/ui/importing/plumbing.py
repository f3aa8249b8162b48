"""The import dialog's plumbing, without a word of its own to translate: the worker thread's end,
a file dropped on the dialog, closing while an import is staged (rolled back), and Return in a
text field. A mixin of `ImportDialog`, which provides `_worker`, `_thread` and `set_path`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit


class DialogPlumbing:
    def _on_thread_done(self) -> None:
        if self._thread is not None:
            # `finished` is emitted from the ending thread: let it end before the object goes
            self._thread.wait()
            self._thread.deleteLater()
        self._worker, self._thread = None, None

    def keyPressEvent(self, event) -> None:
        """Return in a text field confirms that field (its editingFinished), nothing more: it
        must not start a preview or an import behind the user's back."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and isinstance(
            self.focusWidget(), QLineEdit
        ):
            event.accept()
            return
        super().keyPressEvent(event)

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
