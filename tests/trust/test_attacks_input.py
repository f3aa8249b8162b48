"""Issue 19, attacks 7-10: hostile input - huge cards, oversized cards, millions of bad rows, text
over its limit by any way in, CSV injection in semicolon locales, terminal escapes.

Memory is measured with tracemalloc (bounded, not timed: speed belongs in benchmarks/).
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import tracemalloc
from pathlib import Path

import pytest
from peewee import IntegrityError

from clientfit.cli import main as cli
from clientfit.intake.base import ImportContext, Rejection, Rejections
from clientfit.intake.vcard import parse as parse_vcard
from clientfit.store import models as m
from clientfit.store.database import close_database, open_database
from clientfit.store.text_limits import MAX_NAME, MAX_TEXT


@pytest.fixture
def db(tmp_path) -> Path:
    path = tmp_path / "clientfit.db"
    open_database(path)
    close_database()
    return path


def _card(name: str, extra: str = "") -> str:
    return f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{name}\r\nORG:{name}\r\n{extra}END:VCARD\r\n"


def _folded(prop: str, size: int) -> str:
    value = "x" * size
    lines = [value[i : i + 74] for i in range(0, len(value), 74)]
    return prop + ":" + "\r\n ".join(lines) + "\r\n"


# 7 -----------------------------------------------------------------------------------------------


def test_7_a_card_with_a_huge_folded_note_is_read_in_bounded_memory(tmp_path):
    path = tmp_path / "note.vcf"
    path.write_text(
        _card("Before AB") + _card("Noted AB", _folded("NOTE", 3_000_000)) + _card("After AB")
    )
    tracemalloc.start()
    records = list(parse_vcard(path, ImportContext()))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    kept = [r.name for r in records if not isinstance(r, Rejection)]
    rejected = [r for r in records if isinstance(r, Rejection)]
    assert kept == ["Before AB", "After AB"]  # the 3 MB card alone is rejected, with why
    assert len(rejected) == 1 and "too large" in rejected[0].reason
    assert peak < 20_000_000  # it was 714 MB for a 5 MB note


def test_7_a_card_with_a_million_lines_is_rejected_alone_in_bounded_memory(tmp_path):
    path = tmp_path / "many.vcf"
    many = "".join(f"EMAIL:a{i}@example.com\r\n" for i in range(300_000))
    path.write_text(_card("Before AB") + _card("Many AB", many) + _card("After AB"))
    tracemalloc.start()
    records = list(parse_vcard(path, ImportContext()))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    kept = [r.name for r in records if not isinstance(r, Rejection)]
    rejected = [r for r in records if isinstance(r, Rejection)]
    assert kept == ["Before AB", "After AB"]
    assert len(rejected) == 1 and "too large" in rejected[0].reason
    assert peak < 20_000_000


def test_7_only_the_first_thousand_rejections_are_kept_and_the_rest_counted():
    kept = Rejections()
    for i in range(50_000):
        kept.append(Rejection(f"line {i}", "bad"))
    assert len(kept) == Rejections.KEEP
    assert kept.total == 50_000
    assert kept[0].where == "line 0"


def test_7_a_csv_with_many_bad_rows_reports_their_total(db, tmp_path, capsys):
    path = tmp_path / "toggl.csv"
    head = (
        "User,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,"
        "End time,Duration,Tags,Amount (SEK)\n"
    )
    good = "Eva,eva@x.se,Acme AB,P,,D,Yes,2024-03-04,09:00:00,2024-03-04,10:00:00,01:00:00,,0\n"
    bad = "Eva,eva@x.se,Acme AB,P,,D,Yes,not-a-date,09:00:00,x,y,z,,0\n"
    path.write_text(head + good + bad * 3_000)
    code = cli(["--db", str(db), "import", "time", str(path), "--json"])
    out = json.loads(capsys.readouterr().out)
    assert code == 1
    assert out["rejected_total"] == 3_000
    assert len(out["rejected"]) == Rejections.KEEP


# 7: text caps at the store, for every path in ----------------------------------------------------


def test_7_the_store_refuses_a_name_or_note_over_its_limit_whatever_writes_it(db):
    open_database(db)
    try:
        with pytest.raises(IntegrityError, match=r"client\.name 200"):
            m.Client.create(name="x" * (MAX_NAME + 1), name_key="long")
        client = m.Client.create(name="Fine AB", name_key="fine ab")
        m.Note.create(client=client, body="y" * MAX_TEXT)  # at the limit: kept whole
        with pytest.raises(IntegrityError, match=r"note\.body"):
            m.Note.create(client=client, body="y" * (MAX_TEXT + 1))
        with pytest.raises(IntegrityError, match=r"client\.name"):
            m.Client.update(name="z" * 500).where(m.Client.id == client.id).execute()
        assert m.Note.get().body == "y" * MAX_TEXT
    finally:
        close_database()


def test_7_import_json_cannot_bypass_the_limits(db, tmp_path, capsys):
    source = tmp_path / "source.db"
    assert cli(["--db", str(source), "client", "add", "Short AB"]) == 0
    dump = tmp_path / "dump.json"
    assert cli(["--db", str(source), "export", "json", "-o", str(dump)]) == 0
    text = dump.read_text().replace("Short AB", "L" * 300)
    dump.write_text(text)
    capsys.readouterr()
    assert cli(["--db", str(db), "import", "json", str(dump)]) == 2
    err = capsys.readouterr().err
    assert "client.name is longer than 200 characters" in err
    con = sqlite3.connect(db)
    assert con.execute("SELECT count(*) FROM client").fetchone()[0] == 0
    con.close()


# 8 -----------------------------------------------------------------------------------------------


def test_8_one_card_with_51000_addresses_does_not_sink_the_cards_beside_it(db, tmp_path, capsys):
    path = tmp_path / "big.vcf"
    many = "".join(f"EMAIL:a{i}@example.com\r\n" for i in range(51_000))
    path.write_text(_card("Before AB") + _card("Huge AB", many) + _card("After AB"))
    code = cli(["--db", str(db), "import", "vcard", str(path)])
    captured = capsys.readouterr()
    assert code == 1, captured.err
    assert "too large" in captured.out
    con = sqlite3.connect(db)
    names = sorted(r[0] for r in con.execute("SELECT name FROM client"))
    con.close()
    assert names == ["After AB", "Before AB"]


# 9 -----------------------------------------------------------------------------------------------


def test_9_no_cell_becomes_a_formula_with_either_separator(db, tmp_path):
    hostile = "x;=cmd|' /C calc'!A0"
    assert cli(["--db", str(db), "client", "add", hostile]) == 0
    assert cli(["--db", str(db), "client", "add", "=1+1;x,y"]) == 0
    out = tmp_path / "roster.csv"
    assert cli(["--db", str(db), "export", "csv", "roster", "-o", str(out)]) == 0
    text = out.read_text(encoding="utf-8-sig")
    for sep in (",", ";"):
        for row in csv.reader(io.StringIO(text), delimiter=sep):
            for cell in row:
                assert not cell.startswith(("=", "+", "-", "@")), (sep, cell)
    names = [r[0] for r in csv.reader(io.StringIO(text))][1:]
    assert hostile in names and "'=1+1;x,y" in names


# 10 ----------------------------------------------------------------------------------------------


def test_10_imported_names_reach_the_terminal_without_control_characters(db, tmp_path, capsys):
    path = tmp_path / "evil.vcf"
    path.write_text(_card("Evil\x1b]2;pwned\x07\x1b[2J AB"), encoding="utf-8")
    cli(["--db", str(db), "import", "vcard", str(path)])
    cli(["--db", str(db), "clients"])
    captured = capsys.readouterr()
    for text in (captured.out, captured.err):
        assert "\x1b" not in text and "\x07" not in text
    assert "Evil" in captured.out
