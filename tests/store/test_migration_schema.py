"""The migrations are frozen: each one builds, on both engines, exactly the schema it built when it
shipped, to the byte.

A database made by Clientfit N must look the same as one made by any later Clientfit that stops
at migration N, or an upgrade meets tables it does not expect. So every migration's result is
pinned here: an empty database is migrated one script at a time, and after each script the schema
(SQLite: every `sqlite_master` row, its SQL text included; PostgreSQL: every column with its type,
nullability and default, every index definition and every constraint definition) is compared with
`migration_schema/<engine>.txt`. That file holds, per migration, the schema lines it added and
removed; it was captured from the migrations as they stood before they were rewritten over
`store/migration_schema.py`.

A new migration adds its block to the files: run this test with CLIENTFIT_WRITE_SCHEMA=1 (it
writes the files and fails, so that a run that writes never passes), read the diff, commit it.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from peewee import SqliteDatabase
from playhouse.migrations import Runner

from clientfit.store.database import MIGRATIONS_DIR

SNAPSHOTS = Path(__file__).with_name("migration_schema")


def _migration_names() -> list[str]:
    return sorted(p.stem for p in MIGRATIONS_DIR.glob("[0-9][0-9][0-9][0-9]_*.py"))


def _sqlite_schema(database) -> set[str]:
    rows = database.execute_sql("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    return {f"{kind} {name} on {table}: {sql!r}" for kind, name, table, sql in rows}


def _postgres_schema(database) -> set[str]:
    columns = database.execute_sql(
        "SELECT table_name, ordinal_position, column_name, data_type, character_maximum_length, "
        "numeric_precision, numeric_scale, is_nullable, column_default "
        "FROM information_schema.columns WHERE table_schema = current_schema()"
    ).fetchall()
    indexes = database.execute_sql(
        "SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema()"
    ).fetchall()
    constraints = database.execute_sql(
        "SELECT t.relname, c.conname, pg_get_constraintdef(c.oid) FROM pg_constraint c "
        "JOIN pg_class t ON t.oid = c.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace "
        "WHERE n.nspname = current_schema()"
    ).fetchall()
    return (
        {
            f"column {t} {pos:02d} {name}: {kind} size={size} precision={precision},{scale} "
            f"null={null} default={default}"
            for t, pos, name, kind, size, precision, scale, null, default in columns
        }
        | {f"index {name} on {table}: {sql}" for table, name, sql in indexes}
        | {f"constraint {name} on {table}: {sql}" for table, name, sql in constraints}
    )


def _migrate_step_by_step(database, schema) -> list[str]:
    """The snapshot text: per migration, the schema lines it added (+) and removed (-)."""
    runner = Runner(database, str(MIGRATIONS_DIR))
    lines: list[str] = []
    before: set[str] = set()
    for name in _migration_names():
        with database.atomic():
            runner.up(target=name)
        after = schema(database)
        lines.append(f"== {name}")
        lines += [f"- {line}" for line in sorted(before - after)]
        lines += [f"+ {line}" for line in sorted(after - before)]
        before = after
    return lines


def _open(engine: str, request, tmp_path):
    if engine == "sqlite":
        database = SqliteDatabase(str(tmp_path / "fresh.db"), pragmas={"foreign_keys": 1})
        database.connect()
        return database, _sqlite_schema
    from clientfit.store.engines.postgres import ClientfitPostgres

    server = request.getfixturevalue("pg_server")
    name = server.create_database()
    request.addfinalizer(lambda: server.drop_database(name))
    return ClientfitPostgres(server.url(name)), _postgres_schema


def test_every_migration_builds_the_schema_it_built_when_it_shipped(engine, request, tmp_path):
    database, schema = _open(engine, request, tmp_path)
    try:
        got = _migrate_step_by_step(database, schema)
    finally:
        database.close()
    snapshot = SNAPSHOTS / f"{engine}.txt"
    if os.environ.get("CLIENTFIT_WRITE_SCHEMA") == "1":
        SNAPSHOTS.mkdir(exist_ok=True)
        snapshot.write_text("\n".join(got) + "\n", encoding="utf-8")
        pytest.fail(
            f"wrote {snapshot}: read its diff, then run again without CLIENTFIT_WRITE_SCHEMA"
        )
    want = snapshot.read_text(encoding="utf-8").splitlines()
    # the shipped migrations first: a migration newer than the snapshot must add its block
    assert got[: len(want)] == want
    assert len(got) == len(want), "a new migration: add its block (see the module docstring)"
