"""Kept signals and scores (`health.cache`, `health.kept_scores`) never differ from a fresh scoring.

Every test changes something a score depends on - each kind of record, the gut rating, the
settings, the client list, the day - and compares the kept path with `keep=False`, which
computes everything from the records. The fast path (nothing changed) must not read a message.
"""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from clientfit.health import config, score_client, score_portfolio
from clientfit.health.pareto import pareto, pareto_place
from clientfit.health.score import gather
from clientfit.intake.dump import export_json
from clientfit.store.database import db
from clientfit.store.derived_models import SignalCache
from clientfit.store.models import (
    Client,
    Consideration,
    Invoice,
    Message,
    Payment,
    RevisionRound,
    TimeEntry,
)
from clientfit.store.settings import set_setting
from clientfit.store.signal_cache import forget

AT = dt.date(2026, 6, 30)


def fresh(at: dt.date = AT) -> list[tuple]:
    return _view(score_portfolio(at, keep=False))


def kept(at: dt.date = AT) -> list[tuple]:
    return _view(score_portfolio(at))


def _view(scores) -> list[tuple]:
    """Everything a score shows: the number, the band, each factor's risk and its words."""
    return [
        (cid, s.name, s.score, s.band.key, [(f.key, f.risk, f.detail) for f in s.factors])
        for cid, s in scores.items()
    ]


@pytest.fixture
def portfolio(make):
    """Four clients with every kind of record, scored once so that everything is kept."""
    a = make.client("Ada", gut=4)
    b = make.client("Bo", gut=2)
    c = make.client("Cecilia")
    make.client("Dag")  # no data at all
    for client, per_week, late in ((a, 10, 0), (b, 4, 40), (c, 2, 5)):
        make.office_messages(client, 20 if client is not b else 40)
        make.message(client, make.utc(AT - dt.timedelta(days=3), 23), "Not quite it, again")
        make.weekly_hours(client, per_week, weeks=30)
        for k in range(4):
            due = AT - dt.timedelta(days=30 * k + 10)
            make.invoice(client, 20_000, due, paid=due + dt.timedelta(days=late))
        make.deliverable(client, "Site", rounds=3 if client is b else 1)
    make.considered(b, 3)
    assert kept() == fresh()
    assert SignalCache.select().count() == 4
    return {"a": a, "b": b, "c": c}


def another_connection_writes(db_path, sql: str, params=(), pragma: str = "", timeout=5.0):
    """One statement committed by a second connection: the GUI thread, or the CLI elsewhere
    (on PostgreSQL: another session; `db_path` is then the server's URL)."""
    if isinstance(db_path, str) and db_path.startswith("postgresql://"):
        import psycopg

        from clientfit.store.engines.postgres import adapt_sql

        with psycopg.connect(db_path) as other:
            other.execute(adapt_sql(sql), params)
        return
    other = sqlite3.connect(db_path, timeout=timeout)
    if pragma:
        other.execute(f"PRAGMA {pragma}")
    other.execute(sql, params)
    other.commit()
    other.close()


def rows() -> dict[int, str]:
    return {r.client_id: r.scored for r in SignalCache.select()}


