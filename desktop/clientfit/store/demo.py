"""The demo portfolio (large synthetic portfolios for benchmarks: `store.synthetic`).

The demo (resources/demo/portfolio.json) describes eight believable clients by profile - how often
they write, how much of it after hours, how often they ask for changes, how late they pay - and
this module turns the profiles into messages, time entries, invoices, payments, deliverables and
revision rounds with a fixed seed, dated relative to the day it is loaded. Everything is written in
one transaction, with bulk inserts.
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


def _pick_day(rng: random.Random, today: dt.date, days: int, weekend: bool) -> dt.date:
    for _ in range(20):
        day = today - dt.timedelta(days=rng.randint(1, days))
        if (day.weekday() >= 5) == weekend:
            return day
    return day


def load_demo(today: dt.date | None = None, seed: int = 7) -> DemoResult:
    """Fill an empty database with the demo portfolio; refuses a database that holds anything."""
    today = today or dt.date.today()
    if not is_empty():
        raise NotEmptyError(
            "The database already holds clients; the demo goes only into an empty one."
        )
    spec = json.loads(read_text("demo", "portfolio.json"))
    rng = random.Random(seed)
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
    for i in range(inbound):
        weekend = rng.random() < prof["weekend"]
        day = _pick_day(rng, today, days, weekend)
        if rng.random() < prof["after_hours"]:
            hour = rng.choice([5, 6, 7, 18, 19, 20, 21, 22, 23])
        else:
            hour = rng.randint(8, 17)
        asks_change = rng.random() < prof["change_share"]
        urgent = rng.random() < prof["urgent_share"]
        subject = rng.choice(
            CHANGE_SUBJECTS if asks_change else URGENT_SUBJECTS if urgent else entry["subjects"]
        )
        sent = _local_to_utc(day, hour, rng.randint(0, 59))
        rows.append(
            dict(
                client=client.id,
                contact=first_contact.id,
                sent_at=sent,
                direction="in",
                subject=subject,
                message_id=f"<demo-{slug}-{i}@clientfit.invalid>",
                change_request=asks_change,
                urgent=urgent,
                source="demo",
            )
        )
        if rng.random() < prof["reply_ratio"]:
            reply_day = day + dt.timedelta(days=1 if hour >= 17 or weekend else 0)
            while reply_day.weekday() >= 5:
                reply_day += dt.timedelta(days=1)
            if reply_day < today:
                rows.append(
                    dict(
                        client=client.id,
                        contact=first_contact.id,
                        sent_at=_local_to_utc(reply_day, rng.randint(9, 16), rng.randint(0, 59)),
                        direction="out",
                        subject="Re: " + subject,
                        message_id=f"<demo-{slug}-{i}-re@clientfit.invalid>",
                        change_request=False,
                        urgent=False,
                        source="demo",
                    )
                )
    for start in range(0, len(rows), 500):
        Message.insert_many(rows[start : start + 500]).execute()

    # Time: a few entries a week, and one invoice per month for the month's hours.
    entries = []
    monthly_seconds: dict[tuple[int, int], int] = {}
    day = today - dt.timedelta(days=days)
    n = 0
    while day < today:
        if day.weekday() < 5 and rng.random() < 0.5:
            seconds = int(prof["hours_per_week"] / 2.5 * 3600 * rng.uniform(0.6, 1.4)) // 60 * 60
            entries.append(
                dict(
                    client=client.id,
                    started_at=_local_to_utc(day, rng.randint(8, 13), 0),
                    seconds=seconds,
                    project="Demo",
                    description="Design and development",
                    billable=True,
                    source="demo",
                    source_key=f"demo-{slug}-{n}",
                )
            )
            monthly_seconds[(day.year, day.month)] = (
                monthly_seconds.get((day.year, day.month), 0) + seconds
            )
            n += 1
        day += dt.timedelta(days=1)
    for start in range(0, len(entries), 500):
        TimeEntry.insert_many(entries[start : start + 500]).execute()

    invoices = 0
    delays = prof["pay_delay_days"]
    terms = entry.get("terms", 30)
    for k, ((year, month), seconds) in enumerate(sorted(monthly_seconds.items())):
        issued = dt.date(year, month, 28) if month else today
        if issued >= today:
            continue
        total = round(seconds / 3600 * prof["rate"]) * 100
        invoice = Invoice.create(
            client=client,
            number=f"{year}{month:02d}-{client.id:02d}",
            issued_on=issued,
            due_on=issued + dt.timedelta(days=terms),
            total_minor=total,
            currency=currency,
            subject=f"Hours {year}-{month:02d}",
            source="demo",
        )
        invoices += 1
        paid_on = invoice.due_on + dt.timedelta(days=delays[k % len(delays)])
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
