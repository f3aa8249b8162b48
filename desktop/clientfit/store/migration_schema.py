"""The one helper the migration scripts share: a table stated as its name, its fields and its
indexes, so each script says only what is its own.

`Table(db, "today_mark").create(key=CharField(unique=True), ..., indexes=...)` builds the peewee
model of a table as that migration knows it and creates the table; `.model(...)` only builds the
model (created later, or with no fields: a table an earlier migration made, for a foreign key to
point at).

Why the migrations do not import the live models (`store/models.py`, `derived_models.py`,
`source_models.py`): a migration is frozen. It must build its tables as they were when it shipped,
for ever, because a database stamped with its number is assumed to hold exactly that; the live
models describe the newest schema and change with every release, so a migration reading them
would build something else tomorrow, and the migrations after it (which alter those tables) would
meet columns they do not expect. So every migration states its own fields, and this module holds
only the mechanics, which are frozen too: what it emits is part of every migration's result (the
model's class name, for one, names its indexes). `tests/store/test_migration_schema.py` pins that
result per migration and engine to the byte. This module imports peewee and nothing of ours.
"""

from __future__ import annotations

from peewee import Database, Field, Model


class Table:
    """One table of one migration: its database and name; `model` or `create` adds the fields."""

    def __init__(self, db: Database, name: str) -> None:
        self.db = db
        self.name = name

    def model(self, /, *, indexes=(), **fields: Field) -> type[Model]:
        """The model with `fields` in the order given; `indexes` as peewee's Meta takes them
        (`((("client", "day"), True),)`: columns, unique)."""
        meta = type("Meta", (), {"database": self.db, "table_name": self.name, "indexes": indexes})
        # peewee names an index after the lower-cased class name ("todaymark_client_id")
        name = "".join(part.title() for part in self.name.split("_"))
        return type(name, (Model,), {"__module__": __name__, "Meta": meta, **fields})

    def create(self, /, *, indexes=(), **fields: Field) -> type[Model]:
        """`model(...)`, created in the database with its indexes."""
        model = self.model(indexes=indexes, **fields)
        self.db.create_tables([model])
        return model
