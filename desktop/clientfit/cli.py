"""clientfit-cli: the app's work without a window, for scripting and tests.

A thin argparse layer over the same services the UI uses. Each area registers its subcommands from
a module in `clientfit.commands`; this file only assembles them, opens the database and maps
failures to exit codes: 0 done, 1 done with rejected records, 2 bad usage or unreadable input.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

import peewee

from clientfit import __version__
from clientfit.commands import EXIT_USAGE, CliError
from clientfit.i18n import _

# One module per area; each has register(subparsers). Order is the order of `--help`.
COMMAND_MODULES = (
    "clientfit.commands.roster",
    "clientfit.commands.health",
    "clientfit.commands.money",
    "clientfit.commands.me",
    "clientfit.commands.intake",
    "clientfit.commands.sources",
    "clientfit.commands.offboarding",
    "clientfit.commands.today",
    "clientfit.commands.packet",
    "clientfit.commands.records",
    "clientfit.commands.decide",
    "clientfit.commands.backup",
    "clientfit.commands.encryption",
    "clientfit.commands.copy",
    "clientfit.commands.server",
)


def _writes(args: argparse.Namespace) -> bool:
    """Whether the command changes the database, as the command declares it: every command sets
    `writes` (True, False, or a function of its arguments) with its `func`; a test checks that.
    While the app holds the database (store/lock.py) a writing command still runs - SQLite's WAL
    serialises the writers and the app notices the commit (PRAGMA data_version) - except one that
    replaces the whole file (restore, encrypt, decrypt: `needs_db=False`); anything else then
    runs with `PRAGMA query_only`, so a command that writes without saying so fails."""
    flag = args.writes
    return bool(flag(args) if callable(flag) else flag)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="clientfit-cli",
        description="Clientfit without a window: roster, health scores, imports, offboarding packets.",
    )
    parser.add_argument("--version", action="version", version=f"clientfit {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH",
        help="database file, or a postgresql://user@host/dbname URL (default: $CLIENTFIT_DB or "
        "clientfit.db in the user's data folder)",
    )
    parser.add_argument(
        "--passphrase-stdin",
        dest="global_passphrase_stdin",
        action="store_true",
        help="an encrypted database without a keyring: read its passphrase from standard input",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    import os

    from clientfit.i18n import set_language

    set_language(os.environ.get("CLIENTFIT_LANG", "en"))  # scripts get stable English by default
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    from clientfit.commands.safe_output import sanitised_output

    with sanitised_output():
        return _run(args)


def _passphrase(args: argparse.Namespace, db_path):
    """How to ask for an encrypted database's passphrase; commands that open the database
    themselves (backup, restore) get its key here."""
    from clientfit.commands.encryption import passphrase_reader
    from clientfit.store import encryption

    if args.command in ("encrypt", "decrypt") or not encryption.is_encrypted(db_path):
        return None
    ask = passphrase_reader(args.global_passphrase_stdin)
    if not getattr(args, "needs_db", True):
        from clientfit.store.database import DatabaseError

        try:
            encryption.set_current_key(encryption.unlock(db_path, ask))
        except encryption.EncryptionError as exc:
            raise DatabaseError(str(exc)) from None
    return ask


def _warn_plain_output(args: argparse.Namespace) -> None:
    """Exports of an encrypted database are not encrypted: say so."""
    from clientfit.store import encryption

    target = getattr(args, "output", None) or getattr(args, "ics", None)
    if target and encryption.current_key() is not None and args.command != "backup":
        print(
            _("Note: {path} is not encrypted; keep it somewhere safe.").format(path=target),
            file=sys.stderr,
        )


def _run(args: argparse.Namespace) -> int:
    from clientfit.commands.failures import explain
    from clientfit.paths import default_db_path
    from clientfit.store.database import DatabaseError, close_database, db, open_database
    from clientfit.store.integrity import DamagedDatabase, require_sound
    from clientfit.store.lock import (
        DatabaseInUse,
        check_same_file,
        check_same_schema,
        check_writable,
        holder,
    )

    db_path = args.db or default_db_path()
    writes = _writes(args)
    from clientfit.store.engines import driver_errors, is_url

    if is_url(str(db_path)):
        return _run_on_server(args, str(db_path))
    try:
        check_same_file(db_path)
        if writes and not getattr(args, "needs_db", True):
            check_writable(db_path)  # restore, encrypt, decrypt replace the file the app has open
        if getattr(args, "needs_db", True):
            check_same_schema(db_path)  # never upgrade a file under a running app
        ask = _passphrase(args, db_path)
        if getattr(args, "needs_db", True):
            result = open_database(db_path, ask_passphrase=ask)
            if result.read_only and writes:
                raise CliError(
                    _(
                        "{db} is read-only; nothing was changed. Make it writable to change it."
                    ).format(db=db_path)
                )
            if not writes and holder(db_path) is not None and not getattr(args, "dry_run", False):
                db.pragma("query_only", 1)  # the app has it open: a reading command only reads
            if writes:
                require_sound(db, db_path)  # never write into a damaged file
            if result.migrated_from is not None:
                print(
                    f"Upgraded the database from schema {result.migrated_from}; "
                    f"backup: {result.backup}",
                    file=sys.stderr,
                )
        code = int(args.func(args) or 0)
        if writes and code != EXIT_USAGE and getattr(args, "needs_db", True) and holder(db_path):
            from clientfit.store.outside_writes import note_outside_write

            note_outside_write()  # the app tells this commit from its own workers' by it
        _warn_plain_output(args)
        return code
    except CliError as exc:
        print(f"clientfit-cli: {exc}", file=sys.stderr)
        return exc.code
    except (DatabaseInUse, DatabaseError, DamagedDatabase) as exc:
        print(f"clientfit-cli: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        return 0
    except (peewee.PeeweeException, *driver_errors(), OSError, RecursionError, MemoryError) as exc:
        message = explain(exc, db_path)
        if message is None:
            raise
        print(f"clientfit-cli: {message}", file=sys.stderr)
        return EXIT_USAGE
    finally:
        close_database()


def _run_on_server(args: argparse.Namespace, url: str) -> int:
    """A command on a PostgreSQL database: no file to lock, guard or decrypt; the server does
    that (roles, transactions); the same commands otherwise."""
    from clientfit.commands.failures import explain
    from clientfit.store.database import DatabaseError, close_database, open_database
    from clientfit.store.engines import driver_errors, redact

    try:
        if getattr(args, "needs_db", True):
            result = open_database(url)
            if result.migrated_from is not None:
                print(f"Upgraded the database from schema {result.migrated_from}", file=sys.stderr)
        return int(args.func(args) or 0)
    except CliError as exc:
        print(f"clientfit-cli: {exc}", file=sys.stderr)
        return exc.code
    except DatabaseError as exc:
        print(f"clientfit-cli: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        return 0
    except (peewee.PeeweeException, *driver_errors(), OSError) as exc:
        message = explain(exc, redact(url))
        if message is None:
            message = _("{db}: {error}; nothing was changed.").format(
                db=redact(url), error=" ".join(str(exc).split())
            )
        print(f"clientfit-cli: {message}", file=sys.stderr)
        return EXIT_USAGE
    finally:
        close_database()


if __name__ == "__main__":
    raise SystemExit(main())
