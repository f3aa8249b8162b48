"""User settings as JSON values in the `setting` table.

This module stores and fetches; the meaning and default of each key live with the layer that uses
it (the health weights in `health`, the cooling-off period in `offboarding`, ...), so a default has
one home.
"""

from __future__ import annotations

import json
from typing import Any

from clientfit.store.database import db
from clientfit.store.models import Setting


def get_setting(key: str, default: Any = None) -> Any:
    row = Setting.get_or_none(Setting.key == key)
    if row is None:
        return default
    try:
        return json.loads(row.value)
    except ValueError:
        return default


def set_setting(key: str, value: Any) -> None:
    Setting.insert(key=key, value=json.dumps(value, ensure_ascii=False)).on_conflict(
        conflict_target=[Setting.key], update={Setting.value: json.dumps(value, ensure_ascii=False)}
    ).execute()


def set_settings(values: dict[str, Any]) -> None:
    """Several settings at once, in one transaction."""
    with db.atomic():
        for key, value in values.items():
            set_setting(key, value)
