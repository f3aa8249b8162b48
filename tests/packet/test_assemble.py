"""The packet built from the database: what the plan and the health score say, nothing else."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from clientfit.packet.data import ChecklistRow

from .conftest import read_pdf

TODAY = dt.date(2026, 11, 26)
NAME = "Ödegaard Ткани 株式会社 🎨"


@pytest.fixture
def client(database, stockholm):
    """A client with an open invoice, a note, a colleague who matches, a running plan and a meeting."""
    from clientfit import offboarding
    from clientfit.store.clients import ContactInfo, add_client, add_note, save_contact
    from clientfit.store.colleagues import add_colleague
    from clientfit.store.models import Invoice, Message

    add_colleague("Omar Haddad", email="omar@example.se", skills="wordpress")
    c = add_client(NAME, needs="wordpress")
    save_contact(c, ContactInfo(id=None, name="Ivan Petrov", emails=["ivan@example.ru"]))
    add_note(c, "Ringer alltid på söndagar. 電話が多い。 😩")
    Invoice.create(
        client=c,
        number="2026-117",
        issued_on=dt.date(2026, 10, 1),
        due_on=dt.date(2026, 10, 31),
        total_minor=850000,
    )
    for day in range(1, 20):
        Message.create(
            client=c, sent_at=dt.datetime(2026, 11, day, 21, 30), direction="in", subject="?"
        )
    plan = offboarding.start_plan(c, "Too many late-night calls", on=dt.date(2026, 11, 25))
    offboarding.schedule_meeting(plan, dt.datetime(2026, 12, 2, 10, 0), "phone")
    return c


def test_packet_data_copies_the_plan_and_the_score(client):
    from clientfit import health, offboarding
    from clientfit.packet.assemble import assemble_packet

    data = assemble_packet(client.id, lang="en", at=TODAY)
    view = offboarding.build_plan_view(offboarding.running_plan(client), today=TODAY, lang="en")
    score = health.score_client(client.id, at=TODAY, lang="en")

    assert data.lang == "en" and data.made_on == TODAY
    assert data.client.name == NAME
    assert data.client.needs == ("wordpress",)
    assert data.client.contacts == ("Ivan Petrov <ivan@example.ru>",)
    assert data.client.notes == ("Ringer alltid på söndagar. 電話が多い。 😩",)
    assert data.health.score == score.score
    assert data.health.band == score.band.key
    assert [(f.key, f.risk, f.detail) for f in data.health.factors] == [
        (f.key, f.risk, f.detail) for f in score.factors
    ]
    assert data.health.pareto is not None and data.health.pareto.rank == 1
    assert data.decision.reason == "Too many late-night calls"
    assert data.decision.started_on == dt.date(2026, 11, 25)
    assert data.decision.cooling_off_ends == view.cooling_off.ends_on == dt.date(2026, 11, 28)
    assert data.draft is True
    assert data.checklist == tuple(
        ChecklistRow(e.kind, e.text, e.done, e.detail) for e in view.checklist
    )
    assert [
        (i.number, i.issued_on, i.due_on, i.total, i.outstanding, i.currency, i.days_overdue)
        for i in data.invoices
    ] == [
        (
            "2026-117",
            dt.date(2026, 10, 1),
            dt.date(2026, 10, 31),
            Decimal("8500.00"),
            Decimal("8500.00"),
            "SEK",
            26,
        ),
    ]
    assert data.invoices == tuple(view.payment_guard.invoices)  # the plan's own facts, one home
    assert data.payment_guard and "2026-117" in data.payment_guard
    assert data.meeting == view.meeting
    assert (data.meeting.channel, data.meeting.at, data.meeting.place) == (
        "phone",
        dt.datetime(2026, 12, 2, 10, 0),
        "",
    )
    assert data.message == view.message.text
    assert data.notice == view.notice
    assert [(c.name, c.email, c.matched) for c in data.referrals.colleagues] == [
        ("Omar Haddad", "omar@example.se", ["wordpress"]),
    ]


def test_a_client_without_a_plan_gets_health_invoices_and_referrals(database, stockholm):
    from clientfit.packet.assemble import assemble_packet
    from clientfit.store.clients import add_client, update_client

    c = add_client("Rude Co")
    update_client(c, disrespectful=True)
    data = assemble_packet(c.id, lang="sv", at=TODAY)
    assert data.decision is None and data.checklist == () and data.draft is False
    assert data.invoices == () and data.payment_guard is None
    assert data.referrals.colleagues == [] and data.referrals.omitted and data.referrals.note


def test_unknown_client_is_a_lookup_error(database):
    from clientfit.packet.assemble import assemble_packet

    with pytest.raises(LookupError):
        assemble_packet(4242)


@pytest.mark.parametrize(
    ("lang", "mark", "page"), [("en", "DRAFT", "Page"), ("sv", "UTKAST", "Sida")]
)
def test_cli_writes_the_packet(client, db_target, tmp_path, capsys, lang, mark, page):
    from clientfit.cli import main
    from clientfit.store.database import close_database

    close_database()
    out = tmp_path / f"packet-{lang}.pdf"
    args = ["packet", f"  {NAME.upper()} ", "-o", str(out), "--lang", lang, "--at", "2026-11-26"]
    code = main(["--db", db_target, *args])
    assert code == 0
    assert "Wrote" in capsys.readouterr().err
    pdf = read_pdf(out)
    assert all(mark in p and page in p for p in pdf.pages)
    assert NAME in pdf.flat and "2026-117" in pdf.flat and "電話が多い。 😩" in pdf.flat


def test_cli_refuses_an_unknown_client_and_writes_nothing(database, db_target, tmp_path, capsys):
    from clientfit.cli import main
    from clientfit.store.database import close_database

    close_database()
    out = tmp_path / "x.pdf"
    assert main(["--db", db_target, "packet", "Nobody", "-o", str(out)]) == 2
    assert "No client named" in capsys.readouterr().err
    assert not out.exists()


def test_export_runs_off_the_main_thread_as_the_app_calls_it(client, tmp_path):
    import threading

    from clientfit.packet.export import export_packet

    result: dict = {}

    def work():
        try:
            result["path"] = export_packet(client.id, tmp_path / "bg.pdf", lang="sv", at=TODAY)
        except BaseException as exc:  # reported below, on the test's thread
            result["error"] = exc

    worker = threading.Thread(target=work)
    worker.start()
    worker.join(timeout=60)
    assert "error" not in result, result.get("error")
    assert "UTKAST" in read_pdf(result["path"]).pages[0]


@pytest.mark.parametrize(
    ("lang", "needs", "weight"),
    [
        ("en", "A score needs more evidence:", "A factor's weight says how much it counts"),
        ("sv", "Poäng kräver mer underlag:", "En faktors vikt säger hur mycket den väger"),
    ],
)
def test_the_packet_says_what_an_unknown_client_lacks_and_what_a_weight_means(
    client, tmp_path, lang, needs, weight
):
    """Issue 13: the packet, like the app, shows an unknown client's lacks instead of a number,
    and says what the weights beside the factors mean (health.aggregate.weight_meaning)."""
    from clientfit import health
    from clientfit.health.aggregate import weight_meaning
    from clientfit.packet.assemble import assemble_packet
    from clientfit.packet.render import write_packet

    score = health.score_client(client.id, at=TODAY, lang=lang)
    assert score.score is None and score.missing  # 19 messages, the first 25 days ago
    data = assemble_packet(client.id, lang=lang, at=TODAY)
    assert data.health.missing == tuple(score.missing)
    assert data.health.weight_note == weight_meaning(lang)
    out = tmp_path / "p.pdf"
    write_packet(data, out)
    flat = read_pdf(out).flat
    assert needs in flat
    assert all(" ".join(line.split()) in flat for line in score.missing)
    assert " ".join(weight_meaning(lang).split()) in flat and weight in flat
