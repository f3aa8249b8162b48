"""`me set|show`: what Clientfit knows about the user.

`--currency CUR`, the base currency every converted figure is in (exchange rates are set with
`rate set`), and the profile that signs the letter and heads the packet (--name, --business,
--address, --org-number, --email, --phone, --signature; `commands.profile`).
"""

from __future__ import annotations

import argparse

from clientfit.commands import EXIT_OK, CliError
from clientfit.commands.profile import add_profile_options, apply_profile, register_show
from clientfit.i18n import _


def register(sub: argparse._SubParsersAction) -> None:
    me = sub.add_parser("me", help="what Clientfit knows about you")
    msub = me.add_subparsers(dest="me_command", metavar="set|show", required=True)
    p = msub.add_parser("set", help='change your details ("" clears one)')
    p.add_argument("--currency", metavar="CUR", help="your base currency, e.g. SEK")
    add_profile_options(p)
    p.set_defaults(func=cmd_me_set, writes=True)
    register_show(msub)


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
    if apply_profile(args):
        done.append(_("your details"))
    if not done:
        raise CliError(_("Nothing to set: give --currency or one of your details (--name, ...)."))
    print(_("Set {what}.").format(what=", ".join(done)))
    return EXIT_OK
