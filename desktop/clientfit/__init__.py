"""Clientfit: a local-first client roster with a health gauge and a careful way to end a relationship.

The package's layers, top to bottom: the faces (`ui/`, and `cli.py` with `commands/`), `core/`,
`packet/`, the domain (`health/`, `offboarding/`, `intake/`), `common/`, `store/`, and the plumbing
(`i18n`, `paths`, `fileio`, `lazy`, `resources`). Each package's docstring says what it may import;
pyproject.toml's import-linter contracts check it (ARCHITECTURE.md).
"""

__version__ = "0.1.0"
APP_NAME = "Clientfit"
APP_ID = "se.clientfit.Clientfit"
