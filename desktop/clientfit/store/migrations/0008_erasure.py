"""Erasure: salted hashes of what identified a deleted client (`erased_identity`).

A deleted client must stay deleted: imports and syncs skip a name or address found here, until
the user allows it back. Only salted SHA-256 digests are kept (the salt is a random setting of
this database), so the table does not itself keep the name it protects.
"""

from peewee import *

from clientfit.store.migration_schema import Table


def up(migrator, db):
    Table(db, "erased_identity").create(
        kind=CharField(),  # name | email | phone
        digest=CharField(index=True),
        erased_at=DateTimeField(),
        indexes=((("kind", "digest"), True),),
    )
