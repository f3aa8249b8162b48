"""`copy --from DB --to DB`: a whole database from a SQLite file to PostgreSQL, or back.

The work is `intake/copy.py` (one transaction, verified by counts and a checksum of the JSON
dump). It does not touch the `--db` database: both ends are named, so `writes` is False here and
the target is guarded on its own (a file the app has open is refused).
"""

from __future__ import annotations

import argparse

from clientfit.commands import EXIT_OK, CliError, print_json
from clientfit.i18n import _


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "copy",
        help="copy a whole database into an empty one (a file or a postgresql:// URL), verified",
    )
    p.add_argument("--from", dest="source", required=True, metavar="DB", help="file or URL")
    p.add_argument("--to", dest="target", required=True, metavar="DB", help="file or URL")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_copy, needs_db=False, writes=False)


def cmd_copy(args) -> int:
    from pathlib import Path

    from clientfit.intake.copy import CopyError, copy_database
    from clientfit.store.database import DatabaseError
    from clientfit.store.engines import is_url
    from clientfit.store.lock import holder, in_use_message

    for end in (args.source, args.target):
        if not is_url(end) and holder(Path(end)) is not None:
            raise CliError(in_use_message(Path(end), holder(Path(end))))
    if not is_url(args.source) and not Path(args.source).is_file():
        raise CliError(_("{path}: no such database file.").format(path=args.source))
    try:
        result = copy_database(args.source, args.target)
    except (CopyError, DatabaseError) as exc:
        raise CliError(str(exc)) from None
    if args.json:
        print_json(
            {
                "source": result.source,
                "target": result.target,
                "tables": result.counts,
                "checksum": result.checksum,
            }
        )
        return EXIT_OK
    total = sum(result.counts.values())
    print(
        _(
            "Copied {rows} records in {tables} tables from {source} to {target}; counts and "
            "checksum match (sha256 {checksum})."
        ).format(
            rows=total,
            tables=len(result.counts),
            source=result.source,
            target=result.target,
            checksum=result.checksum[:16],
        )
    )
    return EXIT_OK
