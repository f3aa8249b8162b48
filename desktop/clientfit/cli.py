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

# One module per area; each has register(subparsers). Order is the order of `--help`.
COMMAND_MODULES = (
    "clientfit.commands.roster",
    "clientfit.commands.health",
    "clientfit.commands.money",
    "clientfit.commands.me",
    "clientfit.commands.intake",
    "clientfit.commands.offboarding",
    "clientfit.commands.packet",
    "clientfit.commands.records",
    "clientfit.commands.decide",
    "clientfit.commands.backup",
)


def _writes(args: argparse.Namespace) -> bool:
    """Whether the command changes the database, as the command declares it: every command sets
    `writes` (True, False, or a function of its arguments) with its `func`; a test checks that.
    A writing command is refused while the app holds the database (store/lock.py); anything else
    then runs with `PRAGMA query_only`, so a command that writes without saying so fails."""
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
        help="database file (default: $CLIENTFIT_DB or clientfit.db in the user's data folder)",
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
    from clientfit.paths import default_db_path
    from clientfit.store.database import DatabaseError, close_database, db, open_database
    from clientfit.store.lock import DatabaseInUse, check_writable, holder, in_use_message

    db_path = args.db or default_db_path()
    try:
        if _writes(args):
            check_writable(db_path)
        if getattr(args, "needs_db", True):
            result = open_database(db_path)
            if holder(db_path) is not None:
                db.pragma("query_only", 1)  # the app has it open: read, never write
            if result.migrated_from is not None:
                print(
                    f"Upgraded the database from schema {result.migrated_from}; "
                    f"backup: {result.backup}",
                    file=sys.stderr,
                )
        return int(args.func(args) or 0)
    except CliError as exc:
        print(f"clientfit-cli: {exc}", file=sys.stderr)
        return exc.code
    except DatabaseInUse as exc:
        print(f"clientfit-cli: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except peewee.OperationalError as exc:
        info = holder(db_path)
        if "readonly" not in str(exc) or info is None:
            raise
        print(f"clientfit-cli: {in_use_message(db_path, info)}", file=sys.stderr)
        return EXIT_USAGE
    except DatabaseError as exc:
        print(f"clientfit-cli: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        return 0
    finally:
        close_database()


if __name__ == "__main__":
    raise SystemExit(main())
