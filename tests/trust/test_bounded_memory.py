"""Issue 19, point 7: an importer's memory does not grow with its file. Measured with tracemalloc
(the Python heap's peak) on generated input four to eight times apart in size, never by timing.

The keys an import must remember (a Message-ID, an invoice number, a time row's key seen before
in the same file) live in store/seen_keys.py: a dict up to a limit, then a private temporary file.
"""

from __future__ import annotations

import datetime as dt
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pytest

from clientfit.intake import mail, matching, timecsv
from clientfit.intake.base import ImportContext, ImportSummary, MessageRecord
from clientfit.intake.detect import detect
from clientfit.store import seen_keys
from clientfit.store.seen_keys import SeenKeys

TOGGL_HEADER = (
    "User,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,"
    "End time,Duration,Tags,Amount (SEK)\n"
)


def peak_mib(work: Callable[[], object]) -> float:
    tracemalloc.start()
    try:
        work()
        return tracemalloc.get_traced_memory()[1] / 2**20
    finally:
        tracemalloc.stop()


def _prepared(tmp_path, kind: str, n: int, write: Callable[[Path, int], None]) -> tuple:
    """A file of `n` records that `write` generates, what `detect` makes of it, and a context."""
    path = tmp_path / f"{write.__name__.strip('_')}-{n}.csv"
    write(path, n)
    return path, detect(path, kind), ImportContext(today=dt.date(2030, 1, 1))


@pytest.fixture
def small_memory_part(monkeypatch):
    """Keys beyond the first 500 go to the temporary file, and the matcher remembers at most 500
    senders (the app: 20,000 of each), so eight times the input shows any growth clearly."""
    monkeypatch.setattr(seen_keys, "IN_MEMORY", 500)
    monkeypatch.setattr(matching, "LOOKED_UP_MAX", 500)


def test_seen_keys_counts_every_key_in_memory_and_beyond_it():
    with SeenKeys(in_memory=3) as seen:
        counts = [seen.count(k) for k in ["a", "b", "c", "d", "a", "d", "e", "d"]]
        assert counts == [1, 1, 1, 1, 2, 2, 1, 3]  # d and e live in the temporary file
        assert seen.first("f") and not seen.first("f")


def test_seen_keys_stay_bounded_for_a_million_keys(small_memory_part):
    def fill() -> None:
        with SeenKeys() as seen:
            for i in range(200_000):
                seen.first(f"<message-{i}@example.com>")

    # a set of these keys alone is about 20 MiB; SQLite's own cache is not on the Python heap
    assert peak_mib(fill) < 2


def _toggl(path, n: int) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(TOGGL_HEADER)
        for i in range(n):
            day = f"2023-{1 + i % 12:02d}-{1 + i % 28:02d}"
            fh.write(
                f"Eva,e@x.se,Client {i % 40},P,,Item {i},Yes,{day},09:{i % 60:02d}:00,{day},"
                "10:00:00,01:00:00,,0\n"
            )


def test_reading_a_time_csv_holds_no_more_for_eight_times_the_rows(
    tmp_path, database, small_memory_part, stockholm
):
    peaks = {}
    for n in (5_000, 40_000):
        path, found, ctx = _prepared(tmp_path, "time", n, _toggl)
        peaks[n] = peak_mib(lambda path=path, found=found, ctx=ctx: sum(
            1 for _ in timecsv.parse(path, found, ctx)
        ))  # fmt: skip
    # before: every row's key in a Counter, about 180 bytes a row (+6 MiB here)
    assert peaks[40_000] < peaks[5_000] + 1.0, peaks


def _messages(n: int):
    for i in range(n):
        yield MessageRecord(
            where=f"message {i + 1}",
            message_id=f"<bench-{i}@nobody.example>",
            sent_at=dt.datetime(2024, 3, 4, 9, 0),
            sender=f"someone{i}@nobody.example",
            recipients=["me@studio.example"],
            subject=f"Question {i}",
        )


def test_writing_mail_holds_no_more_for_eight_times_the_messages(database, small_memory_part):
    peaks = {}
    for n in (5_000, 40_000):
        summary = ImportSummary(path="generated")
        peaks[n] = peak_mib(lambda n=n, s=summary: mail.write(_messages(n), s))
        assert summary.read == n and summary.not_matched == n  # read, and matched no client
    # before: every Message-ID in a set and every sender's answer kept (+3.3 MiB here)
    assert peaks[40_000] < peaks[5_000] + 1.0, peaks


def test_keyed_lists_keep_items_in_memory_and_beyond():
    from clientfit.store.seen_keys import KeyedLists

    with KeyedLists(in_memory=2) as lists:
        for key, item in [("a", (1, "x")), ("b", (2, "y")), ("a", (3, "z")), ("c", (4, "w"))]:
            lists.add(key, item)
        assert lists.get("a") == [(1, "x"), (3, "z")]  # one in memory, one in the file
        assert lists.get("c") == [(4, "w")] and lists.get("none") == [] and "b" in lists


