"""client merge: every record of OTHER into KEEP, in one transaction, after a backup."""

from __future__ import annotations

import datetime as dt

import pytest

from clientfit.cli import main
from clientfit.store.backup import list_backups
from clientfit.store.clients import add_client, find_client, notes_of, update_client
from clientfit.store.derived_models import SignalCache
from clientfit.store.merge import MergeError, merge_clients
from clientfit.store.models import (
    Client,
    Contact,
    Deliverable,
    HealthSnapshot,
    Invoice,
    Message,
    Need,
    Payment,
    TimeEntry,
)


@pytest.fixture
def snapshot_all():
    from clientfit.store.models import ALL_MODELS

    def take() -> dict:
        return {
            m._meta.table_name: list(m.select().order_by(m._meta.primary_key).tuples())
            for m in ALL_MODELS
        }

    return take


@pytest.fixture
def twins(database):
    """Tveksam Design (KEEP) and Tveksam Design AB (OTHER), as two imports left them."""
    keep = add_client("Tveksam Design", email="orjan@tveksam.se", needs="branding")
    other = add_client("Tveksam Design AB", email="lisa@tveksam.se", needs="branding, print")
    update_client(other, gut=2)
    inv = Invoice.create(
        client=keep,
        number="1001",
        issued_on=dt.date(2026, 9, 1),
        due_on=dt.date(2026, 10, 1),
        total_minor=1500000,
        currency="SEK",
    )
    Payment.create(invoice=inv, paid_on=dt.date(2026, 9, 20), amount_minor=600000)
    twin = Invoice.create(
        client=other,
        number="1001",
        issued_on=dt.date(2026, 9, 1),
        due_on=dt.date(2026, 10, 1),
        total_minor=1500000,
        currency="SEK",
    )
    Payment.create(invoice=twin, paid_on=dt.date(2026, 9, 20), amount_minor=600000)
    Payment.create(invoice=twin, paid_on=dt.date(2026, 10, 2), amount_minor=900000)
    Deliverable.create(client=other, title="Logo", invoice=twin)
    Invoice.create(
        client=other,
        number="1002",
        issued_on=dt.date(2026, 10, 5),
        due_on=dt.date(2026, 11, 4),
        total_minor=750000,
        currency="SEK",
    )
    Invoice.create(  # the tool numbers per client: another invoice under a clashing number
        client=other,
        number="7",
        issued_on=dt.date(2026, 8, 1),
        due_on=dt.date(2026, 9, 1),
        total_minor=100000,
        currency="EUR",
    )
    Invoice.create(
        client=keep,
        number="7",
        issued_on=dt.date(2026, 7, 1),
        due_on=dt.date(2026, 8, 1),
        total_minor=200000,
        currency="SEK",
    )
    Message.create(client=other, sent_at=dt.datetime(2026, 9, 3, 8), direction="in", subject="Hej")
    TimeEntry.create(client=other, started_at=dt.datetime(2026, 9, 2, 8), seconds=3600)
    HealthSnapshot.create(client=keep, month="2026-10", score=70, band="fine")
    HealthSnapshot.create(client=other, month="2026-10", score=40, band="watch")
    HealthSnapshot.create(client=other, month="2026-09", score=45, band="watch")
    return keep, other


def test_every_record_of_other_moves_into_keep_and_other_is_gone(twins):
    keep, other = twins

    result = merge_clients(keep, other)

    assert find_client("Tveksam Design AB") is None
    assert [
        c.name for c in Contact.select().where(Contact.client == keep).order_by(Contact.id)
    ] == [
        "Tveksam Design",
        "Tveksam Design AB",
    ]
    assert sorted(n.name for n in Need.select().where(Need.client == keep)) == ["branding", "print"]
    assert Message.select().where(Message.client == keep).count() == 1
    assert TimeEntry.select().where(TimeEntry.client == keep).count() == 1
    invoices = {
        i.number: (i.currency, i.total_minor)
        for i in Invoice.select().where(Invoice.client == keep)
    }
    assert invoices == {
        "1001": ("SEK", 1500000),
        "1002": ("SEK", 750000),
        "7": ("SEK", 200000),
        "7 (Tveksam Design AB)": ("EUR", 100000),
    }
    kept = Invoice.get((Invoice.client == keep) & (Invoice.number == "1001"))
    assert sorted((p.paid_on, p.amount_minor) for p in kept.payments) == [
        (dt.date(2026, 9, 20), 600000),
        (dt.date(2026, 10, 2), 900000),
    ]
    assert Deliverable.get().invoice_id == kept.id and Deliverable.get().client_id == keep.id
    assert {(s.month, s.score) for s in HealthSnapshot.select()} == {
        ("2026-10", 70),
        ("2026-09", 45),
    }
    assert Client.get_by_id(keep.id).gut == 2  # KEEP had none
    assert notes_of(keep)[0].body.startswith("Merged “Tveksam Design AB” into this client on ")
    assert result.renamed_invoices == [("7", "7 (Tveksam Design AB)")]
    assert result.dropped == {"invoice": 1, "need": 1, "health_snapshot": 1}
    assert SignalCache.select().count() == 0


def test_a_backup_is_taken_before_anything_changes(twins, db_target):
    keep, other = twins

    result = merge_clients(keep, other)

    [backup] = list_backups(db_target)
    assert result.backup == backup.path and backup.reason == "before-merge"


def test_a_merge_that_fails_half_way_changes_nothing(twins, monkeypatch, snapshot_all):
    keep, other = twins
    before = snapshot_all()

    def broken(*args, **kwargs):
        raise RuntimeError("disk gone")

    monkeypatch.setattr("clientfit.store.merge._fill_client", broken)
    with pytest.raises(RuntimeError):
        merge_clients(keep, other, backup=False)

    assert snapshot_all() == before


def test_a_client_cannot_be_merged_into_itself(twins):
    keep, _other = twins

    with pytest.raises(MergeError, match="cannot be merged into itself"):
        merge_clients(keep, keep, backup=False)


def test_cli_client_merge(db_path, capsys):
    assert main(["--db", str(db_path), "client", "add", "Tveksam Design"]) == 0
    assert (
        main(
            [
                "--db",
                str(db_path),
                "client",
                "add",
                "Tveksam Design AB",
                "--email",
                "orjan@tveksam.se",
            ]
        )
        == 0
    )
    capsys.readouterr()

    assert (
        main(["--db", str(db_path), "client", "merge", "tveksam design", "Tveksam Design AB"]) == 0
    )

    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("Backup first: ") and out[0].endswith("-before-merge.db")
    assert out[1] == "Merged “Tveksam Design AB” into “Tveksam Design”. Moved: 1 contact."
    assert main(["--db", str(db_path), "client", "merge", "Tveksam Design", "Nobody"]) == 2