CHANGES = {
    "new message": lambda p, make: make.message(p["a"], make.utc(AT, 22), "Urgent: change it"),
    "message reclassified": lambda p, make: (
        Message.update(change_request=True).where(Message.client == p["c"]).execute()
    ),
    "message moved to another client": lambda p, make: (
        Message.update(client=p["c"])
        .where(Message.id == Message.select(Message.id).where(Message.client == p["a"]).limit(1))
        .execute()
    ),
    "message deleted": lambda p, make: Message.delete().where(Message.client == p["b"]).execute(),
    "hours logged": lambda p, make: make.hours(p["c"], 30, AT - dt.timedelta(days=2)),
    "hours deleted": lambda p, make: TimeEntry.delete().where(TimeEntry.client == p["a"]).execute(),
    "invoice issued": lambda p, make: make.invoice(p["c"], 90_000, AT - dt.timedelta(days=60)),
    "invoice deleted": lambda p, make: Invoice.delete().where(Invoice.client == p["b"]).execute(),
    "payment recorded": lambda p, make: Payment.create(
        invoice=Invoice.select().where(Invoice.client == p["a"]).first(),
        paid_on=AT,
        amount_minor=1_000_000,  # (revenue is what was invoiced: the payment moves lateness)
    ),
    "payment deleted": lambda p, make: (
        Payment.delete()
        .where(Payment.invoice.in_(Invoice.select(Invoice.id).where(Invoice.client == p["b"])))
        .execute()
    ),
    "revision round": lambda p, make: RevisionRound.create(
        deliverable=p["c"].deliverables.first(), requested_on=AT
    ),
    "deliverable delivered": lambda p, make: (
        p["b"]
        .deliverables.first()
        .__class__.update(delivered_on=AT - dt.timedelta(days=400))
        .execute()
    ),
    "consideration": lambda p, make: make.considered(p["a"], 1),
    "consideration deleted": lambda p, make: Consideration.delete().execute(),
    "gut rating": lambda p, make: Client.update(gut=1).where(Client.id == p["a"].id).execute(),
    "client added": lambda p, make: make.office_messages(make.client("Eva"), 30),
    "client deleted": lambda p, make: p["c"].delete_instance(recursive=True),
    "working hours": lambda p, make: set_setting(config.WORK_START, "10:00"),
    "time zone": lambda p, make: set_setting(config.TIME_ZONE, "America/New_York"),
    "weights": lambda p, make: set_setting(config.WEIGHTS, {"gut": 5}),
    "target rate": lambda p, make: set_setting(config.TARGET_RATE, 2000),
}


@pytest.mark.parametrize("change", CHANGES)
def test_kept_scores_follow_every_change_a_score_depends_on(portfolio, make, change):
    before = kept()
    CHANGES[change](portfolio, make)
    after = fresh()
    assert kept() == after
    assert kept() == after  # and again, now from what the first call kept
    if change not in ("gut rating",):
        assert after != before, "the change should move some score or evidence"


def test_a_change_forgets_only_the_clients_it_touches(portfolio, make):
    before = rows()
    make.message(portfolio["a"], make.utc(AT, 12))
    Payment.create(
        invoice=Invoice.select().where(Invoice.client == portfolio["b"]).first(),
        paid_on=AT,
        amount_minor=5,
    )
    RevisionRound.create(deliverable=portfolio["c"].deliverables.first(), requested_on=AT)
    left = rows()
    assert set(before) - set(left) == {portfolio[k].id for k in "abc"}
    assert all(left[cid] == before[cid] for cid in left)


def test_an_unchanged_portfolio_is_scored_without_reading_a_record(portfolio, monkeypatch):
    expected = [row[2] for row in fresh()]
    seen: list[str] = []
    original = db.execute_sql

    def spy(sql, params=None, *args, **kwargs):
        seen.append(sql)
        return original(sql, params, *args, **kwargs)

    monkeypatch.setattr(db, "execute_sql", spy)
    scores = score_portfolio(AT)
    monkeypatch.undo()
    assert [s.score for s in scores.values()] == expected
    touched = " ".join(seen).lower()
    for table in ("message", "time_entry", "invoice", "payment", "deliverable"):
        assert f'"{table}"' not in touched and f" {table} " not in touched, table
    assert len([s for s in seen if "signal_cache" in s]) == 1


def test_another_day_is_scored_from_its_own_signals(portfolio):
    later = AT + dt.timedelta(days=40)
    assert kept(later) == fresh(later)
    assert kept(AT) == fresh(AT)


def test_past_months_do_not_push_todays_rows_out(portfolio):
    from clientfit.health.trend import take_monthly_snapshots

    before = rows()
    take_monthly_snapshots(AT, months=6)
    assert rows() == before


