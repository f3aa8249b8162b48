"""Health commands: score, pareto, revision (log a round), snapshot and trend.

("I considered ending this client" is `clientfit-cli consider`, in the offboarding commands.)
"""

from __future__ import annotations

import argparse

from clientfit.commands import EXIT_OK, CliError, parse_day, print_json, print_table
from clientfit.commands.arguments import client_named, reported, whole_number
from clientfit.i18n import _

_months = whole_number("a number of months", 1, 120, "1-120 months")


def _lang(text: str) -> str:
    if text not in ("en", "sv"):
        raise argparse.ArgumentTypeError(f"expected en or sv, not {text!r}")
    return text


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("score", help="the health score of every client (or one), with its evidence")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--client", metavar="NAME", help="only this client")
    p.add_argument("--at", type=parse_day, metavar="YYYY-MM-DD", help="as of this day")
    p.add_argument("--lang", type=_lang, metavar="en|sv", help="language of the details")
    p.set_defaults(func=cmd_score, writes=False)

    p = sub.add_parser("pareto", help="who takes your time and trouble, against who brings revenue")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--at", type=parse_day, metavar="YYYY-MM-DD", help="as of this day")
    p.set_defaults(func=cmd_pareto, writes=False)

    p = sub.add_parser("revision", help="log a revision round on one of a client's deliverables")
    p.add_argument("name", help="the client")
    p.add_argument("deliverable", help="the deliverable's title (or its id)")
    p.add_argument("--on", type=parse_day, metavar="YYYY-MM-DD", help="the day (default today)")
    p.add_argument("--note", default="")
    p.set_defaults(func=cmd_revision, writes=True)

    p = sub.add_parser("snapshot", help="record the monthly health snapshots (the trend line)")
    p.add_argument("--at", type=parse_day, metavar="YYYY-MM-DD", help="as of this day")
    p.add_argument(
        "--months", type=_months, default=1, help="also fill in this many months back (default 1)"
    )
    p.set_defaults(func=cmd_snapshot, writes=True)

    p = sub.add_parser("trend", help="a client's monthly health snapshots")
    p.add_argument("name")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--months", type=_months, default=12)
    p.set_defaults(func=cmd_trend, writes=False)


def score_json(score) -> dict:
    """One client's score as DESIGN.md's `score --json` contract spells it."""
    return {
        "client": score.name,
        "score": score.score,
        "band": score.band.key,
        "missing": score.missing,
        "factors": [
            {
                "key": f.key,
                "risk": None if f.risk is None else round(f.risk, 3),
                "weight": f.weight,
                "detail": f.detail,
            }
            for f in score.factors
        ],
    }


def _keeps(at) -> bool:
    """Whether a scoring as of `at` may use the signal cache: it holds one day, today's (a look
    at another day must not push today's rows out)."""
    import datetime as dt

    return at is None or at == dt.date.today()


def cmd_score(args) -> int:
    from clientfit.health import factor_label, score_client, score_portfolio
    from clientfit.i18n import current_language, gettext_for

    lang = args.lang or current_language()
    keep = _keeps(args.at)
    if args.client:
        scores = [score_client(client_named(args.client).id, args.at, lang=lang, keep=keep)]
    else:
        scores = list(score_portfolio(args.at, lang=lang, keep=keep).values())
    if args.json:
        print_json([score_json(s) for s in scores])
        return EXIT_OK
    _ = gettext_for(lang)
    print_table(
        [_("Client"), _("Score"), _("Band")],
        [[s.name, "-" if s.score is None else s.score, _(s.band.label)] for s in scores],
    )
    if args.client and scores[0].missing:
        print("\n" + _("Not enough data yet:"))
        for line in scores[0].missing:
            print(f"  {line}")
    if args.client:
        for f in scores[0].factors:
            risk = _("no data") if f.risk is None else f"{f.risk:.2f}"
            head = _("{factor} (risk {risk}, weight {weight})").format(
                factor=factor_label(f.key, lang), risk=risk, weight=f"{f.weight:g}"
            )
            print(f"\n{head}\n  {f.detail}")
    return EXIT_OK


def _pct(share: float) -> float:
    return round(share * 100, 1)


