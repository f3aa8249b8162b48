"""What to tell the user when items come due: at most one summary per refresh, never one per item.

`NoticeDecider.decide(listing, names)` compares the items due now with the ones due at the last
decision: the items that became due since (all of them, the first time) make one notice - counts
by default, client names only when the user allows it. An item that stops being due (done,
snoozed) is forgotten, so it is announced again should it come due again. Qt-free in all but its
translations; the tray shows what it returns.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from clientfit.core.today import TodayList

CONTEXT = "TrayNotices"
MAX_NAMES = 3


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


@dataclass(frozen=True)
class Notice:
    title: str
    body: str
    new: int  # items that came due since the last notice
    due: int  # items due in all


def count_text(due: int) -> str:
    """ "Nothing is due" / "1 item is due" / "5 items are due" (the tray's tooltip too)."""
    if due == 0:
        return _t("Nothing is due")
    if due == 1:
        return _t("1 item is due")
    return _t("%1 items are due").replace("%1", str(due))


def names_text(names: list[str]) -> str:
    """ "Acme AB, Beta and 2 more": the first few distinct client names."""
    shown = ", ".join(names[:MAX_NAMES])
    rest = len(names) - MAX_NAMES
    if rest <= 0:
        return shown
    return _t("%1 and %2 more").replace("%1", shown).replace("%2", str(rest))


class NoticeDecider:
    def __init__(self) -> None:
        self._due: set[str] | None = None  # ids due at the last decision; None: none made yet

    def decide(self, listing: TodayList, names: bool) -> Notice | None:
        """The notice for the items that came due since the last call, or None."""
        due = listing.due
        before = self._due or set()
        self._due = {item.id for item in due}
        new = [item for item in due if item.id not in before]
        if not new:
            return None
        if len(new) == len(due):
            body = count_text(len(due)) + "."
        elif len(new) == 1:
            body = _t("1 more item is due (%1 in all).").replace("%1", str(len(due)))
        else:
            body = (
                _t("%1 more items are due (%2 in all).")
                .replace("%1", str(len(new)))
                .replace("%2", str(len(due)))
            )
        if names:
            clients = list(dict.fromkeys(item.client for item in new))
            body += "\n" + names_text(clients)
        return Notice(_t("Clientfit: Today"), body, len(new), len(due))
