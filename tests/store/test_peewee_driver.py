"""peewee without psycopg at import, the driver attached for PostgreSQL (store/peewee_driver.py).

Each case runs in a fresh interpreter: this test process imported peewee, with its driver, long
before (as any module that imports peewee before the store does).
"""

from __future__ import annotations

import json
import subprocess
import sys

DUMP = """
import json, peewee
a = peewee.Psycopg3Adapter
print(json.dumps({
    "psycopg": getattr(peewee.psycopg, "__name__", None),
    "names": [repr(getattr(peewee, n, None)) for n in ("TransactionStatus", "Json_pg3", "Jsonb_pg3")],
    "states": [repr(getattr(a, n, None)) for n in ("txn_idle", "txn_inerror", "txn_unknown")],
}))
"""


def _run(code: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip().splitlines()[-1]


def test_opening_the_store_does_not_load_psycopg():
    loaded = _run("import sys, clientfit.store.database; print('psycopg' in sys.modules)")
    assert loaded == "False"


def test_the_attached_driver_is_what_peewee_binds_at_its_own_import():
    ordinary = json.loads(_run(DUMP))
    deferred_then_attached = json.loads(
        _run(
            "import sys, clientfit.store\n"
            "import peewee\n"
            "assert peewee.psycopg is None and 'psycopg' not in sys.modules\n"
            "from clientfit.store.peewee_driver import attach_psycopg\n"
            "attach_psycopg()\n" + DUMP
        )
    )
    assert ordinary["psycopg"] == "psycopg"
    assert deferred_then_attached == ordinary


def test_a_postgresql_database_opens_through_the_attached_driver(pg_server):
    name = pg_server.create_database()
    try:
        out = _run(
            "import sys\n"
            "from clientfit.store.database import close_database, db, open_database\n"
            "assert 'psycopg' not in sys.modules\n"
            f"open_database({pg_server.url(name)!r})\n"
            "db.execute_sql(\"INSERT INTO setting (key, value) VALUES ('k', 'v')\")\n"
            "with db.atomic():\n"
            "    n = db.execute_sql('SELECT COUNT(*) FROM setting').fetchone()[0]\n"
            "close_database()\n"
            "print(n)"
        )
    finally:
        pg_server.drop_database(name)
    assert int(out) >= 1
