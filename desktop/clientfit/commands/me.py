"""`me set`: what Clientfit knows about the user.

Today: `--currency CUR`, the base currency every converted figure is in (exchange rates are set
with `rate set`). The other options of DESIGN.md's `me set` (name, business, address, org number,
e-mail, phone, signature) are added where marked below.
"""

from __future__ import annotations

import argparse

from clientfit.commands import EXIT_OK, CliError
from clientfit.i18n import _


def register(sub: argparse._SubParsersAction) -> None:
    me = sub.add_parser("me", help="what Clientfit knows about you")
    msub = me.add_subparsers(dest="me_command", metavar="set", required=True)
    p = msub.add_parser("set", help="change your details")
    p.add_argument("--currency", metavar="CUR", help="your base currency, e.g. SEK")
    # (the profile options - --name, --business, --address, --org-number, --email, --phone,
    # --signature - go here, each handled in cmd_me_set)
    p.set_defaults(func=cmd_me_set, writes=True)


def cmd_me_set(args) -> int:
    from clientfit.store.clients import ValidationError
    from clientfit.store.rates import set_base_currency

    done = []
    try:
        if args.currency is not None:
            code = set_base_currency(args.currency)
            done.append(_("base currency {cur}").format(cur=code))
    except ValidationError as exc:
        raise CliError(str(exc)) from exc
    if not done:
        raise CliError(_("Nothing to set: give --currency."))
    print(_("Set {what}.").format(what=", ".join(done)))
    return EXIT_OK
