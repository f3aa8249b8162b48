"""From mail file to gauge: a client whose bodies say "not quite it" in half its messages has
indecision as its worst factor, though no subject says so."""

from __future__ import annotations

import datetime as dt

from clientfit.health import score_client
from clientfit.health.config import TIME_ZONE
from clientfit.intake import run_import
from clientfit.store.clients import add_client
from clientfit.store.models import Invoice, Payment, TimeEntry
from clientfit.store.settings import set_setting

AT = dt.date(2026, 3, 2)


def _mbox(path, n=24):
    out = []
    day = AT - dt.timedelta(days=1)
    sent = 0
    while sent < n:
        if day.weekday() < 5:
            body = (
                "Hej Eva!\n\nDet är inte riktigt det vi tänkt oss, tyvärr.\n\n/Karin\n"
                if sent % 2
                else "Hej Eva!\n\nTack, det ser bra ut.\n\n/Karin\n"
            )
            when = dt.datetime.combine(day, dt.time(9, 30))  # 10:30 in Stockholm
            out.append(
                f"From - {when:%a %b %d %H:%M:%S %Y}\n"
                f"Message-ID: <t{sent}@tveksam.se>\n"
                f"Date: {when:%a, %d %b %Y %H:%M:%S} +0000\n"
                "From: Karin <karin@tveksam.se>\nTo: eva@studio.se\n"
                f"Subject: Skisser, version {sent + 1}\n"
                "Content-Type: text/plain; charset=utf-8\n\n" + body + "\n"
            )
            sent += 1
        day -= dt.timedelta(days=2)
    path.write_text("".join(out), encoding="utf-8")
    return path


def test_not_quite_in_half_the_bodies_makes_indecision_the_worst_factor(database, me, tmp_path):
    set_setting(TIME_ZONE, "Europe/Stockholm")
    client = add_client("Tveksam AB", email="karin@tveksam.se")
    for week in range(1, 9):  # the work itself: 4 billed hours a week
        started = dt.datetime.combine(AT - dt.timedelta(weeks=week), dt.time(8))
        TimeEntry.create(client=client, started_at=started, seconds=4 * 3600)
    issued = AT - dt.timedelta(days=20)  # and paid for, on time
    invoice = Invoice.create(
        client=client,
        number="1",
        issued_on=issued,
        due_on=issued + dt.timedelta(days=10),
        total_minor=32_000_00,
    )
    Payment.create(invoice=invoice, paid_on=issued + dt.timedelta(days=9), amount_minor=32_000_00)

    summary = run_import(_mbox(tmp_path / "tveksam.mbox"))
    scored = score_client(client.id, at=AT)

    assert summary.created["messages"] == 24
    with_data = [f for f in scored.factors if f.risk is not None and f.key != "gut"]
    worst = max(with_data, key=lambda f: f.risk)
    assert worst.key == "indecision"
    assert worst.risk == 1.0  # half the messages: the ramp is full at 50 %
    assert sorted(f.risk for f in with_data if f.key != "indecision")[-1] < 1.0
