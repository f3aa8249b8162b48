"""The Today list (issue 16): a keep-in-touch interval per client, the user's done/snoozed marks on
Today's items (`today_mark`, the user's own decisions, with a reason), and the bands as they were
observed day by day (`band_mark`, derived: which band each client was in from which day, so
"the band dropped since last week" is one small query), and the invoices not paid in full
(`open_invoice`, derived, kept by triggers: store/open_invoices.py).
"""

from peewee import *


def up(migrator, db):
    class Client(Model):
        class Meta:
            database = db
            table_name = "client"

    class TodayMark(Model):
        key = CharField(unique=True)
        client = ForeignKeyField(Client, on_delete="CASCADE")
        state = CharField()
        until = DateField(null=True)
        reason = TextField(default="")
        marked_on = DateField()
        created_at = DateTimeField()

        class Meta:
            database = db
            table_name = "today_mark"

    class BandMark(Model):
        client = ForeignKeyField(Client, on_delete="CASCADE")
        day = DateField()
        band = CharField()
        score = SmallIntegerField(null=True)

        class Meta:
            database = db
            table_name = "band_mark"
            indexes = ((("client", "day"), True), (("day",), False))

    class OpenInvoice(Model):
        invoice_id = IntegerField(primary_key=True)
        client_id = IntegerField()
        due_on = DateField()
        owed = IntegerField()

        class Meta:
            database = db
            table_name = "open_invoice"
            indexes = ((("due_on",), False),)

    migrator.migrate(
        migrator.add_column("client", "keep_in_touch_days", IntegerField(null=True)),
    )
    db.create_tables([TodayMark, BandMark, OpenInvoice])
    # filled (and kept by triggers) by store.open_invoices.ensure, right after the migrations


def down(migrator, db):
    db.execute_sql("DROP TABLE IF EXISTS open_invoice")
    db.execute_sql("DROP TABLE IF EXISTS band_mark")
    db.execute_sql("DROP TABLE IF EXISTS today_mark")
    migrator.migrate(migrator.drop_column("client", "keep_in_touch_days"))
