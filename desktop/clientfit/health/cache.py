"""Each client's health signals, kept in the database so a score need not re-read every message.

Scoring every client from scratch runs a dozen GROUP BY queries over all messages, invoices and
hours (timings: benchmarks/RESULTS.md). The signals of a client only change when one of its records
does, when the day rolls over, or when the settings they depend on change, so they are kept in
`signal_cache` (one row per client, stamped with the day and a `basis` of those settings) and
only missing rows are computed. Triggers (`store.signal_triggers`) delete a client's row in
the same statement that writes one of its records, for any write that fires SQLite's row
triggers, so a row that is there reflects the records.

Rows are computed without holding the write lock and stored only if no other connection
committed meanwhile (`PRAGMA data_version`), so a row never predates a change it should reflect.
When the database cannot be written (read-only file, another process importing), the signals are
computed and simply not kept. The SQL is `store.signal_cache`; a row is a named `SignalRow`.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from clientfit.health import money, signals
from clientfit.health.config import WorkingHours
from clientfit.health.money import MoneySignals
from clientfit.health.signals import HourSignals, MessageSignals, Window
from clientfit.store import rates as stored_rates
from clientfit.store import signal_cache
from clientfit.store.signal_cache import MAX_IDS, SignalRow, data_version

# Bump when a signal's meaning changes (a window, a query), so rows written by an older
# Clientfit are not read. A change in how signals become a score is score.SCORE_VERSION.
CACHE_VERSION = 4  # 2: money per currency, revenue invoiced, first records; 3: a currency
# first invoiced after the day judged is not "unrated" then; 4: lateness counted per invoice
# (invoices judged, late, the worst days late) instead of amount-weighted days
# Past this share of the portfolio missing, one pass over everything beats per-client lookups.
FULL_PASS_SHARE = 0.25


@dataclass
class Signals:
    """The per-client signals a score is made of, keyed by client id (clients without data absent)."""

    messages: dict[int, MessageSignals]
    time: dict[int, HourSignals]
    money: dict[int, MoneySignals]
    revisions: dict[int, tuple[int, int]]
    considered: dict[int, int]
    first: dict[int, int]


def money_context(w: Window) -> tuple[str, dict]:
    """(the base currency, currency -> the latest rate on or before `w.at`).

    A scoring pass asks five times (the cache's basis, the signals, the portfolio), and the base
    currency, when not set, is the one most clients are billed in - a GROUP BY over every client.
    So the answer is kept for as long as nobody writes to the database."""
    token = (signal_cache.unchanged_since(), w.at)
    kept = _money_context
    if kept and kept[0] == token:
        return kept[1]
    base = stored_rates.base_currency()
    answer = (base, stored_rates.rates_on(w.at, base))
    _money_context[:] = [token, answer]
    return answer


_money_context: list = []  # [token, (base, rates)] of the latest `money_context`


def basis(w: Window, hours: WorkingHours) -> str:
    """What, besides the records and the day, the signals depend on: zone, working hours, the
    base currency and the exchange rates in force."""
    base, rates = money_context(w)
    text = repr(
        (
            CACHE_VERSION,
            w.zone.key,
            hours.start,
            hours.end,
            hours.days,
            hours.days_off,
            base,
            sorted((c, str(r)) for c, r in rates.items()),
        )
    )
    return hashlib.sha1(text.encode()).hexdigest()[:16]


def compute(w: Window, hours: WorkingHours, ids: list[int] | None = None) -> Signals:
    """Run the signal queries, for every client or only for `ids`.

    One after the other on the caller's connection: each extra connection would start with a cold
    page cache (side by side on worker threads was slower; benchmarks/RESULTS.md).
    """
    base, rates = money_context(w)
    return Signals(
        messages=signals.message_signals(w, hours, ids),
        time=signals.hour_signals(w, ids=ids),
        money=money.money_signals(w, rates, base, ids),
        revisions=signals.revision_signals(w, ids),
        considered=signals.gut_signals(w, ids),
        first=signals.first_records(w, ids),
    )


def rows_for(
    w: Window, hours: WorkingHours, client_ids: list[int], keep: bool = True
) -> dict[int, SignalRow]:
    """The signals of `client_ids` as of `w`, one `SignalRow` per client: kept rows where they
    are valid, the rest computed (and kept).

    With `keep` False nothing is read from or written to the cache (past months' snapshots,
    which would otherwise push today's rows out).
    """
    if not keep:
        return _rows(compute(w, hours), client_ids)
    key = basis(w, hours)
    rows = signal_cache.load(w.at.isoformat(), key)
    if all(cid in rows for cid in client_ids):
        return {cid: rows[cid] for cid in client_ids}  # not a row a foreign tool left behind
    rows = _refresh(w, hours, key, client_ids, rows)
    return {cid: rows[cid] for cid in client_ids if cid in rows}


def keep_scores(
    w: Window, hours: WorkingHours, scores: list[tuple[int | None, str, int]], seen: int
) -> None:
    """Store (score, what it was computed with, client id) on the clients' rows for `w` - unless
    another connection has committed since `data_version()` returned `seen`: the scores were
    computed from records that may have changed since, so they are not kept."""
    if scores:
        signal_cache.store_scores(seen, w.at.isoformat(), basis(w, hours), scores)


def kept_scores(w: Window, hours: WorkingHours) -> dict[int, tuple[int | None, str]]:
    """client id -> (score, what it was computed with) stored by `keep_scores` on valid rows."""
    return signal_cache.load_scores(w.at.isoformat(), basis(w, hours))


def _refresh(
    w: Window, hours: WorkingHours, key: str, client_ids: list[int], held: dict[int, SignalRow]
) -> dict[int, SignalRow]:
    """Compute the rows `held` lacks for `client_ids` and store them, unless another connection
    committed while they were computed (then they may predate its change: used, not kept).

    No write lock is held while computing, so a save in the window never waits for it.
    """
    seen = data_version()
    day = w.at.isoformat()
    stale = [cid for cid in client_ids if cid not in held]
    if len(stale) <= MAX_IDS:  # another process may have filled some meanwhile
        held.update(signal_cache.load(day, key, stale))
        stale = [cid for cid in stale if cid not in held]
    else:
        held = signal_cache.load(day, key)
        stale = [cid for cid in client_ids if cid not in held]
    if not stale:
        return held
    few = len(stale) <= FULL_PASS_SHARE * len(client_ids) and len(stale) <= MAX_IDS
    wanted = stale if few else client_ids
    fresh = _rows(compute(w, hours, stale if few else None), wanted)
    signal_cache.store_rows(seen, day, key, fresh)
    held.update(fresh)
    return held


def _rows(s: Signals, client_ids: list[int]) -> dict[int, SignalRow]:
    """One `SignalRow` per client (zeros where a client has no data)."""
    out = {}
    for cid in client_ids:
        m = s.messages.get(cid) or MessageSignals()
        h = s.time.get(cid) or HourSignals()
        cash = s.money.get(cid) or MoneySignals()
        deliverables, rounds = s.revisions.get(cid, (0, 0))
        out[cid] = SignalRow(
            m.inbound,
            m.after_hours,
            m.asks_change,
            m.inbound_long,
            m.inbound_days,
            h.short_billable_s,
            h.long_s,
            h.tenure_days,
            cash.overdue,
            cash.open_not_due,
            cash.invoices,
            cash.revenue,
            cash.currency,
            ",".join(cash.unrated) or None,
            cash.due_count,
            cash.judged_invoices,
            cash.late_invoices,
            cash.judged_amount,
            cash.late_amount,
            cash.worst_late_days,
            deliverables,
            rounds,
            s.considered.get(cid, 0),
            s.first.get(cid),
        )
    return out
