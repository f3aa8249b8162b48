"""The demo portfolio (large synthetic portfolios for benchmarks: `store.synthetic`).

The demo (resources/demo/portfolio.json) describes eight believable clients by profile - how often
they write, how much of it after hours, how often they ask for changes, how late they pay - and
this module turns the profiles into messages, time entries, invoices, payments, deliverables and
revision rounds with a fixed seed, dated relative to the day it is loaded. Everything is written in
one transaction, with bulk inserts.

The story must not depend on the calendar day the demo is loaded on, so every date is an offset
from today that does not move with the weekday or the month: each client draws from its own
random stream, and always the same numbers in the same order (a draw never depends on today's
weekday, or later clients and later messages would get other numbers on other days); a message
meant for a weekend or a working day moves back by at most a few days to the nearest such day;
and the hours are invoiced every 30 days counted back from today, not at calendar month ends
(which left up to a month of hours uninvoiced late in a month, and made a new client look
unprofitable).
"""

from __future__ import annotations

import datetime as dt
import json
import random
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from clientfit.resources import read_text
from clientfit.store.database import db
from clientfit.store.models import (
    Client,
    Colleague,
    Consideration,
    Contact,
    ContactPoint,
    Deliverable,
    Invoice,
    Message,
    Need,
    Note,
    Payment,
    RevisionRound,
    Skill,
    TimeEntry,
    name_key,
)

DEMO_ZONE = ZoneInfo("Europe/Stockholm")
CHANGE_SUBJECTS = [
    "Inte riktigt det vi tänkt oss",
    "Not quite it",
    "Kan vi ändra lite till?",
    "En runda till",
    "Could we try another version?",
    "Nästan, men inte riktigt",
]
LATE_HOURS = [5, 6, 7, 18, 19, 20, 21, 22, 23]
URGENT_SUBJECTS = ["BRÅDSKANDE", "Akut!", "Urgent: need this today", "Behöver svar NU", "ASAP"]


class NotEmptyError(Exception):
    """The demo goes only into an empty database, so it never mixes with real records."""


@dataclass(frozen=True)
class DemoResult:
    clients: int
    contacts: int
    messages: int
    time_entries: int
    invoices: int
    deliverables: int
    colleagues: int


def is_empty() -> bool:
    return not Client.select().exists() and not Colleague.select().exists()


def _local_to_utc(day: dt.date, hour: int, minute: int) -> dt.datetime:
    local = dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=DEMO_ZONE)
    return local.astimezone(dt.timezone.utc).replace(tzinfo=None)


# The hours are invoiced every BILLING_DAYS days, the last time BILLING_LAG days before today.
BILLING_DAYS = 30
BILLING_LAG = 2


def _place_day(today: dt.date, back: int, weekend: bool, first: dt.date) -> dt.date:
    """`back` days before today, moved to the nearest earlier weekend day or working day.

    A fixed function of the drawn offset, so the message stays within a few days of where the
    random stream put it whatever weekday today is (a redraw would change everything after it).
    A day moved to before the client's first day goes a week later instead.
    """
    day = today - dt.timedelta(days=back)
    while (day.weekday() >= 5) != weekend:
        day -= dt.timedelta(days=1)
    return day + dt.timedelta(days=7) if day < first else day


def _billing_period(today: dt.date, day: dt.date) -> int | None:
    """Which invoice (0 = the latest, 1 = the one before) bills the hours of `day`; None = none yet."""
    before_issue = (today - dt.timedelta(days=BILLING_LAG) - day).days
    return None if before_issue <= 0 else (before_issue - 1) // BILLING_DAYS


