"""Offboarding commands: offboard (start a plan), plan (show and drive it), consider, upcoming.

`offboard NAME --reason TEXT` starts the cooling-off period; `plan NAME` shows the plan and takes
the changes a user makes along the way (meeting, ticks, loose ends, notice, message, finishing);
`--ics FILE` writes the meeting to a calendar file. All the work is in `clientfit.offboarding`.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from clientfit.commands import EXIT_OK, CliError, days_arg, parse_day, print_json, print_table
from clientfit.commands.arguments import client_named, reported, whole_number

_number = whole_number("an item number", 1, span="an item number from 1")


def _moment(text: str) -> dt.datetime:
    try:
        return dt.datetime.fromisoformat(text.strip().replace("T", " "))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"not a date and time (YYYY-MM-DD HH:MM): {text!r}"
        ) from None


def _plan_writes(args) -> bool:
    """`plan` only shows the plan unless a change is asked for (--ics writes a file, not the plan)."""
    changes = (args.loose_end, args.tick, args.untick, args.meet, args.until, args.announce)
    flags = (args.template, args.message_file, args.finish, args.cancel)
    return any(changes) or any(flags) or args.notice_days is not None


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("offboard", help="start ending a client: reason, cooling-off, plan")
    p.add_argument("name")
    p.add_argument(
        "--reason", required=True, help="why you are ending it (for you, not the client)"
    )
    p.add_argument("--notice-days", type=days_arg, metavar="N", help="notice period (default 30)")
    p.add_argument("--cooling-off-days", type=days_arg, metavar="N", help="default 3")
    p.add_argument("--at", type=parse_day, metavar="YYYY-MM-DD", help="the day the plan starts")
    p.add_argument("--lang", choices=("en", "sv"), help="language of the plan and message")
    p.add_argument("--json", action="store_true", help="print the plan as JSON")
    p.set_defaults(func=cmd_offboard, writes=True)

    p = sub.add_parser("plan", help="show a client's offboarding plan, or change it")
    p.add_argument("name")
    p.add_argument("--json", action="store_true", help="print the plan as JSON")
    p.add_argument("--lang", choices=("en", "sv"), help="language of the texts")
    p.add_argument("--at", type=parse_day, metavar="YYYY-MM-DD", help="as of this day")
    p.add_argument("--meet", type=_moment, metavar='"YYYY-MM-DD HH:MM"', help="local time")
    p.add_argument("--channel", metavar="in_person|phone|video", help="for --meet (not e-mail)")
    p.add_argument("--place", help="where (or the call link) for --meet")
    p.add_argument("--tick", type=_number, action="append", metavar="N", default=[])
    p.add_argument("--untick", type=_number, action="append", metavar="N", default=[])
    p.add_argument("--loose-end", action="append", metavar="TEXT", default=[])
    p.add_argument("--notice-days", type=days_arg, metavar="N")
    p.add_argument("--until", metavar="DELIVERABLE", help="notice until this deliverable is done")
    p.add_argument("--announce", type=parse_day, metavar="YYYY-MM-DD", help="day to tell them")
    p.add_argument("--template", metavar="KEY", help="use a message template (see --templates)")
    p.add_argument("--message-file", type=Path, metavar="FILE", help="your own message text")
    p.add_argument("--templates", action="store_true", help="list the message templates")
    p.add_argument(
        "--go-ahead", metavar="REASON", help="announce although invoices are overdue (kept)"
    )
    p.add_argument("--wait-for-payment", action="store_true", help="take --go-ahead back")
    p.add_argument(
        "--announce-latest", type=parse_day, metavar="YYYY-MM-DD", help="wait for payment until"
    )
    p.add_argument("--refer", action="append", metavar="COLLEAGUE", default=[], help="choose")
    p.add_argument("--advice", metavar="TEXT", help="your own vendor advice (one line each)")
    for happened in ("--announced", "--notice-sent"):
        p.add_argument(happened, type=parse_day, metavar="YYYY-MM-DD", help="it happened")
    p.add_argument("--referred", action="append", metavar="COLLEAGUE", default=[])
    p.add_argument("--ics", type=Path, metavar="FILE", help="write the meeting to a .ics file")
    for flag, helptext in (
        ("--finish", "finish: archive the client"),
        ("--force", "finish even while cooling off"),
        ("--cancel", "drop the plan; the client stays"),
    ):
        p.add_argument(flag, action="store_true", help=helptext)
    p.set_defaults(func=cmd_plan, writes=_plan_writes)

    p = sub.add_parser("consider", help="note that you considered ending a client today")
    p.add_argument("name")
    p.add_argument("--note", default="")
    p.add_argument("--at", type=parse_day, metavar="YYYY-MM-DD")
    p.set_defaults(func=cmd_consider, writes=True)

    p = sub.add_parser("upcoming", help="dates coming up across running offboarding plans")
    p.add_argument("--json", action="store_true")
    p.add_argument("--at", type=parse_day, metavar="YYYY-MM-DD", help="as of this day")
    p.add_argument("--lang", choices=("en", "sv"))
    p.set_defaults(func=cmd_upcoming, writes=False)


def _lang(args) -> str:
    from clientfit.i18n import current_language

    return args.lang or current_language()


def cmd_offboard(args) -> int:
    from clientfit import offboarding as ob

    client = client_named(args.name)
    with reported(ob.PlanError):
        plan = ob.start_plan(
            client,
            args.reason,
            on=args.at,
            notice_days=args.notice_days,
            cooling_off_days=args.cooling_off_days,
            lang=_lang(args),
        )
    view = ob.build_plan_view(plan, today=args.at, lang=_lang(args))
    if args.json:
        print_json(view.to_dict())
    else:
        print(f"Started the offboarding plan for {view.client_name}.")
        print_plan(view)
    return EXIT_OK


def _entry(view, number: int):
    for item in view.checklist:
        if item.number == number:
            return item
    raise CliError(f"No checklist item {number}; the list has {len(view.checklist)} items.")


def cmd_plan(args) -> int:
    from clientfit import offboarding as ob

    lang = _lang(args)
    if args.templates:
        print_table(["Key", "Reason"], [[t.key, t.reason] for t in ob.templates(lang)])
        return EXIT_OK
    client = client_named(args.name)
    plan = ob.running_plan(client) if (args.finish or args.cancel) else ob.latest_plan(client)
    if plan is None:
        raise CliError(
            f'{client.name} has no offboarding plan; start one with: offboard "{client.name}" '
            '--reason "..."'
        )
    if args.channel and not args.meet:
        raise CliError("--channel goes with --meet.")
    with reported(ob.PlanError):
        _apply_changes(plan, args, lang)
        view = ob.build_plan_view(plan.id, today=args.at, lang=lang)
        if args.ics:
            if view.meeting is None:
                raise CliError("No meeting is scheduled; add one with --meet first.")
            from clientfit.core.meeting import write_meeting_ics

            write_meeting_ics(args.ics, view.meeting.event)
            print(f"Wrote the meeting to {args.ics}.")
        if args.finish:
            ob.finish_plan(plan, args.at, force=args.force)
            print(f"Finished: {client.name} is archived, ended on {(args.at or dt.date.today())}.")
        if args.cancel:
            ob.cancel_plan(plan)
            print(f"Cancelled the plan; {client.name} stays active.")
    if args.finish or args.cancel:
        view = ob.build_plan_view(plan.id, today=args.at, lang=lang)
    if args.json:
        print_json(view.to_dict())
    elif not (args.ics or args.finish or args.cancel):
        print_plan(view)
    return EXIT_OK


def _apply_changes(plan, args, lang: str) -> None:
    from clientfit import offboarding as ob
    from clientfit.store.models import Deliverable, name_key

    for text in args.loose_end:
        ob.add_loose_end(plan, text)
    if args.tick or args.untick:
        view = ob.build_plan_view(plan.id, today=args.at, lang=lang)
        for number in args.tick:
            ob.set_done(plan, _entry(view, number).key, True)
        for number in args.untick:
            ob.set_done(plan, _entry(view, number).key, False)
    if args.meet:
        ob.schedule_meeting(plan, args.meet, args.channel or "in_person", args.place or "")
    if args.until:
        match = [
            d
            for d in Deliverable.select().where(Deliverable.client == plan.client_id)
            if name_key(d.title) == name_key(args.until)
        ]
        if not match:
            raise CliError(f"{plan.client.name} has no deliverable named {args.until!r}.")
        ob.set_notice(plan, days=args.notice_days, deliverable_id=match[0].id)
    elif args.notice_days is not None:
        ob.set_notice(plan, days=args.notice_days)
    if args.announce:
        ob.set_announce_on(plan, args.announce)
    if args.template:
        keys = [t.key for t in ob.templates(lang)]
        if args.template not in keys:
            raise CliError(f"No template {args.template!r}; choose from: {', '.join(keys)}.")
        ob.set_message(plan, ob.render_template(plan.id, args.template, lang, args.at), lang)
    if args.go_ahead:
        ob.override_payment_first(plan, args.go_ahead, args.at)
    if args.wait_for_payment:
        ob.override_payment_first(plan, None)
    if args.announce_latest:
        ob.set_announce_latest(plan, args.announce_latest)
    if args.refer or args.advice is not None:
        ids = [_colleague(name).id for name in args.refer] if args.refer else None
        ob.set_referrals(plan, ids, args.advice.replace("\\n", "\n") if args.advice else None)
    if args.announced:
        ob.record_event(plan, "announced", args.announced)
    if args.notice_sent:
        ob.record_event(plan, "notice_sent", args.notice_sent)
    for name in args.referred:
        ob.record_event(plan, "referred", args.at, colleague_id=_colleague(name).id)
    if args.message_file:
        try:
            text = args.message_file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise CliError(f"cannot read {args.message_file}: {exc}") from exc
        ob.set_message(plan, text, lang)


def _colleague(name: str):
    from clientfit.store.colleagues import find_colleague

    found = find_colleague(name)
    if found is None:
        raise CliError(f"No colleague named “{name.strip()}”; add one with: colleague add NAME")
    return found


def cmd_consider(args) -> int:
    from clientfit import offboarding as ob
    from clientfit.store.user_log import log_consideration

    client = client_named(args.name)
    log_consideration(client.id, args.at, args.note)
    counts = ob.considerations(client.id, args.at or dt.date.today(), "en")
    times = "1 time" if counts.total == 1 else f"{counts.total} times"
    print(
        f"Noted. You have considered ending {client.name} {times}, "
        f"{counts.last_365_days} in the last year."
    )
    if counts.hint:
        print(counts.hint)
    return EXIT_OK


def cmd_upcoming(args) -> int:
    from clientfit import offboarding as ob

    events = ob.upcoming(args.at, _lang(args))
    if args.json:
        print_json(
            [
                {
                    "day": e.day,
                    "at": e.at,
                    "kind": e.kind,
                    "what": e.label,
                    "client": e.client_name,
                    "days_away": e.days_away,
                }
                for e in events
            ]
        )
    else:
        print_table(
            ["Day", "Time", "Client", "What"],
            [
                [e.day.isoformat(), e.at.strftime("%H:%M") if e.at else "", e.client_name, e.label]
                for e in events
            ],
        )
    return EXIT_OK


def print_plan(view) -> None:
    """The plan as text, section by section, in the order of the seven steps."""
    from clientfit.i18n import gettext_for, ngettext_for

    _ = gettext_for(view.lang)
    ngettext = ngettext_for(view.lang)
    steps = view.step_titles
    head = f"{view.client_name} - {_(view.status)}"
    if view.draft_mark:
        head += f"  [{view.draft_mark}]"
    print(head)
    cool = view.cooling_off
    print(f"\n1. {steps[0]}")
    print("   " + _("Reason: {reason}").format(reason=view.reason))
    print(
        "   "
        + ngettext(
            "Cooling off {start} to {end} ({left} day left)",
            "Cooling off {start} to {end} ({left} days left)",
            cool.days_left,
        ).format(start=cool.started_on, end=cool.ends_on, left=cool.days_left)
    )
    c = view.considerations
    print(
        "   "
        + ngettext(
            "Considered ending this client {total} time ({year} in the last year)",
            "Considered ending this client {total} times ({year} in the last year)",
            c.total,
        ).format(total=c.total, year=c.last_365_days)
    )
    if c.hint:
        print("   " + c.hint)
    print(f"\n2. {steps[1]}")
    for item in view.checklist:
        mark = "[x]" if item.done else ("[!]" if item.needs_action else "[ ]")
        print(f"   {item.number:>2}. {mark} {item.text}")
        if item.detail:
            print(f"          {item.detail}")
    print(f"\n3. {steps[2]}")
    guard = view.payment_guard
    print("   " + (guard.warning or _("No open invoices.")))
    if guard.suggestion:
        print("   " + guard.suggestion)
    print(f"\n4. {steps[3]}")
    if view.meeting:
        m = view.meeting
        where = f", {m.place}" if m.place else ""
        print(f"   {m.at:%Y-%m-%d %H:%M} {m.channel_label}{where} ({m.minutes} min)")
        for warning in m.warnings:
            print(f"   ! {warning}")
    else:
        print("   " + _("Not scheduled: meet in person, by phone or by video."))
    print(f"\n5. {steps[4]}")
    for line in view.message.text.rstrip().splitlines():
        print(f"   | {line}")
    for warning in view.message.warnings:
        print(f"   ! {warning.message}")
    print(f"\n6. {steps[5]}")
    if view.notice.note:
        print(f"   {view.notice.note}")
    if view.notice.warning:
        print(f"   ! {view.notice.warning}")
    for entry in view.notice.timeline:
        print(f"   {entry.day.isoformat()}  {entry.label}")
    print(f"\n7. {steps[6]}")
    ref = view.referrals
    if ref.note:
        print(f"   {ref.note}")
    for match in ref.colleagues:
        email = f" <{match.email}>" if match.email else ""
        print(f"   {match.name}{email}: {', '.join(match.covers or match.matched)}")
    for advice in ref.advice:
        print(f"   - {advice}")
    if view.events:
        print("\n" + _("What happened"))
        for event in view.events:
            print(f"   {event.on.isoformat()}  {event.label}")
    if view.finished_on:
        print("\n" + _("Finished on {day}; the client is archived.").format(day=view.finished_on))
