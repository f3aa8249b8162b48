"""Live refresh between computers: hearing that someone else changed the shared roster.

Every write to a table of the user's sends `NOTIFY clientfit_changed, '<table>'` at commit (the
statement triggers of postgres_sql.py). A `ChangeListener` holds its own connection, LISTENs, and
`wait(timeout)` returns the tables changed meanwhile - the app polls it off the GUI thread and
reloads what it shows, keeping the selection. Our own writes are heard too; reloading after them
is harmless. SQLite has no such thing: one file has one user.
"""

from __future__ import annotations

from clientfit.store.engines.postgres_sql import CHANNEL


class ChangeListener:
    """LISTEN on the database at `url`; `wait()` yields the names of changed tables."""

    def __init__(self, url: str):
        import psycopg

        self._conn = psycopg.connect(url, autocommit=True)
        self._conn.execute(f"LISTEN {CHANNEL}")

    def wait(self, timeout: float) -> set[str]:
        """The tables changed by commits heard within `timeout` seconds (empty: none)."""
        changed: set[str] = set()
        for notice in self._conn.notifies(timeout=timeout, stop_after=1):
            changed.add(notice.payload)
        # whatever else already arrived, without waiting again
        for notice in self._conn.notifies(timeout=0):
            changed.add(notice.payload)
        return changed

    def close(self) -> None:
        self._conn.close()
