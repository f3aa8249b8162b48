"""The plan as plain, frozen data: what the dialog, the CLI and the PDF packet render.

Nothing here touches the database. Texts meant for people (`text`, `detail`, `label`, `note`,
`advice`, warnings) are already translated into the view's `lang`; the raw facts (dates, amounts,
states, keys) sit beside them so a renderer can format them its own way. Dates are `date`, moments
are naive local `datetime`s (the user's zone applied) unless the field name ends in `_utc`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, ClassVar

from clientfit.common.calendar_event import CalendarEvent
from clientfit.store.records import InvoiceRow


@dataclass(frozen=True)
class Amount:
    currency: str
    amount: Decimal


@dataclass(frozen=True)
class CoolingOff:
    days: int
    started_on: dt.date
    ends_on: dt.date  # the first day the decision is no longer a draft
    passed: bool
    days_left: int  # 0 once passed


@dataclass(frozen=True)
class Considerations:
    """How often the user has considered ending this client (Consideration rows)."""

    total: int
    last_30_days: int
    last_365_days: int
    first_on: dt.date | None
    hint: str | None  # "listen to your gut" once it keeps coming back


@dataclass(frozen=True)
class ChecklistEntry:
    number: int  # 1-based position, what `plan NAME --tick N` takes
    key: str  # stable: "deliverable:12", "invoice:3", "loose_end:40", "contract:0", ...
    kind: str  # contract | scope | first_email | deliverable | invoice | loose_end
    state: str  # see CHECKLIST_STATES
    text: str
    detail: str
    done: bool
    needs_action: bool  # something to do before announcing (deliver first, chase payment)
    ref_id: int | None


CHECKLIST_STATES = {
    "contract": ("on_file",),
    "scope": ("gather",),
    "first_email": ("gather",),
    "deliverable": ("paid_delivered", "paid_undelivered", "delivered_unpaid", "open"),
    "invoice": ("open", "overdue"),
    "loose_end": ("todo",),
}


@dataclass(frozen=True)
class OpenInvoice(InvoiceRow):
    """An invoice not fully paid, judged on the day `as_of`: the store's row (its fields have
    one home, `store.records.InvoiceRow`) and what that day makes of it."""

    as_of: dt.date = field(kw_only=True)
    # what `to_dict` adds to the fields: worked out, not stored
    DERIVED: ClassVar[tuple[str, ...]] = ("outstanding", "overdue", "days_overdue", "disputed")

    @property
    def overdue(self) -> bool:
        return self.due_on < self.as_of

    @property
    def days_overdue(self) -> int:
        return max(0, (self.as_of - self.due_on).days)

    @property
    def disputed(self) -> bool:
        """The client disputes it: counts as unpaid for "payment first"."""
        return self.state == "disputed"


@dataclass(frozen=True)
class PaymentGuard:
    active: bool  # open invoices exist
    invoices: list[OpenInvoice]
    totals: list[Amount]  # outstanding per currency
    warning: str | None
    suggestion: str | None
    suggested_announce_on: dt.date | None  # the day after the last one falls due; None if overdue
    waiting_for: list[str] = field(default_factory=list)  # overdue/disputed numbers: payment first
    override: str | None = None  # the user's reason to go ahead anyway
    latest: dt.date | None = None  # go ahead on this day at the latest, paid or not

    @property
    def waiting(self) -> bool:
        """The plan waits: invoices are overdue or disputed and the user has not overridden it."""
        return bool(self.waiting_for) and not self.override


@dataclass(frozen=True)
class Meeting:
    at_utc: dt.datetime
    at: dt.datetime  # local
    minutes: int
    channel: str  # in_person | phone | video
    channel_label: str
    place: str
    warnings: list[str] = field(default_factory=list)
    event: CalendarEvent | None = None  # for the .ics file (the CLI/UI hand it to intake's writer)


@dataclass(frozen=True)
class DraftWarning:
    code: str  # several_reasons | list | too_many_sentences | too_long | empty
    message: str
    evidence: str = ""


@dataclass(frozen=True)
class MessageTemplate:
    key: str
    lang: str
    label: str
    reason: str
    body: str  # with {placeholders}


@dataclass(frozen=True)
class MessageDraft:
    text: str
    lang: str  # the language the text is written in
    custom: bool  # the user's own text (stored) rather than the default template
    template_key: str | None
    reason: str | None  # the one reason of the template, when from a template
    words: int
    sentences: int
    warnings: list[DraftWarning]


@dataclass(frozen=True)
class TimelineEntry:
    day: dt.date
    kind: str  # cooling_off_ends | meeting | announce | last_working_day | handover
    label: str


@dataclass(frozen=True)
class Notice:
    mode: str  # days | deliverable
    days: int  # calendar days from announcing to the last working day
    deliverable_id: int | None
    deliverable_title: str | None
    announce_on: dt.date
    announce_source: str  # chosen | meeting | cooling_off | when_paid | latest | paid
    last_working_day: dt.date
    handover_on: dt.date
    note: str | None
    timeline: list[TimelineEntry]
    waiting_for: list[str] = field(default_factory=list)  # announce "when paid" for these invoices
    warning: str | None = None  # the notice ends before an open paid deliverable is due
    suggest_deliverable_id: int | None = None  # ... the one-click "until it is done"
    suggest_deliverable_title: str | None = None
    chosen_days: int = 0  # the days the user chose (kept while "until done" decides the end)


@dataclass(frozen=True)
class ReferralMatch:
    colleague_id: int
    name: str
    email: str | None
    matched: list[str]  # the client's needs this colleague covers, in the client's order
    # the same needs as a sentence or a table writes them in the view's language ("SEO")
    covers: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Referrals:
    omitted: bool  # the client is marked disrespectful
    note: str | None
    needs: list[str]
    colleagues: list[ReferralMatch]
    advice: list[str]
    kind: str  # agency | specialist | none
    chosen: bool = False  # the user picked the colleagues (and/or wrote the advice) themselves


# --- the ending record (offboarding.record): evidence, handover, money, personal data ---------


@dataclass(frozen=True)
class EvidenceFact:
    on: dt.date
    kind: str  # late_payment | after_hours | revision | consideration
    text: str


@dataclass(frozen=True)
class HandoverItem:
    what: str
    owner: str  # theirs | yours
    action: str
    by: dt.date | None  # None: on payment
    done: bool = False


@dataclass(frozen=True)
class MoneyLine:
    currency: str
    invoiced: Decimal
    paid: Decimal
    open: Decimal


@dataclass(frozen=True)
class FinalInvoiceLine:
    title: str
    amount: Decimal | None
    currency: str


@dataclass(frozen=True)
class DataHeld:
    kind: str  # contacts | addresses | messages | notes | time_entries
    label: str
    count: int


@dataclass(frozen=True)
class PlanEventView:
    """Something that actually happened in the plan (for the record and the yearly review)."""

    id: int
    kind: str  # announced | notice_sent | referred | override | finished
    on: dt.date
    label: str
    detail: str


@dataclass(frozen=True)
class PlanView:
    plan_id: int
    client_id: int
    client_name: str
    client_status: str
    contact_name: str | None
    status: str  # running | finished | cancelled
    lang: str
    today: dt.date
    reason: str
    is_draft: bool
    draft_mark: str | None  # "DRAFT" / "UTKAST" while cooling off
    cooling_off: CoolingOff
    considerations: Considerations
    contract_path: str | None
    checklist: list[ChecklistEntry]
    payment_guard: PaymentGuard
    meeting: Meeting | None
    message: MessageDraft
    notice: Notice
    referrals: Referrals
    finished_on: dt.date | None
    ended_on: dt.date | None
    step_titles: list[str] = field(default_factory=list)
    contract: Any = None  # store.contracts.ContractInfo, or None without a contract
    events: list[PlanEventView] = field(default_factory=list)
    next_step: TimelineEntry | None = None  # the next date ahead (the client view's banner)

    @property
    def checklist_done(self) -> int:
        return sum(1 for item in self.checklist if item.done)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: dates as ISO strings, money as decimal strings."""
        return _plain(self)


@dataclass(frozen=True)
class UpcomingEvent:
    """One date to keep across running plans, for the main window's "coming up" panel."""

    day: dt.date
    at: dt.datetime | None  # local moment, for meetings
    kind: str  # cooling_off_ends | meeting | notice_ends | handover | waiting_for_payment | renewal
    label: str
    client_id: int
    client_name: str
    plan_id: int | None  # None for a contract renewal (no plan needed)
    days_away: int


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        names = [f.name for f in dataclasses.fields(value)] + list(getattr(value, "DERIVED", ()))
        return {name: _plain(getattr(value, name)) for name in names}
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value
