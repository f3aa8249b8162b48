"""Where Clientfit keeps its files, resolved once, on demand, with an override for tests.

Nothing here touches the disk at import time; folders are created only when asked for.
"""

from __future__ import annotations

import os
from pathlib import Path

from clientfit import APP_NAME

_data_dir_override: Path | None = None


def set_data_dir(path: Path | None) -> None:
    """Point every data path somewhere else (tests, portable use); None restores the default."""
    global _data_dir_override
    _data_dir_override = Path(path) if path is not None else None


def data_dir(create: bool = True) -> Path:
    """The user's data directory for Clientfit (platformdirs), e.g. ~/.local/share/Clientfit."""
    if _data_dir_override is not None:
        path = _data_dir_override
    elif os.environ.get("CLIENTFIT_DATA_DIR"):
        path = Path(os.environ["CLIENTFIT_DATA_DIR"])
    else:
        from platformdirs import user_data_path

        path = user_data_path(APP_NAME, appauthor=False)
    if create:
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def default_db_path() -> Path | str:
    """The database the app and the CLI use when neither --db nor CLIENTFIT_DB says otherwise."""
    env = os.environ.get("CLIENTFIT_DB")
    if env and env.strip().lower().startswith(("postgresql://", "postgres://")):
        return env.strip()  # a PostgreSQL server (store/engines): a URL, not a path
    if env:
        return Path(env).expanduser()
    return data_dir() / "clientfit.db"


def backup_dir(db_path: Path) -> Path:
    """Backups live beside the database they protect, in a `backups` folder."""
    return Path(db_path).resolve().parent / "backups"
