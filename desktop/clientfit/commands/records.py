"""Records only the app could change before: `contract set`, `deliverable add|set`,
`colleague set` (registered under `colleague`), and `reminder` (a payment reminder).

The work is in `store.contracts`, `store.clients`, `store.colleagues` and `offboarding.reminder`.
"""

from __future__ import annotations

import argparse
import datetime as dt
from decimal import Decimal
from pathlib import Path

from clientfit.commands import EXIT_OK, CliError, parse_day
from clientfit.commands.arguments import amount, client_named, reported, whole_number, yes_no

_notice = whole_number("a number of days", 0, 730, "0-730 days")


def _day_or_none(text: str) -> dt.date | None:
    """A date, or "" / "none" to clear it."""
    if text.strip().lower() in {"", "none", "-"}:
        return None
    return parse_day(text)


def register(sub: argparse._SubParsersAction) -> None:
    contract = sub.add_parser("contract", help="the contract register: file, notice, dates, terms")
    csub = contract.add_subparsers(dest="contract_command", metavar="set|show", required=True)
    p = csub.add_parser("set", help="attach the signed contract and record its terms")
    p.add_argument("name", help="the client")
    p.add_argument("--file", type=Path, metavar="F", help='the signed document ("" removes it)')
    p.add_argument("--notice-days", type=_notice, metavar="N", help="the notice clause, in days")
    p.add_argument("--clause", metavar="TEXT", help='where the notice is written, e.g. "§ 9"')
    for flag in ("--starts", "--renews", "--ends"):  # absent: left alone; "none": cleared
        p.add_argument(flag, type=_day_or_none, metavar="D", default=argparse.SUPPRESS)
    p.add_argument("--termination", metavar="TEXT", help="the termination terms, in your words")
    p.add_argument("--rights", metavar="TEXT", help="licences and portfolio use")
    p.set_defaults(func=cmd_contract_set, writes=True)
    p = csub.add_parser("show", help="what the register holds for a client")
    p.add_argument("name")
    p.add_argument("--json", action="store_true")
    p.add_argument("--save", type=Path, metavar="FILE", help="save a copy of the stored document")
    p.set_defaults(func=cmd_contract_show, writes=False)

    deliverable = sub.add_parser("deliverable", help="add or change a client's deliverable")
    dsub = deliverable.add_subparsers(dest="deliverable_command", metavar="add|set", required=True)
    for verb, helptext in (("add", "add a deliverable"), ("set", "change a deliverable")):
        p = dsub.add_parser(verb, help=helptext)
        p.add_argument("client")
        p.add_argument("title")
        p.add_argument("--due", type=_day_or_none, metavar="D")
        p.add_argument("--amount", type=amount, metavar="A")
        p.add_argument("--paid", type=yes_no, metavar="yes|no")
        p.add_argument("--delivered", type=_day_or_none, metavar="D", help='"none" to clear')
        p.set_defaults(func=cmd_deliverable, verb=verb, writes=True)

    p = sub.add_parser("reminder", help="a payment reminder for a client's overdue invoices")
    p.add_argument("name")
    p.add_argument("-o", "--output", type=Path, metavar="FILE.pdf", help="write a PDF")
    p.add_argument("--lang", choices=("en", "sv"))
    p.add_argument("--at", type=parse_day, metavar="YYYY-MM-DD")
    p.add_argument("--sent", action="store_true", help="note in the plan that it was sent")
    p.set_defaults(func=cmd_reminder, writes=False)


def register_colleague(gsub: argparse._SubParsersAction) -> None:
    """`colleague set NAME`, under the roster's `colleague` (which has add, list and remove)."""
    p = gsub.add_parser("set", help="change a colleague")
    p.add_argument("name")
    p.add_argument("--email", help='"" removes it')
    p.add_argument("--skills", help='comma-separated, e.g. "seo, copywriting"')
    p.add_argument("--rename", metavar="NEW_NAME")
    p.set_defaults(func=cmd_colleague_set, writes=True)


def set_contract_file(client, path: Path | str) -> None:
    """`contract set --file` and its alias `client set --contract`: "" removes the document."""
    from clientfit.store.clients import ValidationError
    from clientfit.store.contracts import read_contract_file, set_contract

    with reported(ValidationError):
        stored = read_contract_file(path) if str(path).strip() else None
        set_contract(client, file=stored)


