"""The Today list: what is due, across every client, in one place - the app's Today view, the tray's
count and `clientfit-cli today` all read `today_list`.

It gathers the dates of running offboarding plans (cooling-off ends, the meeting, the day to
announce or the payment it waits for, the notice's end, the handover), contracts that renew soon,
invoices to chase, clients whose band dropped within the last week, and clients not contacted for
longer than their keep-in-touch interval. Each item has a stable id that names its date, so
marking it done or snoozing it (with a reason, `store.today`) holds until the item itself moves:
the next keep-in-touch date, a meeting moved to another day.

An item is *due* on and after its date unless it is snoozed; plan dates still ahead are listed
too (as the old "Coming up" panel did), with `days_overdue` None. Nothing here writes, except
`record_bands` (derived data) and the marks the user makes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from functools import cached_property
from operator import itemgetter
from typing import Any, NamedTuple

from clientfit.common.numbers import money_text
from clientfit.common.zone import user_zone, utc_to_local
from clientfit.i18n import N_, current_language, gettext_for, ngettext_for
from clientfit.store import today as store
from clientfit.store.clients import ValidationError
from clientfit.store.raw_values import as_day

KINDS = (  # in the order one day's items are listed
    "cooling_off_ends",
    "meeting",
    "announce",
    "waiting_for_payment",
    "notice_ends",
    "handover",
    "renewal",
    "invoice_overdue",
    "band_dropped",
    "keep_in_touch",
)
PAST_DAYS = 14  # a plan's date stays on the list this long after its day, unless marked done
BAND_WEEK = 7  # "since last week"
DETAILS = {
    "invoice_overdue": N_("Invoice {number}: {amount} unpaid"),
    "band_dropped": N_("Health fell from {before} to {now}"),
    "keep_in_touch_never": N_("No contact yet (keep in touch every {every} days)"),
}


class TodayItem(NamedTuple):
    """One item: a tuple, as a list of 10,000 of them is made on every refresh. Its `detail` is
    written when read (a view shows a few dozen rows: the rest are counted and sorted)."""

    id: str
    kind: str  # one of KINDS
    client_id: int
    client: str
    date: dt.date
    detail_text: str | None  # None: written from `facts` when `detail` is read
    days_overdue: int | None  # None while the date is ahead
    snoozed_until: dt.date | None  # set while a snooze holds
    at: dt.datetime | None = None  # a meeting's local time
    reason: str = ""  # the snooze's reason
    days_ahead: int | None = None  # while the date is ahead: how many days
    facts: tuple = ()  # what the detail says, for kinds whose detail is written when read
    lang: str = "en"
    rank: int = 0  # the kind's place among one day's items (KINDS)

    @property
    def detail(self) -> str:
        if self.detail_text is None:
            return _detail(self.kind, self.facts, self.lang)
        return self.detail_text

    @property
    def due(self) -> bool:
        """On or past its date and not snoozed: what the tray counts."""
        return self.days_overdue is not None and self.snoozed_until is None

    def to_json(self) -> dict[str, Any]:
        """The contract's JSON object (DESIGN.md: `today --json`)."""
        return {
            "id": self.id,
            "kind": self.kind,
            "client": self.client,
            "date": self.date.isoformat(),
            "detail": self.detail,
            "days_overdue": self.days_overdue,
            "snoozed_until": self.snoozed_until.isoformat() if self.snoozed_until else None,
        }


def _detail(kind: str, facts: tuple, lang: str) -> str:
    _ = gettext_for(lang)
    if kind == "invoice_overdue":
        _id, _client, _name, number, _due, minor, currency = facts
        amount = money_text(Decimal(minor) / 100, currency, lang)
        return _(DETAILS["invoice_overdue"]).format(number=number, amount=amount)
    if kind == "band_dropped":
        from clientfit.health.bands import BY_KEY

        before, now = facts
        return _(DETAILS["band_dropped"]).format(
            before=_(BY_KEY[before].label), now=_(BY_KEY[now].label)
        )
    days, every = facts  # keep_in_touch
    if days is None:
        return _(DETAILS["keep_in_touch_never"]).format(every=every)
    return ngettext_for(lang)(
        "No contact for {days} day (keep in touch every {every} days)",
        "No contact for {days} days (keep in touch every {every} days)",
        days,
    ).format(days=days, every=every)


