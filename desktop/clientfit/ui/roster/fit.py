"""The roster's columns fitted to its width: the Client column stretches and keeps room for the
longest name; when the pane is too narrow for every column, Status and then Last contact step
aside (they come back as the pane widens) rather than the names shrinking to "Kv…" or Outstanding
hiding behind a sideways scrollbar.

The other columns' widths are measured once per load (`measure`, on the rows on screen); a resize
only adds up numbers. The widest name is measured over the longest few names, not every row.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QSplitter, QTableView

from clientfit.ui.roster.model import LAST_CONTACT, NAME, STATUS

HIDE_FIRST = (STATUS, LAST_CONTACT)  # the columns that make room, in this order
NAME_CAP = 280  # px: a longer name may elide (its tooltip has it whole)
NAME_FLOOR = 110  # px: below this a name is no longer a name
_MEASURED_NAMES = 40


class RosterFit(QObject):
    """Keeps `table`'s columns fitted; call `measure()` after new rows are in."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.table = table
        self.natural: dict[int, int] = {}  # column -> its content width
        self.name_width = NAME_FLOOR
        self.hidden: set[int] = set()
        table.horizontalHeader().setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        table.viewport().installEventFilter(self)

    def measure(self) -> None:
        """The widths the columns need for the rows now in the model, then fit."""
        table, header = self.table, self.table.horizontalHeader()
        model = table.model()
        for column in range(model.columnCount()):
            if column == NAME:
                continue
            width = max(table.sizeHintForColumn(column), header.sectionSizeHint(column))
            self.natural[column] = width
        source = model.sourceModel() if hasattr(model, "sourceModel") else None
        if source is not None and hasattr(source, "row_at"):  # the roster: no Qt call per row

            def length(r: int) -> int:
                return len(source.row_at(r).name)
        else:

            def length(r: int) -> int:
                return len(model.index(r, NAME).data() or "")

        longest = sorted(range(model.rowCount()), key=length)
        widest = max(
            (
                table.sizeHintForIndex(model.index(r, NAME)).width()
                for r in longest[-_MEASURED_NAMES:]
            ),
            default=0,
        )
        widest = max(widest, header.sectionSizeHint(NAME))
        self.name_width = max(NAME_FLOOR, min(NAME_CAP, widest))
        # never narrower than a short name beside the columns that stay: a splitter dragged (or
        # restored) far left cannot squeeze the names to "…"
        kept = sum(w for c, w in self.natural.items() if c not in HIDE_FIRST)
        extra = 2 * table.frameWidth() + table.verticalScrollBar().sizeHint().width()
        table.setMinimumWidth(NAME_FLOOR + kept + extra)
        self.fit()

    def wanted_width(self) -> int:
        """The table's width with every column whole (frame and scrollbar included)."""
        table = self.table
        frame = 2 * table.frameWidth()
        scrollbar = table.verticalScrollBar().sizeHint().width()
        return self.name_width + sum(self.natural.values()) + frame + scrollbar

    def split(self, splitter: QSplitter, share: float = 0.45, other_least: int = 620) -> None:
        """Give the roster side of `splitter` the width its columns want, at most `share` of it
        and leaving the other side `other_least` if the roster can do without the columns that
        step aside (the first time a window opens with no splitter of its own to restore)."""
        total = sum(splitter.sizes())
        if total <= 0 or not self.natural:
            return
        margins = splitter.widget(0).contentsMargins()
        wanted = self.wanted_width() + margins.left() + margins.right()
        left = min(round(total * share), wanted)
        if total - left < other_least:
            least = wanted - sum(self.natural.get(c, 0) for c in HIDE_FIRST)
            left = max(total - other_least, min(least, left))
        splitter.setSizes([left, total - left])

    def fit(self) -> None:
        """Show the columns that fit beside a whole name; each at its content width."""
        if not self.natural:
            return
        available = self.table.viewport().width()
        header = self.table.horizontalHeader()
        columns = [c for c in self.natural if c not in HIDE_FIRST] + list(HIDE_FIRST)
        hidden: set[int] = set()
        need = self.name_width + sum(self.natural[c] for c in columns)
        for column in HIDE_FIRST:
            if need <= available:
                break
            hidden.add(column)
            need -= self.natural[column]
        for column, width in self.natural.items():
            header.setSectionHidden(column, column in hidden)
            if column not in hidden and header.sectionSize(column) != width:
                header.resizeSection(column, width)
        self.hidden = hidden

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False
