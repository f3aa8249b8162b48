"""Invoice states as the billing tools export them: `status` (open | partial | disputed) and
`amount_paid`, a partly paid invoice's paid part where no payment records it.

`open` is every invoice as before (what its payments say); `partial` has been paid in part (its
payments, or `amount_paid`, say how much; with neither the paid amount is unknown and the invoice
is not counted as wholly outstanding); `disputed` is shown but left out of the late-payment risk
until resolved.
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
