"""Bad input, property-based: thousands of generated and mutated vCards (broken ones too), mbox
messages, time and invoice CSV rows (Invoice Ninja v5 too) and contacts CSV (Google, Outlook, LinkedIn).

For every importer: no crash (only `IntakeError` may leave `run_import`, and the CLI answers with
exit status 0/1/2 and never a traceback); every bad record is rejected on its own with where and
why, and the good records around it go in; a file refused whole leaves the database unchanged.

Each example runs inside a transaction that is rolled back afterwards, so every example starts from
the same small database. `CLIENTFIT_FUZZ_EXAMPLES` (default 250; the report used 1000) sets the examples per property.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import os
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clientfit.intake import IntakeError, run_import
from clientfit.store.database import db
from clientfit.store.models import (
    ALL_MODELS,
    Client,
    Contact,
    ContactPoint,
    Invoice,
    Message,
    TimeEntry,
    name_key,
)

EXAMPLES = int(os.environ.get("CLIENTFIT_FUZZ_EXAMPLES", "250"))
FIXTURES = Path(__file__).resolve().parents[1] / "intake" / "fixtures"
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.large_base_example,
    ],
)
PAST = dt.datetime(2025, 12, 31)  # good records lie before today: later dates are rejected
TALLY: Counter = Counter()  # records thrown at each importer, for the report


@pytest.fixture(scope="module", autouse=True)
def report_the_tally(request):
    """After this module's tests: how much was thrown at each importer (a report, not a test)."""
    yield
    reporter = request.config.pluginmanager.get_plugin("terminalreporter")
    if reporter is not None and TALLY:
        reporter.write_line(f"fuzz tally: {dict(TALLY)}")


def content_hash() -> str:
    h = hashlib.sha256()
    for model in ALL_MODELS:
        for row in model.select().order_by(model._meta.primary_key).tuples():
            h.update(repr(row).encode())
    return h.hexdigest()


@pytest.fixture
def base(database, tmp_path):
    """A small roster to import into: one client whose contact's mail can be matched."""
    from clientfit.health.config import TIME_ZONE
    from clientfit.intake.mail import OWN_ADDRESSES
    from clientfit.store.settings import set_setting

    set_setting(TIME_ZONE, "Europe/Stockholm")
    set_setting(OWN_ADDRESSES, ["me@studio.se"])
    acme = Client.create(
        name="Acme AB", name_key=name_key("Acme AB"), created_at=dt.datetime(2024, 1, 1)
    )
    anna = Contact.create(client=acme, name="Anna", created_at=dt.datetime(2024, 1, 1))
    ContactPoint.create(contact=anna, kind="email", value="anna@acme.se", key="anna@acme.se")
    return {"hash": content_hash(), "file": tmp_path / "fuzz.input"}


def attempt(base: dict, data: bytes, suffix: str = ""):
    """Import `data`; returns the summary, or None when the whole file was refused (then the
    database must be exactly as before). Any other exception fails the test: that is a crash."""
    path = base["file"].with_suffix(suffix) if suffix else base["file"]
    path.write_bytes(data)
    with db.atomic() as txn:
        try:
            summary = run_import(path)
        except IntakeError as exc:
            assert str(exc).strip()
            assert content_hash() == base["hash"]
            summary = None
        if summary is not None:
            for r in summary.rejected:
                assert str(r.where).strip() and str(r.reason).strip()
            yield_check = yield_probe(summary)
        else:
            yield_check = None
        result = (summary, yield_check)
        txn.rollback()
    return result


def yield_probe(summary) -> dict:
    """What the checks need to see before the rollback."""
    return {
        "contacts": {c.name for c in Contact.select(Contact.name)},
        "messages": {m.message_id for m in Message.select(Message.message_id)},
        "time": {t.description for t in TimeEntry.select(TimeEntry.description)},
        "invoices": {i.number for i in Invoice.select(Invoice.number)},
    }


