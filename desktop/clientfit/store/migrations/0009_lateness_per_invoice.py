"""Lateness counted per invoice (issue 13: another late payment never raises a score).

`signal_cache` gains the columns the late-payment factor now reads: the invoices judged for
lateness, how many of them were paid late or are overdue, the amounts invoiced on both, and the
most days late. The amount-weighted columns (`paid_on_due`, `late_weighted`, `overdue_weighted`)
are no longer read and are written as 0 (`store.signal_cache._RETIRED`). The cache is derived
data: its rows are emptied, not converted.
"""

from peewee import *

NEW = (
    ("judged_invoices", IntegerField),
    ("late_invoices", IntegerField),
    ("judged_amount", FloatField),
    ("late_amount", FloatField),
    ("worst_late_days", FloatField),
)


def up(migrator, db):
    db.execute_sql("DELETE FROM signal_cache")
    migrator.migrate(
        *(
            # DEFAULT 0 in SQL too: a row written without them reads as "nothing late"
            migrator.add_column(
                "signal_cache", name, kind(default=0, constraints=[SQL("DEFAULT 0")])
            )
            for name, kind in NEW
        )
    )


def down(migrator, db):
    migrator.migrate(*(migrator.drop_column("signal_cache", name) for name, _kind in NEW))
