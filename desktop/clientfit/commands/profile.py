"""The profile options of `me set` (--name, --business, --address, --org-number, --email,
--phone, --signature) and `me show`: the user's details that sign the letter and head the packet.
`commands.me` (which also takes --currency) calls `add_profile_options`, `apply_profile` and
`register_show`.
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


def add_profile_options(p: argparse.ArgumentParser) -> None:
    """The profile options of `me set`."""
    for flag, dest, metavar, helptext in OPTIONS:
        p.add_argument(flag, dest=dest, metavar=metavar, help=helptext)


def apply_profile(args) -> bool:
    """Store the profile options given (one transaction); False when none was given."""
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
        return False
    try:
        set_profile(**changes)
    except ValidationError as exc:
        raise CliError(str(exc)) from exc
    return True


def register_show(msub: argparse._SubParsersAction) -> None:
    p = msub.add_parser("show", help="show your details")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_me_show, writes=False)


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