# --- generators -------------------------------------------------------------------------------

SAFE = st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\u2028\u2029\x85")
clean_word = st.text(
    alphabet=st.characters(whitelist_categories=("Lu", "Ll", "Nd")), min_size=1, max_size=12
)
any_line = st.text(alphabet=SAFE, max_size=80)
raw_line = st.binary(max_size=120).map(lambda b: b.replace(b"\n", b" ").replace(b"\r", b" "))
junk_lines = st.lists(st.one_of(any_line.map(str.encode), raw_line), max_size=8)


def _mutate(data: bytes, ops: list[tuple[int, int, int, bytes]]) -> bytes:
    out = bytearray(data)
    for kind, a, b, blob in ops:
        if not out:
            out.extend(blob)
            continue
        i, j = sorted((a % len(out), b % len(out)))
        if kind == 0:
            out[i] ^= 1 << (b % 8)  # flip a bit
        elif kind == 1:
            out[i:i] = blob  # insert bytes
        elif kind == 2:
            del out[i : j + 1]  # delete a range
        elif kind == 3:
            out[j:j] = out[i:j]  # duplicate a range
        elif kind == 4:
            del out[j:]  # cut the file short
        else:
            out[i : i + len(blob)] = blob  # overwrite
    return bytes(out)


mutations = st.lists(
    st.tuples(
        st.integers(0, 5), st.integers(0, 1 << 20), st.integers(0, 1 << 20), st.binary(max_size=40)
    ),
    min_size=1,
    max_size=6,
)


# --- vCard ----------------------------------------------------------------------------------------


@st.composite
def vcard_files(draw):
    cards, good = [], []
    for n in range(draw(st.integers(1, 6))):
        if draw(st.booleans()):
            name = f"Good {n} {draw(clean_word)}"
            version = draw(st.sampled_from(["2.1", "3.0", "4.0"]))
            lines = [f"VERSION:{version}", f"FN:{name}"]
            if draw(st.booleans()):
                lines.append(f"ORG:{draw(clean_word)} AB")
            if draw(st.booleans()):
                # one address per card: two cards with one address are one person (one contact)
                lines.append(f"EMAIL;TYPE=work:{n}.{draw(clean_word).lower()}@example.se")
            if draw(st.booleans()):
                lines.append(f"TEL:+46 {draw(st.integers(1000, 99999999))}")
            body = "\r\n".join(["BEGIN:VCARD", *lines, "END:VCARD"]).encode()
            good.append(name)
        else:  # a framed card with anything inside, or one that never ends
            inner = [ln for ln in draw(junk_lines) if b"END:VCARD" not in ln.strip().upper()]
            end = [b"END:VCARD"] if draw(st.booleans()) else []
            body = b"\r\n".join([b"BEGIN:VCARD", *inner, *end])
        cards.append(body)
    return b"\r\n".join(cards) + b"\r\n", good


@FUZZ
@given(case=vcard_files())
def test_fuzzed_vcards_never_crash_and_good_cards_survive_bad_neighbours(base, case):
    data, good = case
    TALLY["vcard cards"] += data.count(b"BEGIN:VCARD")
    summary, seen = attempt(base, data, ".vcf")
    if summary is None:
        assert not good
        return
    for name in good:
        assert name in seen["contacts"]


@FUZZ
@given(name=st.sampled_from(["contacts.vcf", "outlook_2016.vcf"]), ops=mutations)
def test_mutated_vcard_files_never_crash(base, name, ops):
    data = _mutate((FIXTURES / name).read_bytes(), ops)
    TALLY["vcard mutated files"] += 1
    attempt(base, data, ".vcf")


# --- mbox -----------------------------------------------------------------------------------------


