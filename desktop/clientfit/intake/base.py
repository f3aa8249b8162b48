"""What every import shares: the plain records parsers yield, the summary, errors, progress/cancel.

Parsers turn a file into plain records (no database), so they can be tested on their own and so a
bad record is reported with its line or message number while the rest go in. Writers take those
records in batches inside one transaction; `ImportContext.checkpoint` between batches reports
progress and raises `ImportCancelled` when the user asked to stop, which rolls everything back.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

from clientfit.i18n import N_, _, current_language, ngettext_for

BATCH = 500
MAX_LINE = 1_000_000  # bytes; a longer line is refused with a clear message
EARLIEST = dt.datetime(1990, 1, 1)
LATEST = dt.datetime(2100, 12, 31)

# The kinds a user can ask for; "auto" tells them apart from the file itself.
KINDS = ("auto", "vcard", "contacts", "mbox", "time", "invoices", "json")

SUPPORTED_FORMATS = (
    N_("vCard 2.1/3.0/4.0 (.vcf)"),
    N_("contacts: Google Contacts CSV, Outlook contacts CSV, LinkedIn Connections.csv"),
    N_("mail: mbox (Thunderbird, Gmail Takeout), a single .eml, a Maildir folder"),
    N_("time: Toggl Track, Clockify or Harvest detailed CSV, Clientfit time CSV"),
    N_(
        "invoices: Harvest invoice report, FreshBooks invoice export, Invoice Ninja v4 export, "
        "Invoice Ninja v5 invoice CSV, Clientfit invoice CSV"
    ),
    N_("a Clientfit export (JSON)"),
)


class IntakeError(Exception):
    """The file cannot be imported at all; nothing was written. The message is for the user."""


class FormatError(IntakeError):
    """The file is not in a format Clientfit reads (or not the kind the user asked for)."""


class ImportCancelled(Exception):
    """The user pressed Cancel; the transaction is rolled back."""


def supported_formats_text() -> str:
    return _("Supported formats:") + "\n" + "\n".join(f"  - {_(f)}" for f in SUPPORTED_FORMATS)


def unknown_format(path: object, detail: str = "") -> FormatError:
    head = _("{path}: not a format Clientfit can import.").format(path=path)
    if detail:
        head += " " + detail
    return FormatError(head + "\n" + supported_formats_text())


@dataclass(frozen=True)
class Rejection:
    """A record that could not be read: where it is (line / message number) and why."""

    where: str
    reason: str

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


class Rejections(list):
    """The rejected records of one import: the first `KEEP` kept (with where and why), the rest
    only counted, so five million bad rows cost a counter, not 850 MB."""

    KEEP = 1_000

    def __init__(self, items=()) -> None:
        super().__init__()
        self.more = 0
        self.extend(items)

    def append(self, item: Rejection) -> None:
        if list.__len__(self) < self.KEEP:
            super().append(item)
        else:
            self.more += 1

    def extend(self, items) -> None:
        for item in items:
            self.append(item)

    @property
    def total(self) -> int:
        return list.__len__(self) + self.more


def at_line(n: int) -> str:
    return _("line {n}").format(n=n)


def at_message(n: int) -> str:
    return _("message {n}").format(n=n)


@dataclass
class ContactRecord:
    where: str
    client_name: str
    name: str
    title: str = ""
    emails: list[tuple[str, str | None]] = field(default_factory=list)  # (address, label)
    phones: list[tuple[str, str | None]] = field(default_factory=list)
    note: str = ""  # a vCard NOTE: becomes a note on the client (once)


@dataclass(frozen=True)
class Matched:
    """A name in the file that went to a client of another name, and why (one client, one record).
    `new` when that client is itself new in this import (two spellings in one file merged)."""

    imported: str
    client: str
    reason: str
    new: bool = False

    def __str__(self) -> str:
        text = (
            _("“{imported}” merged with “{client}”, new in this file ({reason})")
            if self.new
            else _("“{imported}” matched to existing client {client} ({reason})")
        )
        return text.format(imported=self.imported, client=self.client, reason=self.reason)


@dataclass
class MessageRecord:
    where: str
    message_id: str
    sent_at: dt.datetime  # naive UTC
    sender: str  # lower-case address, "" when missing
    recipients: list[str]  # lower-case addresses (To, Cc)
    subject: str
    # read for its flags (intake.mailbody): the parsed header block and the start of the body
    head: object = None  # email.message.Message of the headers alone
    body: bytes = b""  # at most mailparse.MAX_BODY bytes
    dated_by: str = "date"  # date | received | separator | filename: where sent_at came from


@dataclass
class TimeRecord:
    where: str
    client_name: str
    started_at: dt.datetime  # naive UTC
    seconds: int
    project: str
    task: str
    description: str
    billable: bool
    source_key: str


@dataclass
class InvoiceRecord:
    where: str
    client_name: str
    number: str
    issued_on: dt.date
    due_on: dt.date | None  # None: the client's payment terms decide
    total_minor: int
    currency: str | None  # None: the client's currency
    subject: str = ""
    payments: list[tuple[dt.date, int]] = field(default_factory=list)  # (paid_on, amount_minor)
    draft: bool = False
    cancelled: bool = False  # cancelled / reversed / void in the tool: not owed, left out
    status: str = "open"  # open | partial | disputed (store.models.INVOICE_STATUSES)
    emails: list[str] = field(default_factory=list)  # the client's addresses, where the export has
    amount_paid: Decimal | None = None  # a partial invoice's paid part, when the export says


# The record kinds counted in a summary, in the order shown: (singular, plural) msgids.
KIND_LABELS = {
    "clients": (N_("client"), N_("clients")),
    "contacts": (N_("contact"), N_("contacts")),
    "contact_points": (N_("e-mail address or phone"), N_("e-mail addresses and phones")),
    "messages": (N_("message"), N_("messages")),
    "time_entries": (N_("time entry"), N_("time entries")),
    "invoices": (N_("invoice"), N_("invoices")),
    "payments": (N_("payment"), N_("payments")),
    "notes": (N_("note"), N_("notes")),
}


def count_of(kind: str, n: int) -> str:
    """ "1 client", "3 clients" in the current language; unknown kinds (dump tables) as they are."""
    one, many = KIND_LABELS.get(kind, (kind, kind))
    return f"{n} {ngettext_for(current_language())(one, many, n)}"


@dataclass
class ImportSummary:
    """What an import did (or, for a preview, would do); the CLI prints it and the dialog shows it."""

    path: str
    format: str = ""  # human name of the detected format, e.g. "Toggl Track CSV"
    kind: str = ""  # vcard | mbox | time | invoices | json
    read: int = 0  # records read from the file
    created: Counter = field(default_factory=Counter)
    updated: Counter = field(default_factory=Counter)
    skipped: Counter = field(default_factory=Counter)  # already there: a re-import
    not_matched: int = 0  # messages that belong to no client
    # messages without a Date header, by where their time came from (received | separator | filename)
    dated_by: Counter = field(default_factory=Counter)
    left_out: Counter = field(
        default_factory=Counter
    )  # mail not meant as sent: draft | spam | trash
    drafts: int = 0  # draft invoices left out
    cancelled: int = 0  # cancelled (reversed, void) invoices left out
    new_clients: list[str] = field(default_factory=list)
    matched: list[Matched] = field(default_factory=list)
    dates: str = ""  # which day/month order the file's dates were read in, and why
    rejected: Rejections = field(default_factory=Rejections)
    notes: list[str] = field(default_factory=list)
    committed: bool = False
    seconds: float = 0.0
    incremental: bool = False  # a mail source read on from where the last import stopped
    # per client id: records "created", "updated", "skipped" (already there); `byclient` names them
    by_client: dict[int, Counter] = field(default_factory=dict)
    new_client_ids: set[int] = field(default_factory=set)  # clients this import creates
    clients: list = field(default_factory=list)  # byclient.ClientLine, filled before confirm

    def tally(self, client_id: int | None, outcome: str, n: int = 1) -> None:
        """Count `n` records of one client as "created", "updated" or "skipped"."""
        if client_id is not None and n:
            self.by_client.setdefault(client_id, Counter())[outcome] += n

    def saved(self) -> int:
        """Records written: new plus updated (clients included)."""
        return sum(self.created.values()) + sum(self.updated.values())

    def left_out_total(self) -> int:
        """Records read but not written because they belong nowhere or could not be read:
        mail that matched no client, drafts and spam, draft and cancelled invoices, rejections."""
        return (
            self.not_matched
            + sum(self.left_out.values())
            + self.drafts
            + self.cancelled
            + self.rejected.total
        )

    def changed_anything(self) -> bool:
        return bool(sum(self.created.values()) or sum(self.updated.values()))

    def lines(self) -> list[str]:
        """The summary as short lines of text, in the current language."""
        out = [
            _("{path} ({fmt}): {n} records read.").format(
                path=self.path, fmt=self.format, n=self.read
            )
        ]
        if self.dates:
            out.append(self.dates)
        for label, counts in (
            (_("Created"), self.created),
            (_("Updated"), self.updated),
            (_("Already there (skipped)"), self.skipped),
        ):
            keys = [*KIND_LABELS, *sorted(set(counts) - set(KIND_LABELS))]
            parts = [count_of(k, counts[k]) for k in keys if counts.get(k)]
            if parts:
                out.append(f"{label}: " + ", ".join(parts))
        if self.new_clients:
            out.append(
                _("New clients: {names}").format(names=", ".join(self.new_clients[:20]))
                + (" …" if len(self.new_clients) > 20 else "")
            )
        for m in self.matched[:50]:
            out.append(str(m))
        if len(self.matched) > 50:
            out.append("  " + _("… and {n} more").format(n=len(self.matched) - 50))
        if self.not_matched:
            out.append(_("Matched no client (skipped): {n}").format(n=self.not_matched))
        if self.drafts:
            out.append(_("Draft invoices (left out): {n}").format(n=self.drafts))
        if self.cancelled:
            out.append(_("Cancelled invoices (left out): {n}").format(n=self.cancelled))
        out.extend(self.notes)
        if self.rejected:
            total = self.rejected.total
            out.append(_("Rejected: {n}").format(n=total))
            out.extend(f"  {r}" for r in self.rejected[:200])
            if total > 200:
                out.append("  " + _("… and {n} more").format(n=total - 200))
        if not self.committed:
            out.append(_("Nothing was written (preview)."))
        return out

    def as_dict(self) -> dict:
        return {
            "path": self.path,
            "format": self.format,
            "kind": self.kind,
            "read": self.read,
            "created": dict(self.created),
            "updated": dict(self.updated),
            "skipped": dict(self.skipped),
            "not_matched": self.not_matched,
            "drafts": self.drafts,
            "cancelled": self.cancelled,
            "dated_by": dict(self.dated_by),
            "left_out": dict(self.left_out),
            "new_clients": list(self.new_clients),
            "matched": [
                {"imported": m.imported, "client": m.client, "reason": m.reason, "new": m.new}
                for m in self.matched
            ],
            "rejected": [{"where": r.where, "reason": r.reason} for r in self.rejected],
            "rejected_total": self.rejected.total,
            "dates": self.dates,
            "notes": list(self.notes),
            "committed": self.committed,
            "incremental": self.incremental,
            "seconds": round(self.seconds, 3),
        }


ProgressFn = Callable[[int, int], None]  # (done, total) in the parser's unit (bytes or files)
CancelFn = Callable[[], bool]


class ImportContext:
    """Progress and cancel, checked between batches (never per record: that would be slow)."""

    def __init__(
        self,
        progress: ProgressFn | None = None,
        cancel: CancelFn | None = None,
        *,
        date_order: str | None = None,
        date_order_how: str = "cli",
        today: dt.date | None = None,
    ):
        self._progress = progress
        self._cancel = cancel
        self.total = 0
        self.date_order = date_order  # what the user said (--date-order, the dialog), or None
        self.date_order_how = date_order_how  # "cli" | "dialog": where they said it
        self.today = today or dt.date.max  # the user's today: later dates are rejected
        self.dates = ""  # which day/month order the dates were read in, and why
        self.position: object = None  # where a mail parser got to (for incremental re-imports)

    def checkpoint(self, done: int) -> None:
        if self._cancel is not None and self._cancel():
            raise ImportCancelled()
        if self._progress is not None:
            self._progress(min(done, self.total) if self.total else done, self.total)

    def cancelled(self) -> bool:
        return bool(self._cancel and self._cancel())


def plausible(moment: dt.datetime) -> bool:
    return EARLIEST <= moment <= LATEST


def not_future(day: dt.date, ctx: ImportContext, what: str) -> dt.date:
    """`day`, or ValueError when it is after the user's today (an export cannot know tomorrow)."""
    if day > ctx.today:
        raise ValueError(
            _("the {what} {day} is after today ({today})").format(
                what=_(what), day=day.isoformat(), today=ctx.today.isoformat()
            )
        )
    return day
