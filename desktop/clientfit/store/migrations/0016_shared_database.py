"""Several people, one roster (issue 20): record versions, and notes private to their author.

- `client` and `note` get `row_version` (1, then one more at every versioned save),
  `changed_by` and `changed_at` (who saved last, when), so saving over someone else's newer edit
  is caught and named ("changed by X at 14:02 - reload or overwrite"; store/record_versions.py).
- `note.author` (the database role or OS user who wrote it) and `note.private`: a private note
  is shown to its author alone (every query of the store honours it; on PostgreSQL a row-level
  security policy too, store/engines/postgres_sql.py).

All columns are added in place (NOT NULL only with a SQL default), so no table is rebuilt.
"""

from peewee import SQL, BooleanField, CharField, DateTimeField, IntegerField


def up(migrator, db):
    def version():
        return IntegerField(default=1, constraints=[SQL("DEFAULT 1")])

    migrator.migrate(
        migrator.add_column("client", "row_version", version(), allow_not_null=True),
        migrator.add_column("client", "changed_by", CharField(null=True)),
        migrator.add_column("client", "changed_at", DateTimeField(null=True)),
        migrator.add_column("note", "row_version", version(), allow_not_null=True),
        migrator.add_column("note", "changed_by", CharField(null=True)),
        migrator.add_column("note", "changed_at", DateTimeField(null=True)),
        migrator.add_column("note", "author", CharField(null=True)),
        migrator.add_column(
            "note",
            "private",
            BooleanField(default=False, constraints=[SQL("DEFAULT FALSE")]),
            allow_not_null=True,
        ),
    )


def down(migrator, db):
    migrator.migrate(
        *(migrator.drop_column("client", c) for c in ("row_version", "changed_by", "changed_at")),
        *(
            migrator.drop_column("note", c)
            for c in ("row_version", "changed_by", "changed_at", "author", "private")
        ),
    )