@st.composite
def mbox_files(draw):
    parts, good = [], []
    for n in range(draw(st.integers(1, 6))):
        sep = b"From - Mon Mar 04 09:12:00 2024\n"
        if draw(st.booleans()):
            mid = f"<good-{n}-{draw(st.integers(0, 10**9))}@acme.se>"
            subject = draw(any_line).replace("\n", " ")
            day = draw(st.dates(dt.date(1995, 1, 1), dt.date(2090, 1, 1)))
            head = (
                f"Message-ID: {mid}\nDate: {day.strftime('%d %b %Y')} 10:12:00 +0100\n"
                f"From: Anna <anna@acme.se>\nTo: me@studio.se\nSubject: {subject}\n"
            ).encode()
            good.append(mid)
        else:  # anything in the header block and the body, framed by blank lines
            head = b"".join(ln.strip() + b"\n" for ln in draw(junk_lines) if ln.strip())
        body = b"".join(b">" + ln + b"\n" for ln in draw(junk_lines))
        parts.append(sep + head + b"\n" + body + b"\n")
    return b"".join(parts), good


@FUZZ
@given(case=mbox_files())
def test_fuzzed_mbox_messages_never_crash_and_good_messages_survive(base, case):
    data, good = case
    TALLY["mbox messages"] += data.count(b"From - Mon")
    summary, seen = attempt(base, data, ".mbox")
    if summary is None:
        assert not good
        return
    for mid in good:
        assert mid in seen["messages"]


@FUZZ
@given(ops=mutations)
def test_mutated_mbox_files_never_crash(base, ops):
    data = _mutate((FIXTURES / "mail.mbox").read_bytes(), ops)
    TALLY["mbox mutated files"] += 1
    attempt(base, data, ".mbox")


# --- CSV: time and invoices ---------------------------------------------------------------------

cell = st.one_of(any_line, st.sampled_from(["", "0", "-1", "1e309", "NaN", "2024-02-30", "=1+1"]))


def _csv(rows: list[list[str]]) -> bytes:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    return buf.getvalue().encode("utf-8")


@st.composite
def time_files(draw):
    header = ["client", "started_at", "seconds", "project", "task", "description", "billable"]
    rows, good = [header], []
    for n in range(draw(st.integers(1, 10))):
        if draw(st.booleans()):
            when = draw(st.datetimes(dt.datetime(1995, 1, 1), PAST))
            desc = f"good-{n}-{draw(clean_word)}"
            rows.append(
                [
                    draw(st.sampled_from(["Acme AB", "acme ab", f"New {draw(clean_word)}"])),
                    when.replace(microsecond=0).isoformat(),
                    str(draw(st.integers(1, 36000))),
                    draw(any_line),
                    draw(any_line),
                    desc,
                    draw(st.sampled_from(["yes", "no", "", "1"])),
                ]
            )
            good.append(desc)
        else:
            rows.append(draw(st.lists(cell, max_size=9)))
    return _csv(rows), good


@FUZZ
@given(case=time_files())
def test_fuzzed_time_csv_rows_never_crash_and_good_rows_go_in(base, case):
    data, good = case
    TALLY["time csv rows"] += data.count(b"\r\n") - 1
    summary, seen = attempt(base, data, ".csv")
    if summary is None:
        assert not good
        return
    for desc in good:
        assert desc in seen["time"]


@st.composite
def invoice_files(draw):
    header = [
        "client",
        "number",
        "issued_on",
        "due_on",
        "total",
        "currency",
        "paid_on",
        "paid_amount",
        "subject",
    ]
    rows, good = [header], []
    for n in range(draw(st.integers(1, 10))):
        if draw(st.booleans()):
            number = f"G-{n}-{draw(st.integers(0, 10**6))}"
            issued = draw(st.dates(dt.date(1995, 1, 1), PAST.date()))
            rows.append(
                [
                    draw(st.sampled_from(["Acme AB", f"New {draw(clean_word)}"])),
                    number,
                    issued.isoformat(),
                    "",
                    f"{draw(st.integers(1, 10**7))}.{draw(st.integers(0, 99)):02d}",
                    "SEK",
                    "",
                    "",
                    draw(any_line),
                ]
            )
            good.append(number)
        else:
            rows.append(draw(st.lists(cell, max_size=10)))
    return _csv(rows), good


