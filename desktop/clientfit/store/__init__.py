"""Storage, the bottom layer: peewee models, opening the database, migrations, backups, the
signal cache's rows - and every raw SQL string and engine specific (a test fails on SQL elsewhere).

May import only the plumbing (`i18n`, `paths`, `fileio`, `resources`) and the standard library and
peewee; every other layer imports it. (import-linter: pyproject.toml; ARCHITECTURE.md.)
"""

from clientfit.store.peewee_driver import import_peewee

import_peewee()  # before any module of the store imports peewee: see store/peewee_driver.py
