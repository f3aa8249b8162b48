"""The Colleagues page: the user's network, from which the offboarding plan refers.

A table of colleagues (`RecordModel` over `store.colleagues.ColleagueInfo`) with Add, Edit and
Remove; the form completes skills from every need and skill already written down, one at a time
in a comma-separated list, so "wordpress" is spelled the way the clients' needs spell it and
referrals match.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from clientfit.store import colleagues as network
from clientfit.store.clients import checked_emails, clean_name
from clientfit.ui.client.forms import FormDialog
from clientfit.ui.common.dialogs import confirm
from clientfit.ui.common.record_model import Column
from clientfit.ui.common.record_tab import RecordTab

CTX = "ColleaguesDialog"

COLUMNS = [
    Column(CTX, "Name", lambda c: c.name, lambda c: c.name.casefold()),
    Column(CTX, "E-mail", lambda c: c.email or ""),
    Column(CTX, "Skills", lambda c: ", ".join(c.skills)),
]


def _t(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


class SkillsEdit(QLineEdit):
    """A comma-separated list whose last item is completed from the known needs and skills."""

    def __init__(self, text: str, words: list[str], parent=None):
        super().__init__(text, parent)
        self._completer = QCompleter(QStringListModel(words, self), self)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setFilterMode(Qt.MatchFlag.MatchStartsWith)
        self._completer.setWidget(self)
        self._completer.activated.connect(self._insert)
        self.textEdited.connect(self._complete)

    def completer_model(self) -> QStringListModel:
        return self._completer.model()

    def _current(self) -> str:
        return self.text()[: self.cursorPosition()].rsplit(",", 1)[-1].strip()

    def _complete(self, _text: str) -> None:
        prefix = self._current()
        if not prefix:
            self._completer.popup().hide()
            return
        self._completer.setCompletionPrefix(prefix)
        if self._completer.completionCount():
            self._completer.complete()
        else:
            self._completer.popup().hide()

    def _insert(self, word: str) -> None:
        head = self.text()[: self.cursorPosition()]
        tail = self.text()[self.cursorPosition() :]
        before = head.rsplit(",", 1)[0] + ", " if "," in head else ""
        self.setText(f"{before}{word}, {tail.lstrip(', ')}".rstrip())
        self.setCursorPosition(len(before) + len(word) + 2)


class ColleagueForm(FormDialog):
    def __init__(self, submit: Callable, words: list[str], initial=None, parent=None):
        super().__init__(
            self.tr("Edit colleague") if initial else self.tr("New colleague"), submit, parent
        )
        self.name = self.add_row(
            self.tr("&Name:"),
            QLineEdit(initial.name if initial else ""),
            lambda t: clean_name(t, "colleague name"),
        )
        self.name.setMaxLength(200)
        self.email = self.add_row(
            self.tr("&E-mail:"), QLineEdit(initial.email or "" if initial else ""), checked_emails
        )
        self.skills = self.add_row(
            self.tr("&Skills:"), SkillsEdit(", ".join(initial.skills) if initial else "", words)
        )
        self.skills.setPlaceholderText(self.tr("e.g. WordPress, SEO, copywriting"))

    def field_for(self, error):
        return self.name  # a colleague of that name exists already

    def values(self) -> tuple[str, str, str]:
        return self.name.text(), self.email.text(), self.skills.text()


class ColleaguesDialog(QDialog):
    """Add, edit and remove colleagues; `changed` after each change."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Colleagues"))
        self.setObjectName("ColleaguesDialog")
        self.intro = QLabel(
            self.tr(
                "The people you would refer a client to. Their skills are matched against your "
                "clients' needs when a plan suggests whom to refer."
            )
        )
        self.intro.setWordWrap(True)
        self.tab = RecordTab(self.tr("Colleagues"), COLUMNS, True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.tab, 1)
        layout.addWidget(buttons)
        self.tab.add_clicked.connect(self.add)
        self.tab.edit_clicked.connect(self.edit)
        self.tab.delete_clicked.connect(self.remove)
        self.resize(640, 420)
        self.reload()

    def reload(self) -> None:
        self.tab.set_rows(
            network.colleagues(),
            self.tr("No colleagues yet. Add the people you would refer a client to."),
        )

    def _done(self) -> None:
        self.reload()
        self.changed.emit()

    def add(self) -> None:
        def submit(v):
            name, email, skills = v
            return network.add_colleague(name, email=email or None, skills=skills)

        if ColleagueForm(submit, network.skill_suggestions(), parent=self).exec():
            self._done()

    def edit(self, info: network.ColleagueInfo) -> None:
        from clientfit.store.models import Colleague

        def submit(v):
            name, email, skills = v
            return network.update_colleague(
                Colleague.get_by_id(info.id), name=name, email=email, skills=skills
            )

        if ColleagueForm(submit, network.skill_suggestions(), info, parent=self).exec():
            self._done()

    def remove(self, info: network.ColleagueInfo) -> None:
        if confirm(
            self,
            self.tr("Remove colleague"),
            self.tr("Remove “%1” from your network?").replace("%1", info.name),
        ):
            network.remove_colleague(info.name)
            self._done()