@FUZZ
@given(case=invoice_files())
def test_fuzzed_invoice_csv_rows_never_crash_and_good_rows_go_in(base, case):
    data, good = case
    TALLY["invoice csv rows"] += data.count(b"\r\n") - 1
    summary, seen = attempt(base, data, ".csv")
    if summary is None:
        assert not good
        return
    for number in good:
        assert number in seen["invoices"]


@FUZZ
@given(
    name=st.sampled_from(
        [
            "toggl.csv",
            "clockify.csv",
            "harvest_time.csv",
            "harvest_invoices.csv",
            "freshbooks.csv",
            "ninja_v4.csv",
            "ninja_v5.csv",
            "freshbooks_states.csv",
            "clockify_dmy.csv",
            "clientfit_invoices.csv",
            "google_contacts.csv",
            "outlook_contacts.csv",
            "Connections.csv",
        ]
    ),
    ops=mutations,
)
def test_mutated_csv_exports_never_crash(base, name, ops):
    data = _mutate((FIXTURES / name).read_bytes(), ops)
    TALLY["csv mutated files"] += 1
    attempt(base, data, ".csv")


# --- contacts CSV and Invoice Ninja v5 ---------------------------------------------------------

CONTACT_LAYOUTS = {
    # layout -> (header, row for (first, last, company, email))
    "google": (
        [
            "First Name",
            "Last Name",
            "Organization Name",
            "Organization Title",
            "Notes",
            "Labels",
            "E-mail 1 - Label",
            "E-mail 1 - Value",
            "Phone 1 - Label",
            "Phone 1 - Value",
        ],
        lambda f, last, c, e: [f, last, c, "", "", "* myContacts", "* Work", e, "", ""],
    ),
    "outlook": (
        [
            "Title",
            "First Name",
            "Middle Name",
            "Last Name",
            "Suffix",
            "Company",
            "Job Title",
            "Business Phone",
            "Mobile Phone",
            "E-mail Address",
            "Notes",
        ],
        lambda f, last, c, e: ["", f, "", last, "", c, "", "", "", e, ""],
    ),
    "linkedin": (
        ["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"],
        lambda f, last, c, e: [f, last, "", e, c, "", "01 Jun 2024"],
    ),
}


@st.composite
def contact_csv_files(draw):
    layout = draw(st.sampled_from(sorted(CONTACT_LAYOUTS)))
    header, make = CONTACT_LAYOUTS[layout]
    rows, good = [header], []
    for n in range(draw(st.integers(1, 10))):
        if draw(st.booleans()):
            first = f"Good{n}{draw(clean_word)}"
            email = draw(st.sampled_from(["", f"{first.lower()}@example.se"]))
            company = draw(st.sampled_from(["", "Acme AB", f"New {draw(clean_word)} Oy"]))
            rows.append(make(first, draw(clean_word), company, email))
            good.append(first)
        else:
            rows.append(draw(st.lists(cell, max_size=len(header) + 2)))
    data = _csv(rows)
    if layout == "linkedin":
        data = b'Notes:\r\n"When exporting your connection data, ..."\r\n\r\n' + data
    return data, good


@FUZZ
@given(case=contact_csv_files())
def test_fuzzed_contact_csv_rows_never_crash_and_good_rows_go_in(base, case):
    data, good = case
    TALLY["contact csv rows"] += data.count(b"\r\n") - 1
    summary, seen = attempt(base, data, ".csv")
    if summary is None:
        assert not good
        return
    for first in good:
        assert any(name.startswith(first) for name in seen["contacts"]), first


