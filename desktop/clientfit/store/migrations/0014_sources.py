"""Mail sources kept current: `sync_source` (a Maildir or mbox folder, or an IMAP account, the user
set up) and `imap_folder` (UIDVALIDITY and the last UID read of each picked IMAP folder).

No existing table changes; the IMAP password is kept in the keyring, never here.
"""

from peewee import *

from clientfit.store.migration_schema import Table


def up(migrator, db):
    SyncSource = Table(db, "sync_source").model(
        kind=CharField(),
        path=TextField(null=True),
        host=CharField(null=True),
        port=IntegerField(null=True),
        user=CharField(null=True),
        folders=TextField(default=""),
        starttls=BooleanField(default=False),
        ca_file=TextField(null=True),
        enabled=BooleanField(default=True),
        created_at=DateTimeField(),
        synced_at=DateTimeField(null=True),
        fingerprint=TextField(default=""),
        seen_point=IntegerField(default=0),
        last_error=TextField(null=True),
        error_at=DateTimeField(null=True),
    )

    ImapFolder = Table(db, "imap_folder").model(
        source=ForeignKeyField(SyncSource, on_delete="CASCADE"),
        name=TextField(),
        uidvalidity=IntegerField(default=0),
        last_uid=IntegerField(default=0),
        indexes=((("source", "name"), True),),
    )

    db.create_tables([SyncSource, ImapFolder])


def down(migrator, db):
    migrator.migrate(migrator.drop_table("imap_folder"), migrator.drop_table("sync_source"))
