"""peewee imported without its PostgreSQL driver; the driver is attached when a PostgreSQL
database is opened.

Why: peewee imports psycopg (and libpq with it) at its own import, in case a PostgreSQL database is
opened. That was 70 ms of a cold start measured at 330 ms (benchmarks/RESULTS.md, stop 14), spent
on a driver that a local database, the default, never uses. `import_peewee()`, run by the store
package before any of its modules loads, imports peewee with psycopg hidden; `attach_psycopg()`,
run by `store/engines/postgres.py` before it makes its database, binds the driver as peewee's own
import would have: the four names of its try-block and its psycopg 3 adapter's transaction states
(tests/store/test_peewee_driver.py compares them with a peewee imported the ordinary way, and opens
a PostgreSQL database through this path). Where peewee was imported before the store package (a
module that imports peewee first, as the tests do), it has its driver already and both do nothing.
"""

from __future__ import annotations

import sys


def import_peewee() -> None:
    """Import peewee, without psycopg unless psycopg is loaded already."""
    if "peewee" in sys.modules or "psycopg" in sys.modules:
        return
    sys.modules["psycopg"] = None  # type: ignore[assignment]  # `import psycopg` raises ImportError
    try:
        import peewee  # noqa: F401
    finally:
        del sys.modules["psycopg"]


def attach_psycopg() -> None:
    """Give peewee the psycopg 3 driver it left out at import (nothing when it has it)."""
    import peewee

    if peewee.psycopg is not None:
        return
    import psycopg
    from psycopg.pq import TransactionStatus
    from psycopg.types.json import Json, Jsonb

    peewee.psycopg, peewee.TransactionStatus = psycopg, TransactionStatus
    peewee.Json_pg3, peewee.Jsonb_pg3 = Json, Jsonb
    adapter = peewee.Psycopg3Adapter
    adapter.txn_idle = TransactionStatus.IDLE
    adapter.txn_inerror = TransactionStatus.INERROR
    adapter.txn_unknown = TransactionStatus.UNKNOWN