def cmd_pareto(args) -> int:
    from clientfit.health import gather, pareto

    result = pareto(portfolio=gather(args.at, keep=_keeps(args.at)))
    if args.json:
        print_json(
            {
                "at": result.at.isoformat(),
                "currency": result.currency,
                "unrated": list(result.unrated),
                "total_hours": result.total_hours,
                "total_messages": result.total_messages,
                "total_revenue": str(result.total_revenue),
                "top": {
                    "clients": result.top_names,
                    "count": result.top_count,
                    "trouble_share": round(result.top_trouble_share, 4),
                    "revenue_share": round(result.top_revenue_share, 4),
                },
                "clients": [
                    {
                        "client": r.name,
                        "hours": r.hours,
                        "messages": r.messages,
                        "revenue": None if r.revenue is None else str(r.revenue),
                        "hours_share": round(r.hours_share, 4),
                        "messages_share": round(r.messages_share, 4),
                        "trouble_share": round(r.trouble_share, 4),
                        "revenue_share": round(r.revenue_share, 4),
                        "cumulative_trouble_share": round(r.cumulative_trouble_share, 4),
                        "difference": round(r.difference, 4),
                        "top": r.top,
                    }
                    for r in result.rows
                ],
            }
        )
        return EXIT_OK
    print_table(
        [
            _("Client"),
            _("Hours %"),
            _("Messages %"),
            _("Trouble %"),
            _("Cumulative %"),
            _("Revenue %"),
            _("Trouble − revenue"),
        ],
        [
            [
                ("* " if r.top else "  ") + r.name,
                _pct(r.hours_share),
                _pct(r.messages_share),
                _pct(r.trouble_share),
                _pct(r.cumulative_trouble_share),
                _pct(r.revenue_share) if r.revenue is not None else "-",
                _pct(r.difference),
            ]
            for r in result.rows
        ],
    )
    if result.unrated:
        print(
            "\n"
            + _(
                "Revenue in {codes} is left out: add an exchange rate "
                "(clientfit-cli rate set {first} RATE)."
            ).format(codes=", ".join(result.unrated), first=result.unrated[0])
        )
    if result.rows:
        print(
            "\n"
            + _(
                "The top {n} ({names}) cause {trouble} % of the trouble and bring "
                "{revenue} % of the revenue (last 12 months)."
            ).format(
                n=result.top_count,
                names=", ".join(result.top_names),
                trouble=_pct(result.top_trouble_share),
                revenue=_pct(result.top_revenue_share),
            )
        )
    return EXIT_OK


def cmd_revision(args) -> int:
    from clientfit.store.clients import ValidationError
    from clientfit.store.models import name_key
    from clientfit.store.user_log import deliverable_rounds, log_revision

    client = client_named(args.name)
    rows = deliverable_rounds(client.id)
    match = [r for r in rows if name_key(r.title) == name_key(args.deliverable)]
    if not match and args.deliverable.isdigit():
        match = [r for r in rows if r.deliverable_id == int(args.deliverable)]
    if not match:
        known = ", ".join(r.title for r in rows) or "none"
        raise CliError(f"{client.name} has no deliverable {args.deliverable!r} (known: {known}).")
    with reported(ValidationError):
        log_revision(match[0].deliverable_id, args.on, args.note)
    print(
        _("Logged revision round {n} on {title} ({client}).").format(
            n=match[0].rounds + 1, title=match[0].title, client=client.name
        )
    )
    return EXIT_OK


def cmd_snapshot(args) -> int:
    from clientfit.health import take_monthly_snapshots

    n = take_monthly_snapshots(args.at, months=args.months)
    print(_("Wrote {n} snapshots.").format(n=n))
    return EXIT_OK


def cmd_trend(args) -> int:
    from clientfit.health import trend

    client = client_named(args.name)
    points = trend(client.id, months=args.months)
    if args.json:
        print_json([{"month": p.month, "score": p.score, "band": p.band} for p in points])
    else:
        print_table(
            [_("Month"), _("Score"), _("Band")],
            [[p.month, "-" if p.score is None else p.score, p.band] for p in points],
        )
    return EXIT_OK