@st.composite
def ninja5_files(draw):
    header = [
        "Client Name",
        "Invoice Number",
        "Invoice Amount",
        "Invoice Paid to Date",
        "Invoice Balance",
        "Invoice Date",
        "Invoice Due Date",
        "Invoice Status",
        "Invoice Currency",
    ]
    rows, good = [header], []
    for n in range(draw(st.integers(1, 10))):
        if draw(st.booleans()):
            number = f"N5-{n}-{draw(st.integers(0, 10**6))}"
            total = draw(st.integers(1, 10**7))
            paid = draw(st.integers(0, total))
            issued = draw(st.dates(dt.date(1995, 1, 1), PAST.date()))
            rows.append(
                [
                    draw(st.sampled_from(["Acme AB", "ACME", f"New {draw(clean_word)}"])),
                    number,
                    f"{total / 100:.2f}",
                    f"{paid / 100:.2f}",
                    f"{(total - paid) / 100:.2f}",
                    issued.isoformat(),
                    draw(st.sampled_from(["", (issued + dt.timedelta(days=30)).isoformat()])),
                    draw(st.sampled_from(["Sent", "Partial", "Paid", "Overdue", "Viewed", ""])),
                    draw(st.sampled_from(["SEK", "EUR", ""])),
                ]
            )
            good.append(number)
        else:
            rows.append(draw(st.lists(cell, max_size=10)))
    return _csv(rows), good


@FUZZ
@given(case=ninja5_files())
def test_fuzzed_invoice_ninja_v5_rows_never_crash_and_good_rows_go_in(base, case):
    data, good = case
    TALLY["ninja v5 rows"] += data.count(b"\r\n") - 1
    summary, seen = attempt(base, data, ".csv")
    if summary is None:
        assert not good
        return
    for number in good:
        assert number in seen["invoices"]


# --- the command line: no traceback, ever ------------------------------------------------------


@settings(FUZZ, max_examples=max(50, EXAMPLES // 10))
@given(
    name=st.sampled_from(
        [
            "contacts.vcf",
            "outlook_2016.vcf",
            "mail.mbox",
            "toggl.csv",
            "clockify_dmy.csv",
            "harvest_invoices.csv",
            "ninja_v5.csv",
            "google_contacts.csv",
            "Connections.csv",
            "message.eml",
        ]
    ),
    ops=mutations,
)
def test_the_cli_answers_mutated_files_with_an_exit_status_never_a_traceback(
    tmp_path_factory, name, ops
):
    import contextlib
    import sqlite3

    from clientfit.cli import main as cli

    folder = tmp_path_factory.mktemp("cli")
    dbf = folder / "c.db"
    assert cli(["--db", str(dbf), "client", "add", "Acme AB", "--email", "anna@acme.se"]) == 0
    path = folder / name
    data = _mutate((FIXTURES / name).read_bytes(), ops)
    path.write_bytes(data)

    def dump() -> str:
        con = sqlite3.connect(dbf)
        try:
            return hashlib.sha256("\n".join(con.iterdump()).encode()).hexdigest()
        finally:
            con.close()

    before = dump()
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = cli(["--db", str(dbf), "import", "auto", str(path)])
    TALLY["cli mutated files"] += 1
    assert code in (0, 1, 2)
    assert "Traceback" not in err.getvalue()
    if code == 2:
        assert err.getvalue().strip() and dump() == before


# Found by these tests, fixed in intake (f459280): a crash before, refused per file now.
def test_a_lone_carriage_return_in_the_first_line_is_refused_not_crashed(base):
    from clientfit.intake import FormatError

    path = base["file"].with_suffix(".csv")
    path.write_bytes(b"Date,Cli\rent,Hours\n1,2,3\n")
    with pytest.raises(FormatError):
        run_import(path)


# Found by these tests, fixed in intake (f459280).
def test_a_subject_in_an_unknown_non_ascii_charset_is_kept_as_text_not_crashed(base):
    from clientfit.intake.mailparse import decode_subject

    assert decode_subject("=?\xe9so-8859-1?Q?hej?=")