def test_one_client_and_pareto_agree_with_the_whole_portfolio(portfolio):
    whole = {cid: (s, f) for cid, _n, s, _b, f in fresh()}
    for client in portfolio.values():
        one = score_client(client.id, AT)
        assert (one.score, [(f.key, f.risk, f.detail) for f in one.factors]) == whole[client.id]
    from_kept = pareto(AT)
    forget()
    assert pareto(AT) == from_kept
    assert [r.name for r in from_kept.rows] == ["Ada", "Bo", "Cecilia"]
    gathered = gather(AT)
    for rank, row in enumerate(from_kept.rows, start=1):
        place = pareto_place(row.client_id, gathered)
        assert (place.rank, place.of, place.trouble_share, place.revenue_share, place.top) == (
            rank,
            len(from_kept.rows),
            row.trouble_share,
            row.revenue_share,
            row.top,
        )
    assert pareto_place(Client.get(Client.name == "Dag").id, gathered) is None  # no activity


@pytest.mark.sqlite_only  # SQLite's own locks, pragmas and driver
def test_while_another_process_writes_scores_are_computed_and_not_kept(portfolio, make, db_path):
    make.message(portfolio["a"], make.utc(AT, 12))
    other = sqlite3.connect(db_path, timeout=0)
    other.execute("BEGIN IMMEDIATE")  # an import running in another process
    try:
        assert kept() == fresh()
    finally:
        other.rollback()
        other.close()
    assert portfolio["a"].id not in rows()  # nothing was kept meanwhile
    assert kept() == fresh()
    assert portfolio["a"].id in rows()


def test_the_cache_is_not_part_of_the_users_data(portfolio, tmp_path):
    import json

    export_json(tmp_path / "dump.json")
    assert "signal_cache" not in json.loads((tmp_path / "dump.json").read_text())["tables"]


def test_scores_computed_while_another_connection_edits_are_not_kept(
    portfolio, make, db_target, monkeypatch
):
    from clientfit.health import kept_scores

    make.message(portfolio["a"], make.utc(AT, 12))  # the kept scores are stale now
    real_gather = kept_scores.gather

    def gather_then_someone_edits(*args, **kwargs):
        gathered = real_gather(*args, **kwargs)
        another_connection_writes(
            db_target,
            "UPDATE message SET change_request = TRUE WHERE client_id = ?",
            (portfolio["c"].id,),
        )
        return gathered

    monkeypatch.setattr(kept_scores, "gather", gather_then_someone_edits)
    kept()
    monkeypatch.undo()
    assert rows()[portfolio["a"].id] is None  # computed from what was there, so not kept
    assert portfolio["c"].id not in rows()
    assert kept() == fresh()
    assert all(rows().values())


def test_what_another_connection_writes_before_the_gathering_is_in_the_returned_scores(
    portfolio, make, db_target, monkeypatch
):
    from clientfit.health import kept_scores

    Client.update(gut=3).where(Client.id == portfolio["b"].id).execute()  # no fast path,
    real_gather = kept_scores.gather  # and no median or total moved: Ada's stamp still holds

    def someone_edits_then_gather(*args, **kwargs):
        another_connection_writes(  # moves no median or total, only Ada's own evidence
            db_target,
            "INSERT INTO consideration (client_id, considered_on, note) VALUES (?, ?, '')",
            (portfolio["a"].id, (AT - dt.timedelta(days=1)).isoformat()),
        )
        return real_gather(*args, **kwargs)

    monkeypatch.setattr(kept_scores, "gather", someone_edits_then_gather)
    returned = kept()
    monkeypatch.undo()
    assert returned == fresh()


def test_a_client_deleted_while_its_signals_are_computed_is_left_out(
    portfolio, make, db_target, monkeypatch
):
    from clientfit.health import cache

    make.message(portfolio["c"], make.utc(AT, 12))
    real_rows_for = cache.rows_for

    def someone_deletes_then_rows_for(*args, **kwargs):
        another_connection_writes(  # after the client list was read, before the refresh
            db_target, "DELETE FROM client WHERE id = ?", (portfolio["c"].id,), "foreign_keys = 1"
        )
        return real_rows_for(*args, **kwargs)

    monkeypatch.setattr(cache, "rows_for", someone_deletes_then_rows_for)
    scores = score_portfolio(AT)  # must not fail
    monkeypatch.undo()
    assert portfolio["a"].id in scores
    assert kept() == fresh()


