"""Money in its own currency and no score without evidence (issue 13).

- `exchange_rate`: the user's dated exchange rates (the base currency is a setting row,
  `money.base_currency`, so it needs no schema).
- `health_snapshot.rules`: the scoring rules' version of each monthly snapshot, so snapshots from
  older rules are recomputed.
- `signal_cache`: the columns the new rules read (revenue invoiced, the currency the money
  columns count in, currencies without a rate, invoices due, the first record, the span of the
  inbound messages). The cache is derived data: its rows are emptied, not converted.
"""

from peewee import *

from clientfit.store.migration_schema import Table


def up(migrator, db):
    Table(db, "exchange_rate").create(
        currency=CharField(),
        base=CharField(),
        on=DateField(),
        rate=CharField(),
        indexes=((("currency", "base", "on"), True),),
    )
    db.execute_sql("DELETE FROM signal_cache")
    migrator.migrate(
        migrator.add_column("health_snapshot", "rules", IntegerField(null=True)),
        migrator.add_column("signal_cache", "revenue", IntegerField(default=0)),
        migrator.add_column("signal_cache", "money_currency", CharField(null=True)),
        migrator.add_column("signal_cache", "unrated", CharField(null=True)),
        migrator.add_column("signal_cache", "due_count", IntegerField(default=0)),
        migrator.add_column("signal_cache", "first_day", IntegerField(null=True)),
        migrator.add_column("signal_cache", "inbound_days", IntegerField(default=0)),
    )


def down(migrator, db):
    migrator.migrate(
        migrator.drop_column("health_snapshot", "rules"),
        *(
            migrator.drop_column("signal_cache", name)
            for name in (
                "revenue",
                "money_currency",
                "unrated",
                "due_count",
                "first_day",
                "inbound_days",
            )
        ),
    )
    db.execute_sql("DROP TABLE IF EXISTS exchange_rate")
