"""Mail read from its bodies, and mail sources read incrementally.

- `message.asks_change` becomes `change_request` (a revision request), beside a new `not_quite`
  ("that's not quite it" feedback) and `excerpt` (at most 200 characters of the message's new text
  that the evidence can quote; never the body). The inbound-message index carries both flags so the
  health signals still read the index alone.
- `mail_source`: each mbox file or Maildir folder the user imported, with where reading stopped
  (size, offset and Message-ID of the last message) and the reading-rules version it was read with.
- The user's edited phrase lists (`health.change_phrases`, `health.urgent_words`, which replaced
  the built-in lists) become additions in `phrases.own`: what they held beyond the built-in lists.
"""

import json

from peewee import *

from clientfit.store.migration_schema import Table

_OLD_CHANGE = {
    "not quite", "one more round", "another round", "another version", "can we change",
    "could we change", "can you change", "could you change", "a few changes", "small change",
    "try again", "start over", "different direction", "not what we", "not what i", "revise",
    "revision", "tweak", "inte riktigt", "en runda till", "en till runda", "en vända till",
    "kan vi ändra", "kan du ändra", "kan ni ändra", "ändra", "ändring", "justera", "en gång till",
    "göra om", "gör om", "nästan", "annan riktning", "inte vad", "duger inte",
}  # fmt: skip
_OLD_URGENT = {
    "urgent", "asap", "emergency", "immediately", "right away", "need this today", "brådskande",
    "brådis", "akut", "omgående", "snarast", "behöver svar nu", "behöver detta nu",
}  # fmt: skip


def up(migrator, db):
    migrator.migrate(
        migrator.drop_index("message", "message_client_id_direction_sent_at_asks_change"),
        migrator.rename_column("message", "asks_change", "change_request"),
        # NOT NULL with an SQL default: added in place, no copy of a big message table
        migrator.add_column(
            "message",
            "not_quite",
            BooleanField(default=False, constraints=[SQL("DEFAULT FALSE")]),
            allow_not_null=True,
        ),
        migrator.add_column(
            "message",
            "excerpt",
            TextField(default="", constraints=[SQL("DEFAULT ''")]),
            allow_not_null=True,
        ),
        migrator.add_index(
            "message", ("client_id", "direction", "sent_at", "change_request", "not_quite"), False
        ),
    )

    Table(db, "mail_source").create(
        path=TextField(unique=True),
        kind=CharField(),
        device=IntegerField(default=0),
        inode=IntegerField(default=0),
        size=IntegerField(default=0),
        offset=IntegerField(default=0),
        last_message_id=TextField(default=""),
        messages=IntegerField(default=0),
        mtime_ns=IntegerField(default=0),
        rules_version=CharField(default=""),
        read_at=DateTimeField(null=True),
    )
    _move_phrase_settings(db)


def _move_phrase_settings(db):
    rows = dict(
        db.execute_sql(
            "SELECT key, value FROM setting WHERE key IN "
            "('health.change_phrases', 'health.urgent_words')"
        ).fetchall()
    )
    own = {"change_request": [], "not_quite": [], "urgent": []}
    for key, builtin, kind in (
        ("health.change_phrases", _OLD_CHANGE, "change_request"),
        ("health.urgent_words", _OLD_URGENT, "urgent"),
    ):
        try:
            value = json.loads(rows.get(key) or "[]")
        except ValueError:
            value = []
        if isinstance(value, list):
            for phrase in value:
                text = " ".join(str(phrase).casefold().split())
                if text and text not in builtin and text not in own[kind]:
                    own[kind].append(text)
    if any(own.values()):
        db.execute_sql(
            "INSERT INTO setting (key, value) VALUES ('phrases.own', ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (json.dumps(own, ensure_ascii=False),),
        )
    db.execute_sql(
        "DELETE FROM setting WHERE key IN ('health.change_phrases', 'health.urgent_words')"
    )
