"""Invoice states as the billing tools export them: `status` (open | partial | disputed) and,
for a partly paid invoice whose export says how much, `amount_paid`.

`open` is every invoice as before (what its payments say); `partial` has been paid in part
(`amount_paid` when the export carries the figure, NULL when it does not - then the invoice is not
counted as wholly outstanding); `disputed` is shown but left out of the late-payment risk until
resolved.
"""

from peewee import CharField, DecimalField


def up(migrator, db):
    migrator.migrate(
        migrator.add_column("invoice", "status", CharField(default="open")),
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
