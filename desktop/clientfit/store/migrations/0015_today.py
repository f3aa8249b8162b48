"""The Today list (issue 16): a keep-in-touch interval per client, the user's done/snoozed marks on
Today's items (`today_mark`, the user's own decisions, with a reason), and the bands as they were
observed day by day (`band_mark`, derived: which band each client was in from which day, so
"the band dropped since last week" is one small query), and the invoices not paid in full
(`open_invoice`, derived, kept by triggers: store/open_invoices.py).
"""

from peewee import *

from clientfit.store.migration_schema import Table


def up(migrator, db):
    Client = Table(db, "client").model()

    TodayMark = Table(db, "today_mark").model(
        key=CharField(unique=True),
        client=ForeignKeyField(Client, on_delete="CASCADE"),
        state=CharField(),
        until=DateField(null=True),
        reason=TextField(default=""),
        marked_on=DateField(),
        created_at=DateTimeField(),
    )

    BandMark = Table(db, "band_mark").model(
        client=ForeignKeyField(Client, on_delete="CASCADE"),
        day=DateField(),
        band=CharField(),
        score=SmallIntegerField(null=True),
        indexes=((("client", "day"), True), (("day",), False)),
    )

    OpenInvoice = Table(db, "open_invoice").model(
        invoice_id=IntegerField(primary_key=True),
        client_id=IntegerField(),
        due_on=DateField(),
        owed=IntegerField(),
        indexes=((("due_on",), False),),
    )

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
