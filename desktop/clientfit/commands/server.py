"""`server-password URL`: keep a PostgreSQL role's password in the OS keyring, read from stdin.

Clientfit then connects to that database without a password in the URL (store/engines/
postgres_connect.py); the password never appears on a command line or in a settings file.
"""

from __future__ import annotations

import argparse
import sys

from clientfit.commands import EXIT_OK, CliError
from clientfit.i18n import _


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "server-password",
        help="keep the password of a postgresql:// database in the OS keyring (read from stdin)",
    )
    p.add_argument("url", metavar="URL", help="postgresql://user@host[:port]/dbname")
    p.set_defaults(func=cmd_server_password, needs_db=False, writes=False)


def cmd_server_password(args) -> int:
    from clientfit.store.engines import is_url, redact
    from clientfit.store.engines.postgres_connect import remember_password

    if not is_url(args.url):
        raise CliError(_("{url} is not a postgresql:// URL.").format(url=args.url))
    password = sys.stdin.readline().rstrip("\n")
    if not password:
        raise CliError(_("No password on standard input; nothing was kept."))
    if not remember_password(args.url, password):
        raise CliError(_("There is no keyring on this computer; nothing was kept."))
    print(_("The password for {url} is in the keyring.").format(url=redact(args.url)))
    return EXIT_OK
