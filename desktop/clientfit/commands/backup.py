"""Backup commands: `backup [-o FILE]`, `restore FILE`, `backups [--json]`.

A backup only reads the database, so it works while the app has it open; a restore writes, so the
CLI refuses it then (`writes=True`, checked by cli.main). Neither opens the database through
`open_database` first: a backup can be made of any database SQLite reads, and a restore must work
even when the current file is damaged. After a restore the database is opened once, which upgrades
a backup from an older Clientfit.
"""

from __future__ import annotations

import argparse

from clientfit.commands import EXIT_OK, CliError, print_json, print_table
from clientfit.i18n import _


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "backup",
        help="back up the database (SQLite backup API, checked) to FILE or the backups folder",
    )
    p.add_argument("-o", "--output", metavar="FILE", help="where to write it (default: backups/)")
    p.set_defaults(func=cmd_backup, needs_db=False, writes=False)

    p = sub.add_parser(
        "restore", help="replace the database with a backup (the current state is backed up first)"
    )
    p.add_argument("file", metavar="FILE")
    p.set_defaults(func=cmd_restore, needs_db=False, writes=True)

    p = sub.add_parser(
        "backup-retention",
        help="how long backups made by hand or before a change are kept: DAYS or 'forever'",
    )
    p.add_argument("days", metavar="DAYS|forever")
    p.set_defaults(func=cmd_retention, writes=True)

    p = sub.add_parser("backups", help="list the backups of the database, newest first")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_backups, needs_db=False, writes=False)


def _db(args):
    from clientfit.paths import default_db_path

    return args.db or default_db_path()


def human_size(n: int) -> str:
    size = float(n)
    for unit in ("B", "kB", "MB", "GB"):
        if size < 1000 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1000
    return f"{n} B"  # pragma: no cover


def cmd_backup(args) -> int:
    from clientfit.store.backup import MANUAL, BackupError, backup_database

    try:
        path = backup_database(_db(args), dest=args.output, reason=MANUAL)
    except BackupError as exc:
        raise CliError(str(exc)) from None
    print(_("Backed up to {path} (integrity check ok).").format(path=path))
    return EXIT_OK


def cmd_restore(args) -> int:
    from clientfit.store.backup import BackupError
    from clientfit.store.database import open_database
    from clientfit.store.restore import restore_database

    db_path = _db(args)
    try:
        result = restore_database(db_path, args.file)
    except BackupError as exc:
        raise CliError(str(exc)) from None
    if result.safety_backup is not None:
        print(
            _("The state before the restore is backed up at {path}.").format(
                path=result.safety_backup
            )
        )
    if result.set_aside is not None:
        print(_("The damaged database was moved to {path}.").format(path=result.set_aside))
    opened = open_database(db_path)  # upgrades a backup from an older Clientfit
    if opened.migrated_from is not None:
        print(
            _("The restored database was upgraded from schema {n}.").format(n=opened.migrated_from)
        )
    print(_("Restored {db} from {path}.").format(db=db_path, path=result.restored_from))
    return EXIT_OK


def cmd_backups(args) -> int:
    from clientfit.store.backup import list_backups

    backups = list_backups(_db(args))
    if args.json:
        print_json(
            [
                {
                    "path": str(b.path),
                    "created": b.created.isoformat(),
                    "size": b.size,
                    "reason": b.reason,
                }
                for b in backups
            ]
        )
        return EXIT_OK
    if not backups:
        print(_("No backups yet."))
        return EXIT_OK
    print_table(
        [_("date"), _("size"), _("kind"), _("file")],
        [
            [b.local_time.strftime("%Y-%m-%d %H:%M"), human_size(b.size), b.reason, b.path.name]
            for b in backups
        ],
    )
    return EXIT_OK


def cmd_retention(args) -> int:
    from clientfit.store.backup import MANUAL_KEEP_KEY, prune_backups
    from clientfit.store.settings import set_setting

    if args.days.lower() in ("forever", "for-ever", "never"):
        set_setting(MANUAL_KEEP_KEY, None)  # for ever
        print(_("Backups made by hand or before a change are kept for ever."))
        return EXIT_OK
    try:
        days = int(args.days)
    except ValueError:
        raise CliError(
            _("expected a number of days or 'forever', not {v!r}").format(v=args.days)
        ) from None
    if days < 1:
        raise CliError(_("expected at least 1 day"))
    set_setting(MANUAL_KEEP_KEY, days)
    removed = prune_backups(_db(args))
    print(
        _(
            "Backups made by hand or before a change are kept {n} days; {m} older ones removed."
        ).format(n=days, m=len(removed))
    )
    return EXIT_OK
