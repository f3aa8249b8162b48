"""Erasure commands: `client delete NAME [--purge-backups]`, `client anonymise NAME`,
`client allow NAME [--email E ...]`.

Registered under `client` by commands/roster.py. The work is store/erasure.py's.
"""

from __future__ import annotations

import argparse

from clientfit.commands import EXIT_OK, EXIT_REJECTED
from clientfit.commands.arguments import client_named
from clientfit.i18n import _, ngettext


def register_client(csub: argparse._SubParsersAction) -> None:
    p = csub.add_parser(
        "delete", help="delete a client and everything recorded about it; imports skip it after"
    )
    p.add_argument("name", metavar="NAME")
    p.add_argument(
        "--purge-backups",
        action="store_true",
        help="also rewrite every backup without the client (each checked before it is replaced)",
    )
    p.set_defaults(func=cmd_delete, writes=True)

    p = csub.add_parser(
        "anonymise", help="remove who the client was but keep its money and hours in the totals"
    )
    p.add_argument("name", metavar="NAME")
    p.set_defaults(func=cmd_anonymise, writes=True)

    p = csub.add_parser(
        "allow", help="let imports create a deleted client (and its addresses) again"
    )
    p.add_argument("name", metavar="NAME")
    p.add_argument("--email", action="append", default=[], metavar="E")
    p.set_defaults(func=cmd_allow, writes=True)


def _db(args):
    from clientfit.paths import default_db_path

    return args.db or default_db_path()


def cmd_delete(args) -> int:
    from clientfit.store.backup import list_backups
    from clientfit.store.erasure import erase_client, purge_backups

    result = erase_client(client_named(args.name))
    print(
        _(
            "Deleted {name} and everything recorded about it. Imports and syncs will skip it "
            "(clientfit-cli client allow NAME lets it back)."
        ).format(name=result.name)
    )
    if not args.purge_backups:
        n = len(list_backups(_db(args)))
        if n:
            print(
                ngettext(
                    "It may still be in {n} backup; `client delete NAME --purge-backups` "
                    "removes it from it.",
                    "It may still be in {n} backups; `client delete NAME --purge-backups` "
                    "removes it from them.",
                    n,
                ).format(n=n)
            )
        return EXIT_OK
    purged = purge_backups(_db(args), result.name)
    print(
        _("Backups rewritten without it: {n}; never held it: {m}.").format(
            n=len(purged.purged), m=len(purged.untouched)
        )
    )
    for problem in purged.failed:
        print(_("Left as it was: {problem}").format(problem=problem))
    return EXIT_REJECTED if purged.failed else EXIT_OK


def cmd_anonymise(args) -> int:
    from clientfit.store.erasure import anonymise_client

    new = anonymise_client(client_named(args.name))
    print(
        _(
            "{name} is now “{new}”: contacts, notes, subjects and descriptions removed; money and "
            "hours kept."
        ).format(name=args.name, new=new)
    )
    return EXIT_OK


def cmd_allow(args) -> int:
    from clientfit.store.erasure import allow_back

    n = allow_back(args.name, args.email)
    print(_("Allowed back: {n}.").format(n=n))
    return EXIT_OK
