"""A hand-made portfolio for the what-if: every figure below is worked out by hand in the tests.

Scored as of AT = 2026-06-30 (a Tuesday) in Europe/Stockholm with the default working week
(Mon-Fri 08:00-18:00); the year is 2025-07-01 .. 2026-06-30.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from clientfit.common.zone import TIME_ZONE
from clientfit.store.models import (
    Client,
    Deliverable,
    Invoice,
    Message,
    Payment,
    RevisionRound,
    TimeEntry,
    name_key,
)
from clientfit.store.settings import set_setting

ZONE = ZoneInfo("Europe/Stockholm")
AT = dt.date(2026, 6, 30)
D = dt.date


def utc(day: dt.date, hh: int, mm: int = 0) -> dt.datetime:
    local = dt.datetime(day.year, day.month, day.day, hh, mm, tzinfo=ZONE)
    return local.astimezone(dt.timezone.utc).replace(tzinfo=None)


class Make:
    def __init__(self) -> None:
        self.n = 0

    def client(self, name: str, currency: str = "SEK") -> Client:
        return Client.create(
            name=name,
            name_key=name_key(name),
            currency=currency,
            created_at=dt.datetime(2024, 1, 1),
        )

    def message(self, client, day, hh, mm=0, direction="in") -> None:
        self.n += 1
        Message.create(
            client=client,
            sent_at=utc(day, hh, mm),
            direction=direction,
            message_id=f"<m{self.n}@test.invalid>",
        )

    def hours(self, client, day, hh, mm, hours, billable=True) -> None:
        TimeEntry.create(
            client=client,
            started_at=utc(day, hh, mm),
            seconds=round(hours * 3600),
            billable=billable,
        )

    def invoice(self, client, amount, issued, due, currency="SEK", paid=()) -> Invoice:
        self.n += 1
        inv = Invoice.create(
            client=client,
            number=f"F{self.n}",
            issued_on=issued,
            due_on=due,
            total_minor=amount * 100,
            currency=currency,
        )
        for on, part in paid:
            Payment.create(invoice=inv, paid_on=on, amount_minor=part * 100)
        return inv

    def rounds(self, client, *days) -> None:
        d = Deliverable.create(client=client, title=f"D{self.n}")
        self.n += 1
        for day in days:
            RevisionRound.create(deliverable=d, requested_on=day)


def build_portfolio(make: Make) -> dict[str, Client]:
    """Alfa (SEK, with records on both sides of the year's edges), Beta (EUR), Gamma (idle)."""
    alfa = make.client("Alfa AB")
    # Invoices: before the year (not revenue), its first day, its last day, the day after.
    make.invoice(alfa, 10_000, D(2025, 6, 20), D(2025, 7, 20), paid=[(D(2025, 7, 25), 10_000)])
    make.invoice(
        alfa,
        20_000,
        D(2025, 7, 1),
        D(2025, 7, 31),
        paid=[(D(2025, 8, 10), 15_000), (D(2026, 7, 5), 5_000)],  # the rest only after AT
    )
    make.invoice(alfa, 5_000, D(2026, 6, 30), D(2026, 7, 30))
    make.invoice(alfa, 7_000, D(2026, 7, 1), D(2026, 7, 31))
    # Hours: one begun the evening before the year (not in it), 2 h from 00:30 on its first
    # day, 10 h billable + 4 h not, 1 h begun at 23:30 on its last day, one the day after.
    make.hours(alfa, D(2025, 6, 30), 23, 0, 3)
    make.hours(alfa, D(2025, 7, 1), 0, 30, 2)
    make.hours(alfa, D(2026, 3, 10), 9, 0, 10)
    make.hours(alfa, D(2026, 3, 11), 9, 0, 4, billable=False)
    make.hours(alfa, D(2026, 6, 30), 23, 30, 1)
    make.hours(alfa, D(2026, 7, 1), 0, 10, 5)
    # Messages: office hours, an evening, a Saturday, one a minute into the year (after hours),
    # one a minute before it, an outgoing one (not the client's), one after AT.
    make.message(alfa, D(2026, 3, 10), 10)
    make.message(alfa, D(2026, 3, 10), 21)
    make.message(alfa, D(2026, 3, 14), 11)
    make.message(alfa, D(2025, 7, 1), 0, 1)
    make.message(alfa, D(2025, 6, 30), 23, 59)
    make.message(alfa, D(2026, 3, 10), 22, direction="out")
    make.message(alfa, D(2026, 7, 1), 10)
    make.rounds(alfa, D(2025, 6, 30), D(2025, 7, 1), D(2026, 6, 30), D(2026, 7, 1))

    beta = make.client("Beta GmbH", currency="EUR")
    make.invoice(beta, 2_000, D(2026, 1, 15), D(2026, 2, 14), currency="EUR")
    # overpaid by 100 EUR: owes nothing, and the 100 does not pay off the open invoice
    make.invoice(beta, 500, D(2025, 9, 1), D(2025, 10, 1), "EUR", paid=[(D(2025, 10, 1), 600)])
    make.hours(beta, D(2026, 2, 2), 9, 0, 20)
    for day in (D(2026, 2, 2), D(2026, 2, 3), D(2026, 2, 4), D(2026, 2, 5)):
        make.message(beta, day, 14)

    gamma = make.client("Gamma")
    make.invoice(gamma, 3_000, D(2024, 3, 1), D(2024, 3, 31), paid=[(D(2024, 4, 2), 3_000)])
    make.hours(gamma, D(2024, 3, 1), 9, 0, 6)
    return {"alfa": alfa, "beta": beta, "gamma": gamma}


@pytest.fixture
def make(database) -> Make:
    set_setting(TIME_ZONE, "Europe/Stockholm")
    return Make()


@pytest.fixture
def portfolio(make) -> dict[str, Client]:
    return build_portfolio(make)
