"""The health signal cache (`SignalCache`) and the triggers that keep it honest.

Scoring reads each client's signals from `signal_cache` when its row is there; a row is there
only while nothing it was computed from has changed. Every insert, update or delete of a row the
signals are computed from deletes the client's cache row inside the same statement, so no code
path (the GUI, the CLI, an import, a restore, the database opened by another tool) can leave a
stale row behind.
"""

from peewee import *

# table -> SQL giving the client id of a row of it (NEW./OLD. is put in front of the columns)
SOURCES = {
    "message": "{row}.client_id",
    "time_entry": "{row}.client_id",
    "invoice": "{row}.client_id",
    "deliverable": "{row}.client_id",
    "consideration": "{row}.client_id",
    "payment": "(SELECT client_id FROM invoice WHERE id = {row}.invoice_id)",
    "revision_round": "(SELECT client_id FROM deliverable WHERE id = {row}.deliverable_id)",
}


def _forget(table: str, row: str) -> str:
    return f"DELETE FROM signal_cache WHERE client_id = {SOURCES[table].format(row=row)};"


def up(migrator, db):
    class Client(Model):
        class Meta:
            database = db
            table_name = "client"

    class SignalCache(Model):
        client = ForeignKeyField(Client, primary_key=True, on_delete="CASCADE")
        day = DateField()
        basis = CharField()
        inbound = IntegerField(default=0)
        after_hours = IntegerField(default=0)
        asks_change = IntegerField(default=0)
        inbound_long = IntegerField(default=0)
        short_billable_s = IntegerField(default=0)
        long_s = IntegerField(default=0)
        tenure_days = IntegerField(default=0)
        invoiced_s = IntegerField(default=0)
        paid_on_due = IntegerField(default=0)
        late_weighted = FloatField(default=0.0)
        overdue = IntegerField(default=0)
        overdue_weighted = FloatField(default=0.0)
        open_not_due = IntegerField(default=0)
        invoices = IntegerField(default=0)
        received = IntegerField(default=0)
        deliverables = IntegerField(default=0)
        rounds = IntegerField(default=0)
        considered = IntegerField(default=0)
        score = SmallIntegerField(null=True)
        scored = CharField(null=True)

        class Meta:
            database = db
            table_name = "signal_cache"

    db.create_tables([SignalCache])
    for table in SOURCES:
        for event, body in (
            ("INSERT", _forget(table, "NEW")),
            ("DELETE", _forget(table, "OLD")),
            ("UPDATE", _forget(table, "OLD") + " " + _forget(table, "NEW")),
        ):
            db.execute_sql(
                f"CREATE TRIGGER signal_cache_{table}_{event.lower()} AFTER {event} ON {table} "
                f"BEGIN {body} END"
            )


def down(migrator, db):
    for table in SOURCES:
        for event in ("insert", "delete", "update"):
            db.execute_sql(f"DROP TRIGGER IF EXISTS signal_cache_{table}_{event}")
    migrator.migrate(migrator.drop_table("signal_cache"))