def cmd_contract_set(args) -> int:
    from clientfit.store.clients import ValidationError
    from clientfit.store.contracts import set_contract

    client = client_named(args.name)
    changes = {
        key: getattr(args, attr)
        for key, attr in (
            ("notice_days", "notice_days"),
            ("clause", "clause"),
            ("termination", "termination"),
            ("rights", "rights"),
        )
        if getattr(args, attr) is not None
    }
    for key, attr in (("starts_on", "starts"), ("renews_on", "renews"), ("ends_on", "ends")):
        if hasattr(args, attr):
            changes[key] = getattr(args, attr)
    with reported(ValidationError):
        from clientfit.store.database import db

        with db.atomic():
            if args.file is not None:
                set_contract_file(client, args.file)
            info = set_contract(client, **changes)
    what = f"{info.file_name} ({info.size:,} bytes)" if info.size else (info.file_name or "none")
    print(f"Updated the contract of {client.name}: document {what}.")
    return EXIT_OK


def cmd_contract_show(args) -> int:
    from clientfit.commands import print_json
    from clientfit.store.contracts import contract_file, contract_of

    client = client_named(args.name)
    info = contract_of(client)
    if args.save:
        stored = contract_file(client)
        if stored is None:
            raise CliError(f"No document is stored for {client.name}.")
        from clientfit.fileio import atomic_write

        with atomic_write(args.save, "wb") as fh:
            fh.write(stored[1])
        print(f"Saved {stored[0]} to {args.save}.")
        return EXIT_OK
    if args.json:
        import dataclasses

        print_json(dataclasses.asdict(info) if info else None)
    elif info is None:
        print(f"{client.name}: no contract on file.")
    else:
        for label, value in (
            ("Document", info.file_name),
            ("Stored", f"{info.size:,} bytes" if info.size else "no (a path only)"),
            ("Notice", f"{info.notice_days} days" if info.notice_days is not None else None),
            ("Clause", info.clause),
            ("Starts", info.starts_on),
            ("Renews", info.renews_on),
            ("Ends", info.ends_on),
            ("Termination", info.termination),
            ("Rights", info.rights),
        ):
            if value:
                print(f"{label + ':':<13}{value}")
    return EXIT_OK


def cmd_deliverable(args) -> int:
    from clientfit.store.clients import ValidationError, save_deliverable
    from clientfit.store.models import Deliverable, name_key

    client = client_named(args.client)
    existing = [
        d
        for d in Deliverable.select().where(Deliverable.client == client).order_by(Deliverable.id)
        if name_key(d.title) == name_key(args.title)
    ]
    if args.verb == "add" and existing:
        raise CliError(f"{client.name} already has a deliverable “{existing[0].title}”.")
    if args.verb == "set" and not existing:
        raise CliError(f"{client.name} has no deliverable named “{args.title.strip()}”.")
    old = existing[0] if existing else None
    with reported(ValidationError):
        from clientfit.store.database import db

        with db.atomic():
            row = save_deliverable(
                client,
                old.title if old else args.title,
                deliverable_id=old.id if old else None,
                due_on=args.due if args.due is not None or old is None else old.due_on,
                delivered_on=(
                    args.delivered
                    if args.delivered is not None or old is None
                    else old.delivered_on
                ),
                amount=args.amount if args.amount is not None else _old_amount(old),
                invoice_id=old.invoice_id if old else None,
            )
            if args.paid is not None:
                Deliverable.update(paid=args.paid).where(Deliverable.id == row.id).execute()
    verb = "Added" if args.verb == "add" else "Updated"
    print(f"{verb} deliverable “{row.title}” of {client.name}.")
    return EXIT_OK


def _old_amount(old) -> Decimal | None:
    from clientfit.store.models import from_minor

    if old is None or old.amount_minor is None:
        return None
    return from_minor(old.amount_minor)


def cmd_colleague_set(args) -> int:
    from clientfit.store.clients import ValidationError
    from clientfit.store.colleagues import find_colleague, update_colleague

    colleague = find_colleague(args.name)
    if colleague is None:
        raise CliError(f"No colleague named “{args.name.strip()}”.")
    with reported(ValidationError):
        update_colleague(colleague, name=args.rename, email=args.email, skills=args.skills)
    print(f"Updated colleague {colleague.name}.")
    return EXIT_OK


def cmd_reminder(args) -> int:
    from clientfit import offboarding as ob
    from clientfit.i18n import current_language
    from clientfit.offboarding.reminder import payment_reminder

    client = client_named(args.name)
    lang = args.lang or current_language()
    reminder = payment_reminder(client.id, args.at, lang)
    if reminder is None:
        raise CliError(f"{client.name} has no overdue invoices.", code=1)
    if args.output:
        from clientfit.packet.reminder_pdf import write_reminder

        write_reminder(reminder, args.output)
        print(f"Wrote {args.output}.")
    else:
        print(reminder.text, end="")
    if args.sent:
        plan = ob.running_plan(client)
        if plan is not None:
            ob.record_event(plan, "reminder_sent", args.at, detail=", ".join(reminder.numbers))
    return EXIT_OK