def _ninja(path, n: int) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("Invoice Ninja v4.5.50 - Mar 3, 2024 10:15 am\n\nINVOICES\n")
        fh.write(
            "Client,Email,Invoice Number,Amount,Paid,PO Number,Status,Invoice Date,Due Date,"
            "Public Notes,Private Notes\n"
        )
        for i in range(n):
            fh.write(
                f'Client {i % 40},,{1000 + i},"SEK 1 000,00","SEK 1 000,00",,Paid,'
                f'"Jan {1 + i % 28}, 2024",,Work {i},\n'
            )
        fh.write("\nPAYMENTS\nClient,Invoice Number,Amount,Payment Date,Method,Transaction Ref\n")
        for i in range(n):
            fh.write(f'Client {i % 40},{1000 + i},"SEK 1 000,00","Feb 20, 2024",Bank,\n')


def test_reading_an_invoice_ninja_export_holds_no_more_for_eight_times_the_invoices(
    tmp_path, small_memory_part
):
    """Its payments come after all its invoices: every invoice used to wait in a dict."""
    from clientfit.intake import invoices

    peaks, last = {}, None
    for n in (2_000, 16_000):
        path, found, ctx = _prepared(tmp_path, "invoices", n, _ninja)

        def read(path=path, found=found, ctx=ctx) -> None:
            nonlocal last
            for item in invoices.parse(path, found, ctx):
                last = item

        peaks[n] = peak_mib(read)
        assert last.number == str(1000 + n - 1) and last.payments == [
            (dt.date(2024, 2, 20), 100000)
        ]
    assert peaks[16_000] < peaks[2_000] + 1.0, peaks


def _freshbooks(path, n: int) -> None:
    """n invoices of two line items each; the last invoice's second item comes at the very end."""
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(
            "Client Name,Invoice #,Date Issued,Invoice Status,Date Paid,Item Name,Line Total,"
            "Currency\n"
        )
        for i in range(n):
            fh.write(f"Client {i % 40},{1000 + i},2024-01-05,paid,2024-02-10,Design,100.00,SEK\n")
            if i < n - 1:
                fh.write(f"Client {i % 40},{1000 + i},2024-01-05,paid,2024-02-10,Extra,25.00,SEK\n")
        fh.write(
            f"Client {(n - 1) % 40},{1000 + n - 1},2024-01-05,paid,2024-02-10,Extra,1.00,SEK\n"
        )


def test_reading_a_freshbooks_export_holds_no_more_for_eight_times_the_invoices(
    tmp_path, small_memory_part
):
    """Its line items are summed per invoice: every invoice used to wait in a dict to the end."""
    from clientfit.intake import invoices

    peaks = {}
    for n in (2_000, 16_000):
        path, found, ctx = _prepared(tmp_path, "invoices", n, _freshbooks)
        read: dict[str, object] = {}

        def work(path=path, found=found, ctx=ctx, read=read) -> None:
            for item in invoices.parse(path, found, ctx):
                if item.number == "1000":
                    read["1000"] = item.total_minor
                read["last"] = (item.number, item.total_minor, item.payments)

        peaks[n] = peak_mib(work)
        assert read["1000"] == 12_500 and read["last"] == (
            str(1000 + n - 1),
            10_100,
            [(dt.date(2024, 2, 10), 10_100)],
        )
    assert peaks[16_000] < peaks[2_000] + 1.0, peaks


GOOGLE_HEADER = (
    "First Name,Last Name,Organization Name,Organization Title,Notes,E-mail 1 - Label,"
    "E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value\n"
)


def _google_contacts(path, n: int) -> None:
    """n people at 400 companies, each with an address of their own at the company's domain."""
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(GOOGLE_HEADER)
        for i in range(n):
            fh.write(
                f"Person{i},Last{i},Company {i % 400},Dev,,* Work,p{i}@company{i % 400}.se,"
                f"Mobile,+4670{i:07d}\n"
            )


def test_importing_a_contacts_csv_holds_no_more_for_eight_times_the_people(
    tmp_path, database, small_memory_part
):
    """Parsed and written (the writer is the vCard's too): the matcher used to keep every address
    the file added; the file's 400 companies are its only clients whatever its length."""
    from clientfit.intake import contactcsv, contactwrite

    peaks = {}
    for n in (1_000, 8_000):
        path, found, ctx = _prepared(tmp_path, "contacts", n, _google_contacts)
        with database.atomic() as tx:
            summary = ImportSummary(path=str(path))
            peaks[n] = peak_mib(lambda path=path, found=found, ctx=ctx, s=summary: (
                contactwrite.write(contactcsv.parse(path, found, ctx), s)
            ))  # fmt: skip
            assert summary.read == n and summary.created["contacts"] == n
            assert summary.created["clients"] == 400
            tx.rollback()
    assert peaks[8_000] < peaks[1_000] + 1.0, peaks
