"""Roster commands: demo, clients, client add|set, colleague add|list|remove."""

from __future__ import annotations

import argparse
import datetime as dt

from clientfit.commands import EXIT_OK, days_arg, merge, print_json, print_table
from clientfit.commands.arguments import reported, whole_number, yes_no

_gut = whole_number("a rating of 1-5", 1, 5)
_positive = whole_number("a whole number", 1)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "demo", help="fill an empty database with the demo portfolio, or a large synthetic one"
    )
    p.add_argument(
        "--clients", type=_positive, help="generate a synthetic portfolio with this many clients"
    )
    p.add_argument(
        "--messages", type=_positive, default=None, help="messages in the synthetic portfolio"
    )
    p.set_defaults(func=cmd_demo, writes=True)

    p = sub.add_parser("clients", help="list the clients")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--active", action="store_true", help="leave out archived clients")
    p.set_defaults(func=cmd_clients, writes=False)

    client = sub.add_parser("client", help="add or change a client")
    csub = client.add_subparsers(
        dest="client_command", metavar="add|set|merge|delete|anonymise|allow", required=True
    )
    _register_add(csub, "client", "--needs", "branding, wordpress", cmd_client_add)
    p = csub.add_parser("set", help="change what you know about a client")
    p.add_argument("name")
    p.add_argument("--needs")
    p.add_argument("--disrespectful", type=yes_no, metavar="yes|no")
    p.add_argument("--gut", type=_gut, metavar="1-5")
    p.add_argument("--terms", type=days_arg, metavar="DAYS", help="payment terms in days")
    p.add_argument("--currency", metavar="CUR", help="the currency the client is billed in")
    p.add_argument(
        "--contract", metavar="FILE", help="= contract set --file: store the signed document"
    )
    p.add_argument("--rename", metavar="NEW_NAME")
    p.add_argument(
        "--keep-in-touch",
        type=days_arg,
        metavar="DAYS",
        help="remind me (Today) when no message, meeting or note came for DAYS days; 0: never",
    )
    p.set_defaults(func=cmd_client_set, writes=True)
    merge.register_client(csub)
    from clientfit.commands import erasure

    erasure.register_client(csub)

    colleague = sub.add_parser("colleague", help="your network, for referrals")
    gsub = colleague.add_subparsers(
        dest="colleague_command", metavar="add|set|remove|list", required=True
    )
    _register_add(gsub, "colleague", "--skills", "seo, copywriting", cmd_colleague_add)
    p = gsub.add_parser("list", help="list colleagues")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_colleague_list, writes=False)
    p = gsub.add_parser("remove", help="remove a colleague from your network")
    p.add_argument("name")
    p.set_defaults(func=cmd_colleague_remove, writes=True)
    from clientfit.commands.records import register_colleague

    register_colleague(gsub)


def _register_add(parent, kind: str, listing: str, example: str, func) -> None:
    """`client add` and `colleague add`: a name, an e-mail address and a comma-separated list."""
    p = parent.add_parser("add", help=f"add a {kind}")
    p.add_argument("name")
    p.add_argument("--email")
    p.add_argument(listing, help=f'comma-separated, e.g. "{example}"')
    p.set_defaults(func=func, writes=True)


def cmd_demo(args) -> int:
    from clientfit.store import demo, synthetic

    with reported(demo.NotEmptyError):
        if args.clients or args.messages:
            clients = args.clients or 100
            result = synthetic.generate_large(clients, args.messages or clients * 100)
        else:
            result = demo.load_demo()
    print(
        f"Created {result.clients} clients, {result.contacts} contacts, {result.messages} messages, "
        f"{result.time_entries} time entries, {result.invoices} invoices, {result.deliverables} deliverables, "
        f"{result.colleagues} colleagues."
    )
    return EXIT_OK


def _day(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def cmd_clients(args) -> int:
    from clientfit.store.summaries import client_summaries

    rows = client_summaries(include_archived=not args.active)
    if args.json:
        print_json(
            [
                {
                    "name": r.name,
                    "status": "ending" if r.ending and r.status == "active" else r.status,
                    "needs": r.needs,
                    "contacts": r.contacts,
                    "messages": r.messages,
                    "hours": r.hours,
                    "invoiced": str(r.invoiced),
                    "paid": str(r.paid),
                    "outstanding": str(r.outstanding),
                    "currency": r.currency,
                    "other_currencies": {
                        cur: {
                            "invoiced": str(m.invoiced),
                            "paid": str(m.paid),
                            "outstanding": str(m.outstanding),
                        }
                        for cur, m in r.other_currencies.items()
                    },
                    "last_contact": _day(r.last_contact),
                }
                for r in rows
            ]
        )
    else:
        print_table(
            ["Client", "Status", "Messages", "Hours", "Outstanding", "Last contact"],
            [
                [
                    r.name,
                    "ending" if r.ending and r.status == "active" else r.status,
                    r.messages,
                    f"{r.hours:.1f}",
                    " + ".join(
                        [f"{r.outstanding} {r.currency}"]
                        + [
                            f"{m.outstanding} {cur}"
                            for cur, m in r.other_currencies.items()
                            if m.outstanding
                        ]
                    ),
                    _day(r.last_contact) or "-",
                ]
                for r in rows
            ],
        )
    return EXIT_OK


def _done(verb: str, kind: str, write) -> int:
    """Run one roster write, its refusal a clear message; say what was written."""
    from clientfit.store.clients import ValidationError

    with reported(ValidationError):
        record = write()
    print(f"{verb} {kind} {record.name}.")
    return EXIT_OK


def cmd_client_add(args) -> int:
    from clientfit.store.clients import add_client

    return _done(
        "Added", "client", lambda: add_client(args.name, email=args.email, needs=args.needs)
    )


# `client set` options named as update_client's parameters (absent: None, left alone)
_SET_AS_GIVEN = ("needs", "disrespectful", "gut", "terms", "keep_in_touch")


def cmd_client_set(args) -> int:
    from clientfit.commands.records import set_contract_file
    from clientfit.store.clients import get_client, update_client
    from clientfit.store.database import db
    from clientfit.store.rates import currency_code

    def write():
        currency = None if args.currency is None else currency_code(args.currency)
        given = {name: getattr(args, name) for name in _SET_AS_GIVEN}
        with db.atomic():
            client = update_client(
                get_client(args.name), name=args.rename, currency=currency, **given
            )
            if args.contract is not None:  # an alias of contract set --file
                set_contract_file(client, args.contract)
        return client

    return _done("Updated", "client", write)


def cmd_colleague_add(args) -> int:
    from clientfit.store.colleagues import add_colleague

    return _done(
        "Added", "colleague", lambda: add_colleague(args.name, email=args.email, skills=args.skills)
    )


def cmd_colleague_list(args) -> int:
    from clientfit.store.colleagues import colleagues

    rows = colleagues()
    if args.json:
        print_json([{"name": c.name, "email": c.email, "skills": c.skills} for c in rows])
    else:
        print_table(
            ["Colleague", "E-mail", "Skills"],
            [[c.name, c.email or "", ", ".join(c.skills)] for c in rows],
        )
    return EXIT_OK


def cmd_colleague_remove(args) -> int:
    from clientfit.store.clients import ValidationError
    from clientfit.store.colleagues import remove_colleague

    with reported(ValidationError):
        name = remove_colleague(args.name)
    print(f"Removed colleague {name}.")
    return EXIT_OK
