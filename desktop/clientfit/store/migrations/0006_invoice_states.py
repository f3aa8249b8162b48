"""Invoice states as the billing tools export them: `status` (open | partial | disputed) and,
for a partly paid invoice whose export says how much, `amount_paid`.

`open` is every invoice as before (what its payments say); `partial` has been paid in part
(`amount_paid` when the export carries the figure - its payments hold the same amount - and NULL
when it does not: then the paid amount is unknown and the invoice is not counted as wholly
outstanding); `disputed` is shown but left out of the late-payment risk until resolved.
"""

from peewee import SQL, CharField, DecimalField


def up(migrator, db):
    # NOT NULL with a database default: existing rows and raw inserts (the synthetic portfolio)
    # read "open", and SQLite adds the column in place (no table rebuild)
    status = CharField(default="open", constraints=[SQL("DEFAULT 'open'")])
    migrator.migrate(
        migrator.add_column("invoice", "status", status, allow_not_null=True),
        migrator.add_column(
            "invoice",
            "amount_paid",
            DecimalField(null=True, max_digits=14, decimal_places=2, auto_round=True),
        ),
    )


def down(migrator, db):
    migrator.migrate(
        migrator.drop_column("invoice", "amount_paid"),
        migrator.drop_column("invoice", "status"),
    )