@dataclass(frozen=True)
class TodayList:
    at: dt.date
    items: list[TodayItem]
    counted: int | None = None  # the due items, when whoever made the list counted them

    @property
    def due(self) -> list[TodayItem]:
        return [item for item in self.items if item.due]

    @cached_property
    def due_count(self) -> int:
        """What the tray shows (counted once per list)."""
        if self.counted is not None:
            return self.counted
        return sum(1 for item in self.items if item.due)


class TodayError(ValidationError):
    """A done/snooze the list cannot take; the message is for the user, and `field` names what
    it is about ("until", "reason"; "" for the item itself) so a form can say it there."""

    def __init__(self, message: str, field: str = "") -> None:
        super().__init__(message)
        self.field = field


def today() -> dt.date:
    """Today in the user's time zone."""
    return dt.datetime.now(user_zone()).date()


def _plan_items(at: dt.date, lang: str) -> list[tuple[str, str, Any]]:
    from clientfit.offboarding import upcoming

    out = []
    for event in upcoming(at, lang, include_past_days=PAST_DAYS, announce=True):
        if event.kind == "waiting_for_payment":  # dated "today" every day: one id for the wait
            key = f"{event.kind}:{event.plan_id}"
        elif event.plan_id is None:
            key = f"{event.kind}:c{event.client_id}:{event.day.isoformat()}"
        else:
            key = f"{event.kind}:{event.plan_id}:{event.day.isoformat()}"
        out.append((key, event.label, event))
    return out


_new = tuple.__new__  # a TodayItem without NamedTuple's keyword-binding __new__ (10,000 a refresh)


def _invoices(at: dt.date, lang: str) -> list[TodayItem]:
    rank = KINDS.index("invoice_overdue")
    days: dict[Any, dt.date] = {}  # each due day read once (6,000 invoices have a few hundred)
    return [
        _new(
            TodayItem,
            (
                f"invoice_overdue:{iid}",
                "invoice_overdue",
                cid,
                name,
                day,
                None,
                (at - day).days,
                None,
                None,
                "",
                None,
                row,  # the facts: number, owed and currency are in the row
                lang,
                rank,
            ),
        )
        for row in store.overdue_invoices(at)
        for iid, cid, name, _n, due, _o, _c in (row,)
        for day in (days.get(due) or days.setdefault(due, as_day(due)),)
    ]


def _bands(at: dt.date, lang: str) -> list[TodayItem]:
    from clientfit.health.bands import BAND_RANK

    scored = {"healthy", "watch", "consider_ending"}
    out = []
    for change in store.band_changes(at, BAND_WEEK):
        if change.band not in scored or change.before not in scored:
            continue
        if BAND_RANK[change.band] >= BAND_RANK[change.before]:
            continue  # rose: nothing to do
        key = f"band_dropped:{change.client_id}:{change.since.isoformat()}"
        out.append(
            _item(
                key,
                "band_dropped",
                change.client_id,
                change.client_name,
                change.since,
                None,
                at,
                facts=(change.before, change.band),
                lang=lang,
            )
        )
    return out


def _keep_in_touch(at: dt.date, lang: str) -> list[TodayItem]:
    zone = user_zone()
    now_utc = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
    end_of_at = dt.datetime.combine(at + dt.timedelta(days=1), dt.time.min, zone)
    now_utc = min(now_utc, end_of_at.astimezone(dt.timezone.utc).replace(tzinfo=None))

    def cutoff(every: int) -> dt.datetime:
        # due (last local day + every <= at) while the last contact is before the local midnight
        # that starts the day after `at - every`
        start = dt.datetime.combine(at - dt.timedelta(days=every - 1), dt.time.min, zone)
        return start.astimezone(dt.timezone.utc).replace(tzinfo=None)

    out = []
    for c in store.due_contacts(now_utc, cutoff):
        base = c.last_utc or c.created_utc
        last_day = utc_to_local(base, zone).date()
        due = last_day + dt.timedelta(days=c.every_days)
        days = None if c.last_utc is None else (at - last_day).days
        key = f"keep_in_touch:{c.client_id}:{due.isoformat()}"
        out.append(
            _item(
                key,
                "keep_in_touch",
                c.client_id,
                c.client_name,
                due,
                None,
                at,
                facts=(days, c.every_days),
                lang=lang,
            )
        )
    return out


