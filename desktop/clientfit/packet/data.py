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

# One home per fact: what the plan already says (an open invoice, the meeting, the notice, the
# referrals, the ending record) is the offboarding layer's plain data; the packet prints it as is.
from clientfit.offboarding.views import (
    DataHeld,
    EvidenceFact,
    FinalInvoiceLine,
    HandoverItem,
    Meeting,
    MoneyLine,
    Notice,
    OpenInvoice,
    PlanEventView,
    ReferralMatch,
    Referrals,
    TimelineEntry,
)

__all__ = [
    "ChecklistRow",
    "ClientInfo",
    "DataHeld",
    "Decision",
    "EvidenceFact",
    "FactorRow",
    "FinalInvoiceLine",
    "HandoverItem",
    "HealthSummary",
    "Letter",
    "Meeting",
    "MoneyLine",
    "Notice",
    "OpenInvoice",
    "PacketData",
    "ParetoPosition",
    "PlanEventView",
    "ReferralMatch",
    "Referrals",
    "TimelineEntry",
    "no_referrals",
]


def no_referrals() -> Referrals:
    """An empty referral section (a client without needs, or packet tests that leave it out)."""
    return Referrals(omitted=False, note=None, needs=[], colleagues=[], advice=[], kind="none")


@dataclass(frozen=True)
class ClientInfo:
    name: str
    status: str  # active | ending (a plan runs) | archived
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
    weight_note: str = (
        ""  # what a factor's weight means (health.aggregate), in the packet's language
    )
    missing: tuple[str, ...] = ()  # what an unknown client lacks, in words (health.evidence)


@dataclass(frozen=True)
class Decision:
    reason: str
    started_on: dt.date
    cooling_off_days: int
    cooling_off_ends: dt.date  # the first day the plan is no longer a draft
    times_considered: int  # how often the user has considered ending this client
    gut_hint: str | None = None  # "listen to your gut" once the thought keeps coming back
    went_ahead: str | None = None  # why the user announced before the overdue invoices were paid


@dataclass(frozen=True)
class ChecklistRow:
    kind: str  # contract | scope | first_email | deliverable | invoice | loose_end
    text: str
    done: bool = False
    detail: str = ""  # a second, quieter line (what to do, the evidence)


@dataclass(frozen=True)
class Letter:
    """The closing letter: the draft on the user's letterhead, signed."""

    letterhead: tuple[str, ...]  # the user's business, name, address, org. number, phone, e-mail
    recipient: tuple[str, ...]  # the client, its contact
    body: str


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
    referrals: Referrals = field(default_factory=no_referrals)
    draft: bool = False  # True while the cooling-off period runs: DRAFT on every page
    author: str = ""  # the user, for the PDF metadata
    letter: Letter | None = None
    evidence: tuple[EvidenceFact, ...] = ()
    handover: tuple[HandoverItem, ...] = ()
    money: tuple[MoneyLine, ...] = ()
    final_invoice: tuple[FinalInvoiceLine, ...] = ()
    rights: str | None = None  # licences and portfolio use, as the contract says
    personal_data: tuple[DataHeld, ...] = ()
    data_by: dt.date | None = None  # return or delete the personal data by (the handover)
    events: tuple[PlanEventView, ...] = ()  # what actually happened
    next_step: TimelineEntry | None = None  # the cover's "next step"
    waiting_for: tuple[str, ...] = ()  # payment first: the invoices the plan waits for

    @property
    def open_totals(self) -> dict[str, Decimal]:
        """What the client still owes, per currency, summed over the open invoices."""
        totals: dict[str, Decimal] = {}
        for inv in self.invoices:
            totals[inv.currency] = totals.get(inv.currency, Decimal("0.00")) + inv.outstanding
        return totals
