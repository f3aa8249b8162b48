"""The migration numbering rule (ARCHITECTURE.md): four digits, each number once.

Parallel branches each add at most one migration, with the number the lead reserved for them; a
reserved number nobody used stays a gap for ever. A merge that brings two files with one number
fails here before any database sees it.
"""

from __future__ import annotations

import re

from clientfit.store.database import MIGRATIONS_DIR, schema_version

NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.py$")


def test_migrations_are_numbered_once_each():
    files = sorted(p.name for p in MIGRATIONS_DIR.glob("*.py") if p.name != "__init__.py")
    assert all(NAME.match(name) for name in files), files
    numbers = [int(NAME.match(name).group(1)) for name in files]
    assert len(set(numbers)) == len(numbers), f"two migrations share a number: {files}"
    assert numbers[0] == 1 and schema_version() == max(numbers)


def test_every_migration_defines_up():
    for path in MIGRATIONS_DIR.glob("[0-9][0-9][0-9][0-9]_*.py"):
        assert re.search(
            r"^def up\(migrator, (db|database)", path.read_text(encoding="utf-8"), re.M
        ), path


def test_migrations_import_only_peewee_and_the_migration_helper():
    """A migration is frozen: it must not read the live models, which change with every release
    (store/migration_schema.py says why)."""
    allowed = {"clientfit.store.migration_schema"}
    for path in MIGRATIONS_DIR.glob("[0-9][0-9][0-9][0-9]_*.py"):
        ours = set(
            re.findall(r"^\s*(?:from|import) (clientfit[\w.]*)", path.read_text("utf-8"), re.M)
        )
        assert ours <= allowed, f"{path.name} imports {sorted(ours - allowed)}"