def _item(
    key: str,
    kind: str,
    client_id: int,
    client: str,
    day: dt.date,
    detail: str | None,
    at: dt.date,
    moment: dt.datetime | None = None,
    facts: tuple = (),
    lang: str = "en",
) -> TodayItem:
    overdue = (at - day).days
    late = overdue >= 0
    return TodayItem(
        key,
        kind,
        client_id,
        client,
        day,
        detail,
        overdue if late else None,
        None,
        moment,
        "",
        None if late else -overdue,
        facts,
        lang,
        KINDS.index(kind),
    )


def today_list(at: dt.date | None = None, lang: str | None = None) -> TodayList:
    """Everything on the list as of `at` (default today), oldest date first; done items left
    out, snoozed ones marked (`snoozed_until`) while their snooze holds."""
    at = at or today()
    lang = lang or current_language()
    items = [
        _item(key, event.kind, event.client_id, event.client_name, event.day, label, at, event.at)
        for key, label, event in _plan_items(at, lang)
    ]
    ahead = sum(1 for item in items if item.days_overdue is None)  # the rest is due, or snoozed
    items += _invoices(at, lang)
    items += _bands(at, lang)
    items += _keep_in_touch(at, lang)
    marks = store.marks()
    snoozed = 0
    if marks:
        shown = []
        for item in items:
            mark = marks.get(item.id)
            if mark is not None and mark.state == "done":
                continue
            if mark is not None and mark.until is not None and mark.until > at:
                item = item._replace(snoozed_until=mark.until, reason=mark.reason)
                snoozed += item.days_overdue is not None  # an item ahead is not due anyway
            shown.append(item)
        items = shown
    # date, kind, a meeting's time (only meetings have one), client, id
    items.sort(key=itemgetter(4, 13, 8, 3, 0))
    return TodayList(at, items, len(items) - ahead - snoozed)


def find_item(item_id: str, at: dt.date | None = None, lang: str | None = None) -> TodayItem:
    """The item with this id on the list as of `at`; TodayError when it is not there."""
    for item in today_list(at, lang).items:
        if item.id == item_id:
            return item
    _ = gettext_for(lang or current_language())
    raise TodayError(
        _("“{id}” is not on the Today list (done already, or no longer due).").format(id=item_id)
    )


def mark_done(item: TodayItem, on: dt.date | None = None, reason: str = "") -> None:
    """The user dealt with it: it leaves the list for good (its id names its date)."""
    store.save_mark(item.id, item.client_id, "done", on or today(), None, reason.strip())


def check_reason(reason: str) -> str:
    """A snooze's reason, trimmed; TodayError when there is none (the rule's one home: the
    command line and the Snooze dialog both ask here)."""
    if not reason.strip():
        _ = gettext_for(current_language())
        raise TodayError(_("Say why you snooze it (a reason is kept with it)."), "reason")
    return reason.strip()


def check_snooze(until: dt.date, reason: str, on: dt.date | None = None) -> str:
    """TodayError unless `until` is after `on` (default today) and a reason is given; returns
    the reason trimmed."""
    on = on or today()
    if until <= on:
        _ = gettext_for(current_language())
        raise TodayError(_("Snooze until a day after {day}.").format(day=on.isoformat()), "until")
    return check_reason(reason)


def snooze(item: TodayItem, until: dt.date, reason: str, on: dt.date | None = None) -> None:
    """Not now: the item is not due again until `until`, a later day; the reason is kept."""
    on = on or today()
    reason = check_snooze(until, reason, on)
    store.save_mark(item.id, item.client_id, "snoozed", on, until, reason)


def undo(item_id: str) -> bool:
    """Forget a done or snoozed mark: the item is back as it would be without it."""
    return store.clear_mark(item_id)


def record_bands(scores: dict, day: dt.date | None = None) -> int:
    """Remember today's band of every scored client (a `ClientScore` per client id), so a drop
    shows up on the list for a week; returns the rows written (only changes are kept)."""
    return store.record_bands(
        day or today(), ((cid, s.band.key, s.score) for cid, s in scores.items())
    )


def refresh_bands(day: dt.date | None = None) -> int:
    """Score the portfolio as of today (kept scores make this quick) and record the bands."""
    from clientfit.health import score_portfolio

    day = day or today()
    return record_bands(score_portfolio(day), day)
