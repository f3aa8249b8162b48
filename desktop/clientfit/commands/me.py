"""`clientfit-cli me set ...`: the user's own details (Settings → You), which sign the letter and
head the packet. `--currency` (the base currency) belongs to the money settings and is added by
their owner; this module holds the profile options only.
"""

from __future__ import annotations

import argparse

from clientfit.commands import EXIT_OK, CliError, print_json

OPTIONS = (
    ("--name", "name", "N", "your name, as you sign"),
    ("--business", "business", "B", "your business name"),
    ("--address", "address", "A", 'postal address; "\\n" between lines'),
    ("--org-number", "org_number", "O", "organisation number"),
    ("--email", "email", "E", "e-mail address"),
    ("--phone", "phone", "P", "phone number"),
    (
        "--signature",
        "signature",
        "S",
        "the lines under 'Kind regards' (default: built from the rest)",
    ),
)


def register(sub: argparse._SubParsersAction) -> None:
    me = sub.add_parser("me", help="your own details: the letterhead and signature")
    msub = me.add_subparsers(dest="me_command", metavar="set|show", required=True)
    p = msub.add_parser("set", help='change your details ("" clears one)')
    for flag, dest, metavar, helptext in OPTIONS:
        p.add_argument(flag, dest=dest, metavar=metavar, help=helptext)
    p.set_defaults(func=cmd_me_set, writes=True)
    p = msub.add_parser("show", help="show your details")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_me_show, writes=False)


def cmd_me_set(args) -> int:
    from clientfit.store.clients import ValidationError
    from clientfit.store.profile import set_profile

    changes = {}
    for _flag, dest, _m, _h in OPTIONS:
        value = getattr(args, dest, None)
        if value is not None:
            changes[dest] = (
                value.replace("\\n", "\n") if dest in ("address", "signature") else value
            )
    if not changes:
        raise CliError("Nothing to change: give at least one option (see me set --help).")
    try:
        set_profile(**changes)
    except ValidationError as exc:
        raise CliError(str(exc)) from exc
    print("Updated your details.")
    return EXIT_OK


def cmd_me_show(args) -> int:
    import dataclasses

    from clientfit.store.profile import profile

    mine = profile()
    if args.json:
        print_json(dataclasses.asdict(mine))
        return EXIT_OK
    for field in dataclasses.fields(mine):
        value = getattr(mine, field.name)
        if value:
            label = field.name.replace("_", " ").capitalize() + ":"
            print(f"{label:<12}" + value.replace("\n", "\n" + " " * 12))
    return EXIT_OK