def load_demo(today: dt.date | None = None, seed: int = 7) -> DemoResult:
    """Fill an empty database with the demo portfolio; refuses a database that holds anything."""
    today = today or dt.date.today()
    if not is_empty():
        raise NotEmptyError(
            "The database already holds clients; the demo goes only into an empty one."
        )
    spec = json.loads(read_text("demo", "portfolio.json"))
    counts = dict.fromkeys(("contacts", "messages", "time_entries", "invoices", "deliverables"), 0)
    with db.atomic():
        for colleague in spec["colleagues"]:
            col = Colleague.create(
                name=colleague["name"],
                name_key=name_key(colleague["name"]),
                email=colleague["email"],
            )
            Skill.insert_many(
                [{"colleague": col.id, "name": s, "key": name_key(s)} for s in colleague["skills"]]
            ).execute()
        for entry in spec["clients"]:
            rng = random.Random(f"{seed}:{entry['name']}")  # one stream per client
            for key, n in _load_client(entry, spec["currency"], today, rng).items():
                counts[key] += n
    return DemoResult(clients=len(spec["clients"]), colleagues=len(spec["colleagues"]), **counts)


def _load_client(entry: dict, currency: str, today: dt.date, rng: random.Random) -> dict[str, int]:
    prof = entry["profile"]
    days = int(prof["months"] * 30.4)
    client = Client.create(
        name=entry["name"],
        name_key=name_key(entry["name"]),
        currency=currency,
        payment_terms_days=entry.get("terms", 30),
        disrespectful=entry.get("disrespectful", False),
        gut=entry.get("gut"),
        contract_path=entry.get("contract"),
        created_at=dt.datetime.combine(today - dt.timedelta(days=days), dt.time(9)),
    )
    Need.insert_many(
        [{"client": client.id, "name": n, "key": name_key(n)} for n in entry["needs"]]
    ).execute()
    first_contact = None
    for c in entry["contacts"]:
        contact = Contact.create(client=client, name=c["name"], title=c.get("title"))
        first_contact = first_contact or contact
        points = [
            {"contact": contact.id, "kind": "email", "value": e, "key": e.lower()}
            for e in c["emails"]
        ]
        points += [
            {
                "contact": contact.id,
                "kind": "phone",
                "value": p,
                "key": "".join(ch for ch in p if ch.isdigit() or ch == "+"),
            }
            for p in c.get("phones", [])
        ]
        if points:
            ContactPoint.insert_many(points).execute()
    for body in entry.get("notes", []):
        Note.create(client=client, body=body)

    # Messages: inbound by profile, with the user's replies in office hours.
    inbound = max(1, round(prof["messages_per_week"] * days / 7))
    rows = []
    slug = name_key(entry["name"]).replace(" ", "-").replace("&", "and")
    first_day = today - dt.timedelta(days=days)

    def message(sent_at, direction, subject, number, change_request=False, urgent=False) -> dict:
        return dict(
            client=client.id,
            contact=first_contact.id,
            sent_at=sent_at,
            direction=direction,
            subject=subject,
            message_id=f"<demo-{slug}-{number}@clientfit.invalid>",
            change_request=change_request,
            urgent=urgent,
            source="demo",
        )

    for i in range(inbound):
        # The same draws for every message, whatever they decide.
        back = rng.randint(1, days)
        weekend = rng.random() < prof["weekend"]
        after_hours = rng.random() < prof["after_hours"]
        late_hour, office_hour = rng.choice(LATE_HOURS), rng.randint(8, 17)
        minute = rng.randint(0, 59)
        asks_change = rng.random() < prof["change_share"]
        urgent = rng.random() < prof["urgent_share"]
        change_subject, urgent_subject = rng.choice(CHANGE_SUBJECTS), rng.choice(URGENT_SUBJECTS)
        subject = rng.choice(entry["subjects"])
        replied = rng.random() < prof["reply_ratio"]
        reply_hour, reply_minute = rng.randint(9, 16), rng.randint(0, 59)
        day = _place_day(today, back, weekend, first_day)
        hour = late_hour if after_hours else office_hour
        subject = change_subject if asks_change else urgent_subject if urgent else subject
        rows.append(
            message(_local_to_utc(day, hour, minute), "in", subject, i, asks_change, urgent)
        )
        if replied:
            reply_day = day + dt.timedelta(days=1 if hour >= 17 or weekend else 0)
            while reply_day.weekday() >= 5:
                reply_day += dt.timedelta(days=1)
            if reply_day < today:
                at = _local_to_utc(reply_day, reply_hour, reply_minute)
                rows.append(message(at, "out", "Re: " + subject, f"{i}-re"))
    for start in range(0, len(rows), 500):
        Message.insert_many(rows[start : start + 500]).execute()

    # Time: a few entries a week, invoiced every BILLING_DAYS days (the same three draws each day).
    entries = []
    period_seconds: dict[int, int] = {}
    day = first_day
    n = 0
    while day < today:
        works, spread, hour = rng.random() < 0.5, rng.uniform(0.6, 1.4), rng.randint(8, 13)
        if day.weekday() < 5 and works:
            seconds = int(prof["hours_per_week"] / 2.5 * 3600 * spread) // 60 * 60
            entries.append(
                dict(
                    client=client.id,
                    started_at=_local_to_utc(day, hour, 0),
                    seconds=seconds,
                    project="Demo",
                    description="Design and development",
                    billable=True,
                    source="demo",
                    source_key=f"demo-{slug}-{n}",
                )
            )
            period = _billing_period(today, day)
            if period is not None:
                period_seconds[period] = period_seconds.get(period, 0) + seconds
            n += 1
        day += dt.timedelta(days=1)
    for start in range(0, len(entries), 500):
        TimeEntry.insert_many(entries[start : start + 500]).execute()

    invoices = 0
    delays = prof["pay_delay_days"]
    terms = entry.get("terms", 30)
    for period, seconds in sorted(period_seconds.items(), reverse=True):
        issued = today - dt.timedelta(days=BILLING_LAG + period * BILLING_DAYS)
        since = max(first_day, issued - dt.timedelta(days=BILLING_DAYS))
        total = round(seconds / 3600 * prof["rate"]) * 100
        invoice = Invoice.create(
            client=client,
            number=f"{issued:%Y%m%d}-{client.id:02d}",
            issued_on=issued,
            due_on=issued + dt.timedelta(days=terms),
            total_minor=total,
            currency=currency,
            subject=f"Hours {since:%Y-%m-%d} to {issued - dt.timedelta(days=1):%Y-%m-%d}",
            source="demo",
        )
        invoices += 1
        paid_on = invoice.due_on + dt.timedelta(days=delays[period % len(delays)])
        if paid_on < today:
            Payment.create(invoice=invoice, paid_on=paid_on, amount_minor=total)

    deliverables = 0
    for d in entry.get("deliverables", []):
        due = today - dt.timedelta(days=d["due"])
        delivered = (
            today - dt.timedelta(days=d["delivered"]) if d["delivered"] is not None else None
        )
        invoice = None
        if d["paid"] or delivered:
            issued = min(delivered or due, today - dt.timedelta(days=1))
            invoice = Invoice.create(
                client=client,
                number=f"P-{client.id:02d}-{deliverables + 1}",
                issued_on=issued,
                due_on=issued + dt.timedelta(days=terms),
                total_minor=d["amount"] * 100,
                currency=currency,
                subject=d["title"],
                source="demo",
            )
            invoices += 1
            if d["paid"]:
                Payment.create(
                    invoice=invoice,
                    paid_on=min(issued + dt.timedelta(days=terms), today),
                    amount_minor=d["amount"] * 100,
                )
        deliverable = Deliverable.create(
            client=client,
            title=d["title"],
            due_on=due,
            delivered_on=delivered,
            amount_minor=d["amount"] * 100,
            invoice=invoice,
        )
        deliverables += 1
        span = max(1, d["due"] + 60)
        for r in range(d["revisions"]):
            RevisionRound.create(
                deliverable=deliverable,
                requested_on=today
                - dt.timedelta(days=max(1, span - r * span // max(1, d["revisions"]))),
                note=f"Round {r + 1}",
            )
    if entry.get("gut", 3) <= 2:
        for k in range(3 - entry["gut"] + 1):
            Consideration.create(
                client=client, considered_on=today - dt.timedelta(days=3 + 7 * k), note=""
            )
    return {
        "contacts": len(entry["contacts"]),
        "messages": len(rows),
        "time_entries": len(entries),
        "invoices": invoices,
        "deliverables": deliverables,
    }
