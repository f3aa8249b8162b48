"""Large synthetic portfolios for benchmarks: 10,000 clients and a million messages in bulk inserts.

Raw executemany in one transaction (raw SQL lives only in store/); refuses a database that already
holds clients, like the demo.
"""

from __future__ import annotations

import datetime as dt
import random

from clientfit.store.database import db
from clientfit.store.demo import DemoResult, NotEmptyError, is_empty
from clientfit.store.models import utcnow


def generate_large(
    clients: int, messages: int, today: dt.date | None = None, seed: int = 1
) -> DemoResult:
    """A big, realistic-shaped portfolio for benchmarks: bulk inserts, one transaction.

    Per client: one contact, a share of the messages (skewed, so a fifth of the clients send most),
    time entries and monthly invoices in proportion, two deliverables.
    """
    today = today or dt.date.today()
    if not is_empty():
        raise NotEmptyError("The database already holds clients; generate into an empty one.")
    rng = random.Random(seed)
    con = db.connection()
    now = utcnow().isoformat(sep=" ")
    weights = [rng.paretovariate(1.16) for _ in range(clients)]
    total_w = sum(weights)
    per_client = [int(messages * w / total_w) for w in weights]
    per_client[0] += messages - sum(per_client)
    start = today - dt.timedelta(days=540)
    span_s = 540 * 86400
    base = dt.datetime.combine(start, dt.time(0))
    with db.atomic():
        con.executemany(
            "INSERT INTO client (id, name, name_key, status, currency, payment_terms_days, disrespectful, created_at)"
            " VALUES (?, ?, ?, 'active', 'SEK', 30, 0, ?)",
            ((i + 1, f"Client {i + 1:05d}", f"client {i + 1:05d}", now) for i in range(clients)),
        )
        con.executemany(
            "INSERT INTO contact (id, client_id, name, created_at) VALUES (?, ?, ?, ?)",
            ((i + 1, i + 1, f"Contact {i + 1}", now) for i in range(clients)),
        )
        con.executemany(
            "INSERT INTO contact_point (contact_id, kind, value, key) VALUES (?, 'email', ?, ?)",
            (
                (i + 1, f"c{i + 1}@client{i + 1}.example", f"c{i + 1}@client{i + 1}.example")
                for i in range(clients)
            ),
        )

        def message_rows():
            mid = 0
            for cid, n in enumerate(per_client, start=1):
                night = rng.random() * 0.5
                change = rng.random() * 0.4
                for _ in range(n):
                    mid += 1
                    sent = base + dt.timedelta(seconds=rng.randrange(span_s))
                    if rng.random() > night:
                        sent = sent.replace(hour=7 + rng.randrange(9))
                    yield (
                        cid,
                        cid,
                        sent.isoformat(sep=" "),
                        "in" if rng.random() < 0.6 else "out",
                        "Synthetic message",
                        f"<m{mid}@synthetic.invalid>",
                        int(rng.random() < change),
                        int(rng.random() < 0.05),
                        "synthetic",
                    )

        con.executemany(
            "INSERT INTO message (client_id, contact_id, sent_at, direction, subject, message_id, change_request, urgent, source)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            message_rows(),
        )

        def time_rows():
            k = 0
            for cid, n in enumerate(per_client, start=1):
                for _ in range(max(2, n // 10)):
                    k += 1
                    sent = base + dt.timedelta(seconds=rng.randrange(span_s))
                    yield (
                        cid,
                        sent.isoformat(sep=" "),
                        rng.randrange(1800, 4 * 3600),
                        "Synthetic",
                        "",
                        "",
                        1,
                        "synthetic",
                        f"s{k}",
                    )

        con.executemany(
            "INSERT INTO time_entry (client_id, started_at, seconds, project, task, description, billable, source, source_key)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            time_rows(),
        )
        inv_rows, pay_rows = [], []
        iid = 0
        for cid in range(1, clients + 1):
            for month in range(1 + rng.randrange(12)):
                iid += 1
                issued = today - dt.timedelta(days=30 * month + 5)
                due = issued + dt.timedelta(days=30)
                total = rng.randrange(5_000, 60_000) * 100
                inv_rows.append(
                    (
                        iid,
                        cid,
                        f"S-{iid}",
                        issued.isoformat(),
                        due.isoformat(),
                        total,
                        "SEK",
                        "",
                        "synthetic",
                    )
                )
                paid = due + dt.timedelta(days=rng.choice([-5, 0, 3, 10, 30, 60]))
                if paid < today:
                    pay_rows.append((iid, paid.isoformat(), total))
        con.executemany(
            "INSERT INTO invoice (id, client_id, number, issued_on, due_on, total_minor, currency, subject, source)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            inv_rows,
        )
        con.executemany(
            "INSERT INTO payment (invoice_id, paid_on, amount_minor) VALUES (?, ?, ?)", pay_rows
        )
        con.executemany(
            "INSERT INTO deliverable (client_id, title, due_on, amount_minor, created_at) VALUES (?, ?, ?, ?, ?)",
            (
                (
                    cid,
                    f"Deliverable {k}",
                    (today - dt.timedelta(days=30 * k)).isoformat(),
                    1_000_000,
                    now,
                )
                for cid in range(1, clients + 1)
                for k in (1, 2)
            ),
        )
    return DemoResult(
        clients=clients,
        contacts=clients,
        messages=messages,
        time_entries=sum(max(2, n // 10) for n in per_client),
        invoices=len(inv_rows),
        deliverables=2 * clients,
        colleagues=0,
    )
