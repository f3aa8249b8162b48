"""Record versions: saving over someone else's newer edit is refused with who and when.

With one roster shared by several people (PostgreSQL, store/engines), two windows may edit the
same client. Every client and note carries `row_version`; a form remembers the version it showed,
and `save_versioned` writes only if the row still has it - in the same UPDATE, so no lock is held
while the user types and no other write can slip in between. Otherwise `EditConflict` says
"changed by X at 14:02 - reload or overwrite"; the caller reloads, or saves again with
`overwrite=True`. Who is the database role on PostgreSQL and the OS user on SQLite.
"""

from __future__ import annotations

import datetime as dt
import getpass
from typing import Any

from peewee import Model

from clientfit.i18n import _
from clientfit.store.database import db
from clientfit.store.engines import is_postgres


class EditConflict(Exception):
    """The record changed since it was shown; the message is for the user."""

    def __init__(self, what: str, who: str, when: dt.datetime | None, version: int):
        self.who, self.when, self.version = who, when, version
        local = when.replace(tzinfo=dt.timezone.utc).astimezone() if when else None
        super().__init__(
            _("“{what}” was changed by {who} at {time} — reload or overwrite.").format(
                what=what, who=who or _("someone"), time=local.strftime("%H:%M") if local else "?"
            )
        )


def who_am_i() -> str:
    """The name saved in `changed_by`: the PostgreSQL role, else the operating-system user."""
    if is_postgres(db):
        return db.execute_sql("SELECT current_user").fetchone()[0]
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "?"


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None, microsecond=0)


def save_versioned(
    model: type[Model], row_id: int, seen: int, changes: dict[str, Any], *, overwrite: bool = False
) -> int:
    """Write `changes` to row `row_id` of `model` if it still has version `seen` (or anyway, with
    `overwrite`); returns the new version. Raises EditConflict naming who changed it, and when."""
    stamp = {
        model.row_version: model.row_version + 1,
        model.changed_by: who_am_i(),
        model.changed_at: _now(),
    }
    values = {getattr(model, k): v for k, v in changes.items()} | stamp
    with db.atomic():
        query = model.update(values).where(model.id == row_id)
        if not overwrite:
            query = query.where(model.row_version == seen)
        if query.execute() == 1:
            return model.select(model.row_version).where(model.id == row_id).scalar()
        row = model.get_or_none(model.id == row_id)
    if row is None:
        raise LookupError(row_id)
    what = getattr(row, "name", None) or model._meta.table_name
    raise EditConflict(what, row.changed_by or "", row.changed_at, row.row_version)