@pytest.mark.sqlite_only  # SQLite's own locks, pragmas and driver
def test_a_read_only_connection_scores_and_keeps_nothing(portfolio, make):
    make.message(portfolio["a"], make.utc(AT, 12))
    expected = fresh()
    db.pragma("query_only", 1)  # as the CLI does while the app holds the database
    try:
        assert kept() == expected
    finally:
        db.pragma("query_only", 0)
    assert portfolio["a"].id not in rows()


@pytest.mark.sqlite_only  # SQLite's own locks, pragmas and driver
def test_a_file_that_refuses_writes_half_way_scores_and_keeps_nothing(portfolio, make, monkeypatch):
    """A read-only file lets BEGIN IMMEDIATE through and refuses the first row written."""
    make.message(portfolio["a"], make.utc(AT, 12))
    expected = fresh()
    real = db.connection()

    class Refusing:
        def __getattr__(self, name):
            return getattr(real, name)

        def executemany(self, *args):
            raise sqlite3.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr(db, "connection", lambda: Refusing())
    assert kept() == expected
    monkeypatch.undo()
    assert portfolio["a"].id not in rows()


@pytest.mark.sqlite_only  # SQLite's own locks, pragmas and driver
def test_a_replaced_record_empties_the_row_of_the_client_it_left(portfolio, make, db_path):
    one = Message.select().where(Message.client == portfolio["a"]).first()
    another_connection_writes(
        db_path,
        "INSERT OR REPLACE INTO message (id, client_id, direction, sent_at, subject, message_id, "
        "change_request, urgent, source) SELECT id, ?, direction, sent_at, subject, message_id, "
        "change_request, urgent, source FROM message WHERE id = ?",
        (portfolio["b"].id, one.id),
        "recursive_triggers = 1",  # what every Clientfit connection sets
    )
    assert portfolio["a"].id not in rows() and portfolio["b"].id not in rows()
    assert kept() == fresh()


def test_signals_computed_while_another_connection_commits_are_used_but_not_kept(
    portfolio, make, db_target, monkeypatch
):
    from clientfit.health import cache

    make.message(portfolio["a"], make.utc(AT, 12))
    real_compute = cache.compute

    def compute_while_someone_writes(*args, **kwargs):
        out = real_compute(*args, **kwargs)
        another_connection_writes(  # no lock is held: this must not wait
            db_target, "UPDATE client SET gut = 2 WHERE id = ?", (portfolio["c"].id,), timeout=0
        )
        return out

    monkeypatch.setattr(cache, "compute", compute_while_someone_writes)
    score_portfolio(AT)
    monkeypatch.undo()
    assert portfolio["a"].id not in rows()  # may predate the other write: not kept
    assert kept() == fresh()
    assert portfolio["a"].id in rows()


def test_the_base_currency_and_rates_are_read_again_after_any_write(portfolio, db_target):
    """A scoring pass reads the base currency and the rates once for as long as nobody writes
    (`cache.money_context`); a write of this connection or another one is seen at once."""
    from zoneinfo import ZoneInfo

    from clientfit.health import cache
    from clientfit.health.signals import window_for
    from clientfit.store.rates import BASE_CURRENCY_KEY, set_base_currency, set_rate

    w = window_for(AT, ZoneInfo("Europe/Stockholm"))
    assert cache.money_context(w)[0] == "SEK"
    another_connection_writes(
        db_target,
        "INSERT INTO setting (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (BASE_CURRENCY_KEY, '"EUR"'),
    )
    assert cache.money_context(w)[0] == "EUR"
    set_base_currency("NOK")
    set_rate("USD", "10", AT)
    assert cache.money_context(w) == ("NOK", {"NOK": 1, "USD": 10})
    assert cache.money_context(window_for(AT - dt.timedelta(days=1), w.zone))[1] == {"NOK": 1}
