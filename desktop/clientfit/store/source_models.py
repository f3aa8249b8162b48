"""Mail sources the user set up to keep their mail current (Settings → Sources, `source add`).

A `SyncSource` is the user's choice - a Maildir or mbox folder on this computer, or an IMAP
account - and how its last sync went. It is configuration, not client data: a JSON dump leaves it
out (a path or an account means nothing on another computer), and the IMAP password is never here
but in the operating system's keyring. `ImapFolder` says how far each picked folder was read
(UIDVALIDITY and the last UID): without it a folder is read whole again, which stays idempotent
because a Message-ID already stored is not added twice.
"""

from __future__ import annotations

from peewee import (
    BooleanField,
    CharField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    TextField,
)

from clientfit.store.models import BaseModel, utcnow

SOURCE_KINDS = ("maildir", "mbox", "imap")


class SyncSource(BaseModel):
    """One mail source: a local folder (`path`) or an IMAP account (`host`, `port`, `user`)."""

    kind = CharField()  # maildir | mbox | imap
    path = TextField(null=True)  # a local source's file or folder, resolved
    host = CharField(null=True)
    port = IntegerField(null=True)
    user = CharField(null=True)
    folders = TextField(default="")  # IMAP: the picked folders, one a line
    starttls = BooleanField(default=False)  # IMAP on a plain port, STARTTLS required
    ca_file = TextField(null=True)  # IMAP: a private CA's certificate (PEM)
    enabled = BooleanField(default=True)
    created_at = DateTimeField(default=utcnow)
    synced_at = DateTimeField(null=True)  # the last sync that went through
    # a local folder's size and times when it was last read whole: the same again = nothing new
    fingerprint = TextField(default="")
    # the newest e-mail address (contact_point id) the source was read for: newer ones get their
    # past mail looked up (a client added after its mail was read)
    seen_point = IntegerField(default=0)
    last_error = TextField(null=True)  # what went wrong in the last sync, for the user; None: fine
    error_at = DateTimeField(null=True)

    class Meta:
        table_name = "sync_source"


class ImapFolder(BaseModel):
    """How far one picked folder of an IMAP source was read."""

    source = ForeignKeyField(SyncSource, backref="imap_folders", on_delete="CASCADE")
    name = TextField()
    uidvalidity = IntegerField(default=0)
    last_uid = IntegerField(default=0)

    class Meta:
        table_name = "imap_folder"
        indexes = ((("source", "name"), True),)


SOURCE_MODELS: list[type[BaseModel]] = [SyncSource, ImapFolder]
