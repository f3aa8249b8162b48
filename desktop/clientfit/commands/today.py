"""The Today commands: `today [--json] [--at D]`, `today done ID`, `today snooze ID --until D
--reason TEXT` (DESIGN.md's contract), and `today undo ID`. The list is `core.today`'s."""

from __future__ import annotations

import argparse

from clientfit.commands import EXIT_OK, CliError, parse_day, print_json, print_table
from clientfit.i18n import _


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "today", help="what is due today: plan dates, invoices, bands, keep-in-touch"
    )
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--at", type=parse_day, metavar="YYYY-MM-DD", help="as of this day")
    p.add_argument("--lang", choices=("en", "sv"))
    p.set_defaults(func=cmd_today, writes=_list_writes)
    tsub = p.add_subparsers(dest="today_command", metavar="done|snooze|undo")
    d = tsub.add_parser("done", help="mark an item done: it leaves the list")
    d.add_argument("id")
    d.add_argument("--reason", default="", help="what you did (kept with the mark)")
    d.add_argument("--at", dest="on", type=parse_day, metavar="YYYY-MM-DD", help="as of this day")
    d.set_defaults(func=cmd_done, writes=True)
    s = tsub.add_parser("snooze", help="not now: the item is due again on a later day")
    s.add_argument("id")
    s.add_argument("--until", type=parse_day, metavar="YYYY-MM-DD", required=True)
    s.add_argument("--reason", required=True, help="why (kept with the snooze)")
    s.add_argument("--at", dest="on", type=parse_day, metavar="YYYY-MM-DD", help="as of this day")
    s.set_defaults(func=cmd_snooze, writes=True)
    u = tsub.add_parser("undo", help="forget a done or snoozed mark")
    u.add_argument("id")
    u.set_defaults(func=cmd_undo, writes=True)


def _list_writes(args) -> bool:
    """Listing today's list notes today's bands (derived data) first; as of another day it
    only reads."""
    return args.at is None


def _lang(args) -> str:
    from clientfit.i18n import current_language

    return getattr(args, "lang", None) or current_language()


def cmd_today(args) -> int:
    from clientfit.core import today as t

    if args.at is None:
        t.refresh_bands()
    listing = t.today_list(args.at, _lang(args))
    if args.json:
        print_json([item.to_json() for item in listing.items])
        return EXIT_OK
    if not listing.items:
        print(_("Nothing is due."))
        return EXIT_OK
    rows = []
    for item in listing.items:
        if item.snoozed_until:
            state = _("snoozed until {day}").format(day=item.snoozed_until.isoformat())
        elif item.days_overdue is None:
            state = _("ahead")
        elif item.days_overdue == 0:
            state = _("today")
        else:
            state = _("{days} d late").format(days=item.days_overdue)
        rows.append([item.date.isoformat(), state, item.client, item.detail, item.id])
    print_table([_("Date"), _("Due"), _("Client"), _("What"), _("Id")], rows)
    print(_("{count} due.").format(count=listing.due_count))
    return EXIT_OK


def _item(args):
    from clientfit.core import today as t

    try:
        return t.find_item(args.id, args.on)
    except t.TodayError as exc:
        raise CliError(str(exc)) from exc


def cmd_done(args) -> int:
    from clientfit.core import today as t

    item = _item(args)
    t.mark_done(item, args.on, args.reason)
    print(_("Done: {client}: {detail}").format(client=item.client, detail=item.detail))
    return EXIT_OK


def cmd_snooze(args) -> int:
    from clientfit.core import today as t

    item = _item(args)
    try:
        t.snooze(item, args.until, args.reason, args.on)
    except t.TodayError as exc:
        raise CliError(str(exc)) from exc
    print(
        _("Snoozed until {day}: {client}: {detail}").format(
            day=args.until.isoformat(), client=item.client, detail=item.detail
        )
    )
    return EXIT_OK


def cmd_undo(args) -> int:
    from clientfit.core import today as t

    if not t.undo(args.id):
        raise CliError(_("“{id}” has no done or snoozed mark.").format(id=args.id))
    print(_("“{id}” is back on the list.").format(id=args.id))
    return EXIT_OK
