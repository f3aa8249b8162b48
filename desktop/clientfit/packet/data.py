"""Exactly what goes into the offboarding packet, as frozen plain data (no peewee, no reportlab).

`assemble.py` builds a `PacketData` from the database; `render.py` turns one into a PDF. Tests
build these by hand, so the renderer can be checked without a database, and the data a packet
was made from can be compared exactly. Texts that come from the domain layers (factor details,
checklist items, the payment guard, vendor advice) arrive already in the packet's language; the
packet's own labels (headings, column names, band and channel names) are translated by `texts.py`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal


@dataclass(frozen=True)
class ClientInfo:
    name: str
    status: str  # active | archived
    currency: str = "SEK"
    needs: tuple[str, ...] = ()
    contacts: tuple[str, ...] = ()  # "Name <e-mail>" lines, as the user will address them
    contract: str | None = None  # the contract document on file, or None
    notes: tuple[str, ...] = ()  # the user's own notes on the client, newest first


@dataclass(frozen=True)
class FactorRow:
    key: str  # after_hours | intensity | indecision | late_payment | profitability | pareto | gut
    risk: float | None  # 0 (no concern) .. 1 (severe); None = no data, does not count
    weight: float
    detail: str  # the evidence, e.g. "38 % of messages arrive after 18:00"
    label: str = ""  # the factor's name in the packet's language ("" = the packet's own label)


@dataclass(frozen=True)
class ParetoPosition:
    rank: int  # 1 = the client causing the most trouble
    of_clients: int
    trouble_share: float  # 0..1 share of all hours + messages
    revenue_share: float  # 0..1 share of all revenue
    in_top: bool  # among the top 20 % that cause most of the trouble


@dataclass(frozen=True)
class HealthSummary:
    score: int | None  # 0..100, None when unknown
    band: str  # a key of clientfit.health.bands.BY_KEY
    factors: tuple[FactorRow, ...] = ()
    pareto: ParetoPosition | None = None
    missing: tuple[str, ...] = ()  # what an unknown client lacks, in words (health.evidence)
    weight_meaning: str = ""  # what the weights beside the factors mean (health.aggregate)


@dataclass(frozen=True)
class Decision:
    reason: str
    started_on: dt.date
    cooling_off_days: int
    cooling_off_ends: dt.date  # the first day the plan is no longer a draft
    times_considered: int  # how often the user has considered ending this client
    gut_hint: str | None = None  # "listen to your gut" once the thought keeps coming back


@dataclass(frozen=True)
class ChecklistRow:
    kind: str  # contract | scope | first_email | deliverable | invoice | loose_end
    text: str
    done: bool = False
    detail: str = ""  # a second, quieter line (what to do, the evidence)


@dataclass(frozen=True)
class OpenInvoice:
    number: str
    issued_on: dt.date
    due_on: dt.date
    total: Decimal
    outstanding: Decimal
    currency: str
    days_overdue: int = 0  # 0 when not yet due


@dataclass(frozen=True)
class Meeting:
    channel: str  # in_person | phone | video
    at: dt.datetime | None  # local wall-clock time, as the user will read it
    place: str = ""


@dataclass(frozen=True)
class TimelineRow:
    key: str  # cooling_off_ends | meeting | announce | last_working_day | handover | ...
    on: dt.date
    text: str = ""  # what happens that day, in the packet's language ("" = the packet's label)


@dataclass(frozen=True)
class Notice:
    days: int | None  # the notice period in days, or None when it runs until a deliverable is done
    until_deliverable: str | None = None
    timeline: tuple[TimelineRow, ...] = ()


@dataclass(frozen=True)
class Referral:
    name: str
    email: str | None = None
    matched: tuple[str, ...] = ()  # the client's needs this colleague's skills cover


@dataclass(frozen=True)
class Referrals:
    colleagues: tuple[Referral, ...] = ()
    advice: tuple[str, ...] = ()  # the kind of provider that would fit better
    left_out_note: str | None = None  # why they are left out (the client was disrespectful)
    note: str | None = None  # a remark when nothing matched ("no needs recorded", ...)


@dataclass(frozen=True)
class PacketData:
    lang: str  # en | sv
    made_on: dt.date  # the day the packet describes (the CLI's --at)
    client: ClientInfo
    health: HealthSummary
    decision: Decision | None = None
    checklist: tuple[ChecklistRow, ...] = ()
    invoices: tuple[OpenInvoice, ...] = ()
    payment_guard: str | None = None  # the warning while invoices are open; None when all is paid
    meeting: Meeting | None = None
    message: str | None = None
    notice: Notice | None = None
    referrals: Referrals = field(default_factory=Referrals)
    draft: bool = False  # True while the cooling-off period runs: DRAFT on every page
    author: str = ""  # the user, for the PDF metadata

    @property
    def open_totals(self) -> dict[str, Decimal]:
        """What the client still owes, per currency, summed over the open invoices."""
        totals: dict[str, Decimal] = {}
        for inv in self.invoices:
            totals[inv.currency] = totals.get(inv.currency, Decimal("0.00")) + inv.outstanding
        return totals
