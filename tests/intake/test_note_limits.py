"""A note longer than the store keeps is refused with a message, never cut (issue 19): the card or
row that carries it is rejected by its line, the records beside it go in, and a note typed on the
command line is refused whole."""

from __future__ import annotations

import datetime as dt

import pytest

from clientfit.intake import run_import
from clientfit.store.clients import MAX_NOTE, ValidationError, add_client, find_client, notes_of
from clientfit.store.models import Client, Consideration, TimeEntry
from clientfit.store.user_log import log_consideration


def _card(name: str, note: str = "") -> str:
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"FN:{name}", f"ORG:{name} AB"]
    if note:
        lines.append(f"NOTE:{note}")
    return "\r\n".join([*lines, "END:VCARD"]) + "\r\n"


def test_a_card_whose_note_is_over_the_limit_is_rejected_not_cut(database, tmp_path):
    path = tmp_path / "cards.vcf"
    path.write_text(
        _card("Before") + _card("Long", "x" * (MAX_NOTE + 1)) + _card("After", "kept whole")
    )

    summary = run_import(path, "vcard")

    assert [c.name for c in Client.select().order_by(Client.name)] == ["After AB", "Before AB"]
    assert [str(r) for r in summary.rejected] == [
        f"line 6: the note is too long ({MAX_NOTE + 1} characters; at most {MAX_NOTE}); "
        "the card was skipped"
    ]
    assert [n.body for n in notes_of(find_client("After AB"))] == ["After: kept whole"]


def test_a_card_whose_note_is_exactly_the_limit_is_kept_whole(database, tmp_path):
    path = tmp_path / "card.vcf"
    path.write_text(_card("Exact", "y" * (MAX_NOTE - len("Exact: "))))

    summary = run_import(path, "vcard")

    assert list(summary.rejected) == []
    (note,) = notes_of(find_client("Exact AB"))
    assert len(note.body) == MAX_NOTE


def test_a_note_over_the_limit_once_the_persons_name_is_put_before_it_is_rejected(
    database, tmp_path
):
    """The card's own note fits, but "Name: note" on the client would not: the note is refused
    (the person and their addresses still go in), never cut to fit."""
    path = tmp_path / "card.vcf"
    path.write_text(_card("Near", "z" * MAX_NOTE))

    summary = run_import(path, "vcard")

    assert [c.name for c in Client.select()] == ["Near AB"]
    assert notes_of(find_client("Near AB")) == []
    assert [str(r) for r in summary.rejected] == [
        f"line 1: the note is too long ({MAX_NOTE + 6} characters; at most {MAX_NOTE}); "
        "the note was not kept"
    ]


def test_a_contacts_csv_row_whose_note_is_over_the_limit_is_rejected_not_cut(database, tmp_path):
    path = tmp_path / "contacts.csv"
    path.write_text(
        "First Name,Last Name,Organization Name,Notes,E-mail 1 - Label,E-mail 1 - Value\n"
        "Anna,Ek,Ek AB,short note,Work,anna@ek.se\n"
        f"Bo,Long,Long AB,{'x' * (MAX_NOTE + 1)},Work,bo@long.se\n"
        "Cia,Berg,Berg AB,,Work,cia@berg.se\n",
        encoding="utf-8",
    )

    summary = run_import(path, "contacts")

    assert [c.name for c in Client.select().order_by(Client.name)] == ["Berg AB", "Ek AB"]
    assert [str(r) for r in summary.rejected] == [
        f"line 3: the note is too long ({MAX_NOTE + 1} characters; at most {MAX_NOTE}); "
        "the row was skipped"
    ]


def test_a_consideration_note_over_the_limit_is_refused_whole(database):
    client = add_client("Acme")
    with pytest.raises(ValidationError, match="too long"):
        log_consideration(client.id, note="n" * (MAX_NOTE + 1))
    assert Consideration.select().count() == 0

    log_consideration(client.id, note="n" * MAX_NOTE)
    assert len(Consideration.get().note) == MAX_NOTE


def test_a_time_row_whose_project_or_description_is_over_the_limit_is_rejected_not_cut(
    database, tmp_path
):
    head = "Date,Client,Project,Project Code,Task,Notes,Hours,Billable?\n"
    path = tmp_path / "harvest.csv"
    path.write_text(
        head
        + "2024-03-04,Acme,Web,W-1,Build,fine,1.5,Yes\n"
        + f"2024-03-05,Acme,{'p' * 201},W-1,Build,,1,Yes\n"
        + f"2024-03-06,Acme,Web,W-1,Build,{'d' * (MAX_NOTE + 1)},1,Yes\n",
        encoding="utf-8",
    )

    summary = run_import(path, "time")

    assert [(e.project, e.description) for e in TimeEntry.select()] == [("Web", "fine")]
    assert [str(r) for r in summary.rejected] == [
        "line 3: the project name is too long (201 characters; at most 200)",
        f"line 4: the description is too long ({MAX_NOTE + 1} characters; at most {MAX_NOTE})",
    ]


def test_a_plan_events_detail_and_the_referral_advice_are_refused_whole(database):
    from clientfit import offboarding as ob

    plan = ob.start_plan(add_client("Acme"), "Pays late.", on=dt.date(2026, 12, 1))
    with pytest.raises(ob.PlanError, match="too long"):
        ob.record_event(plan, "announced", dt.date(2026, 12, 2), detail="x" * 501)
    with pytest.raises(ob.PlanError, match="too long"):
        ob.set_referrals(plan, None, "a" * 20_001)
    ob.record_event(plan, "announced", dt.date(2026, 12, 2), detail="x" * 500)
    ob.set_referrals(plan, None, "a" * 20_000)
    plan = type(plan).get_by_id(plan.id)
    assert len(plan.advice) == 20_000
