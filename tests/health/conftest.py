"""Small hand-made portfolios for the health tests: clients, messages at local times, hours, invoices."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from clientfit.common.phrases import classify
from clientfit.health import config
from clientfit.store.models import (
    Client,
    Consideration,
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
AT = dt.date(2026, 6, 30)  # a Tuesday; every test scores "as of" this day


def utc(day: dt.date, hh: int, mm: int = 0, zone: ZoneInfo = ZONE) -> dt.datetime:
    """A local wall-clock moment as the naive UTC the database stores."""
    local = dt.datetime(day.year, day.month, day.day, hh, mm, tzinfo=zone)
    return local.astimezone(dt.timezone.utc).replace(tzinfo=None)


class Builder:
    """Makes clients and their records; `AT` is the day tests score as of, `utc()` converts."""

    AT = AT
    utc = staticmethod(utc)

    def __init__(self) -> None:
        self._n = 0

    def client(self, name: str, gut: int | None = None) -> Client:
        return Client.create(
            name=name, name_key=name_key(name), gut=gut, created_at=dt.datetime(2025, 1, 1)
        )

    def message(
        self,
        client: Client,
        sent_at: dt.datetime,
        subject: str = "Hello",
        direction: str = "in",
        change_request: bool | None = None,
    ) -> Message:
        self._n += 1
        flags = classify(subject)
        flag = flags.change_request or flags.not_quite
        urgent = flags.urgent
        return Message.create(
            client=client,
            sent_at=sent_at,
            direction=direction,
            subject=subject,
            message_id=f"<t{self._n}@test.invalid>",
            change_request=flag if change_request is None else change_request,
            urgent=urgent,
        )

    def office_messages(
        self, client: Client, n: int, subject: str = "Hello", end: dt.date = AT
    ) -> None:
        """n messages at 10:00 local on working days before `end`, spread over at least 21
        working days (so ten or more are enough evidence for the message factors)."""
        stride = max(1, -(-21 // n))
        day, k = end, 0
        while n:
            day -= dt.timedelta(days=1)
            if day.weekday() < 5:
                if k % stride == stride - 1:
                    self.message(client, utc(day, 10), subject)
                    n -= 1
                k += 1

    def hours(self, client: Client, hours: float, day: dt.date, billable: bool = True) -> None:
        TimeEntry.create(
            client=client, started_at=utc(day, 9), seconds=int(hours * 3600), billable=billable
        )

    def weekly_hours(self, client: Client, per_week: float, weeks: int = 40) -> None:
        for k in range(weeks):
            self.hours(client, per_week, AT - dt.timedelta(days=7 * k + 1))

    def invoice(
        self,
        client: Client,
        amount: int,
        due: dt.date,
        paid: dt.date | None = None,
        issued: dt.date | None = None,
        currency: str = "SEK",
    ) -> Invoice:
        self._n += 1
        inv = Invoice.create(
            client=client,
            number=f"F{self._n}",
            issued_on=issued or due - dt.timedelta(days=30),
            due_on=due,
            total_minor=amount * 100,
            currency=currency,
        )
        if paid:
            Payment.create(invoice=inv, paid_on=paid, amount_minor=amount * 100)
        return inv

    def deliverable(self, client: Client, title: str, rounds: int = 0) -> Deliverable:
        d = Deliverable.create(client=client, title=title, due_on=AT)
        for k in range(rounds):
            RevisionRound.create(deliverable=d, requested_on=AT - dt.timedelta(days=k + 1))
        return d

    def considered(self, client: Client, days_ago: int) -> None:
        Consideration.create(client=client, considered_on=AT - dt.timedelta(days=days_ago))


@pytest.fixture
def make(database) -> Builder:
    set_setting(config.TIME_ZONE, "Europe/Stockholm")
    return Builder()
