"""The health signal cache (`SignalCache`): each client's signals and score, kept between runs.

Derived data: its triggers (which empty a client's row when one of its records changes) are made
by `clientfit.store.signal_triggers` after every migration and checked at every open, so they
always match the tables of the newest schema.
"""

from peewee import *

from clientfit.store.migration_schema import Table


def up(migrator, db):
    Client = Table(db, "client").model()

    Table(db, "signal_cache").create(
        client=ForeignKeyField(Client, primary_key=True, on_delete="CASCADE"),
        day=DateField(),
        basis=CharField(),
        inbound=IntegerField(default=0),
        after_hours=IntegerField(default=0),
        asks_change=IntegerField(default=0),
        inbound_long=IntegerField(default=0),
        short_billable_s=IntegerField(default=0),
        long_s=IntegerField(default=0),
        tenure_days=IntegerField(default=0),
        invoiced_s=IntegerField(default=0),
        paid_on_due=IntegerField(default=0),
        late_weighted=FloatField(default=0.0),
        overdue=IntegerField(default=0),
        overdue_weighted=FloatField(default=0.0),
        open_not_due=IntegerField(default=0),
        invoices=IntegerField(default=0),
        received=IntegerField(default=0),
        deliverables=IntegerField(default=0),
        rounds=IntegerField(default=0),
        considered=IntegerField(default=0),
        score=SmallIntegerField(null=True),
        scored=CharField(null=True),
    )


def down(migrator, db):
    for (name,) in db.execute_sql(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'signal_cache_%'"
    ).fetchall():
        db.execute_sql(f"DROP TRIGGER IF EXISTS {name}")
    migrator.migrate(migrator.drop_table("signal_cache"))
