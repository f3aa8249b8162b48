"""Deciding with numbers: `whatif` (your year without some clients) and `review` (the yearly PDF).

    clientfit-cli whatif NAME [NAME ...] [--replace-hours H [--rate R]] [--json] [--at D]
    clientfit-cli review -o FILE.pdf [--lang en|sv] [--year YYYY] [--at D]

The figures come from `clientfit.core.whatif`; this module only prints them (text or DESIGN.md's
JSON) and writes the review through `clientfit.core.review`.
"""

from __future__ import annotations

import argparse
import sys
import time
from decimal import Decimal, InvalidOperation
from pathlib import Path

from clientfit.commands import EXIT_OK, CliError, parse_day, print_json, print_table
from clientfit.commands.arguments import whole_number
from clientfit.i18n import _

_year = whole_number("a year (YYYY)", 1970, 9999, "a year (YYYY)")


def _hours(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number of hours, not {text!r}") from None
    if not 0 <= value <= 10_000:
        raise argparse.ArgumentTypeError(f"expected 0-10000 hours, not {text}")
    return value


def _rate(text: str) -> Decimal:
    try:
        value = Decimal(text.replace(",", "."))
    except InvalidOperation:
        raise argparse.ArgumentTypeError(f"expected an hourly rate, not {text!r}") from None
    if not value.is_finite() or value <= 0 or value > 1_000_000:
        raise argparse.ArgumentTypeError(f"expected a rate above 0, not {text}")
    return value


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "whatif", help="your year (revenue, hours, messages, ...) now and without some clients"
    )
    p.add_argument("names", nargs="+", metavar="NAME", help="the clients to leave out")
    p.add_argument(
        "--replace-hours",
        type=_hours,
        metavar="H",
        help="add H hours of new work at --rate (default the median rate of your clients)",
    )
    p.add_argument("--rate", type=_rate, metavar="R", help="hourly rate of the replacement work")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--at", type=parse_day, metavar="YYYY-MM-DD", help="the year ends on this day")
    p.set_defaults(func=cmd_whatif, writes=False)

    p = sub.add_parser("review", help="write the yearly portfolio review (PDF)")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf")
    p.add_argument("--lang", choices=("en", "sv"), help="language (default: the app's)")
    p.add_argument("--year", type=_year, metavar="YYYY", help="the year to review")
    p.add_argument("--at", type=parse_day, metavar="YYYY-MM-DD", help="as of this day")
    p.set_defaults(func=cmd_review, writes=False)


def _ids(names: list[str]) -> list[int]:
    from clientfit.store.clients import find_client

    ids: list[int] = []
    for name in names:
        client = find_client(name)
        if client is None:
            raise CliError(_("No client named “{name}”.").format(name=name.strip()))
        if client.id not in ids:
            ids.append(client.id)
    return ids


def _money(values: dict[str, int]) -> dict[str, str]:
    from clientfit.store.models import from_minor

    return {cur: str(from_minor(v)) for cur, v in sorted(values.items())}


def side_json(s) -> dict:
    """One SIDE of `whatif --json` (DESIGN.md), with the figures the contract's "..." adds."""
    return {
        "clients": s.clients,
        "revenue": _money(s.revenue),
        "billed_hours": round(s.billed_seconds / 3600, 2),
        "hours": round(s.seconds / 3600, 2),
        "messages": s.messages,
        "after_hours_messages": s.after_hours,
        "revision_rounds": s.rounds,
        "effective_rate": {cur: str(v) for cur, v in s.effective_rate().items()},
        "overdue": _money(s.overdue),
        "overdue_days_weighted": {
            cur: str((Decimal(str(v)) / 100).quantize(Decimal("0.01")))
            for cur, v in sorted(s.overdue_weighted.items())
        },
        "average_days_late": {cur: round(s.average_days_late(cur), 1) for cur in sorted(s.overdue)},
        "top_trouble_share": None if s.top_trouble_share is None else round(s.top_trouble_share, 4),
        "trouble": [{"client": name, "share": round(share, 4)} for _i, name, share in s.trouble],
    }


def whatif_json(w) -> dict:
    r = w.replacement
    return {
        "window": {"from": w.window.first.isoformat(), "to": w.window.at.isoformat()},
        "removed": [c.name for c in w.removed],
        "now": side_json(w.now),
        "without": side_json(w.without),
        "remaining_trouble_share": None
        if w.remaining_trouble_share is None
        else round(w.remaining_trouble_share, 4),
        "replacement": None
        if r is None
        else {
            "currency": r.currency,
            "rate": str(r.rate),
            "rate_is_median": r.rate_is_median,
            "revenue_lost": _money({r.currency: r.revenue_lost})[r.currency],
            "hours_to_keep_revenue": None
            if r.hours_to_keep_level is None
            else round(r.hours_to_keep_level, 1),
            "hours": r.hours,
            "with_replacement": None if r.replaced is None else side_json(r.replaced),
        },
        "in_base": None
        if w.in_base is None
        else {
            "currency": w.in_base.currency,
            "left_out": list(w.in_base.left_out),
            "now": side_json(w.in_base.now),
            "without": side_json(w.in_base.without),
        },
        "forecast": [
            {
                "client": c.name,
                "direction": w.forecasts[c.client_id].direction,
                "slope": w.forecasts[c.client_id].slope,
                "months": list(w.forecasts[c.client_id].months),
            }
            for c in w.removed
        ],
    }


def _fmt_money(values: dict[str, int]) -> str:
    from clientfit.store.models import from_minor

    return ", ".join(f"{from_minor(v):,.2f} {cur}" for cur, v in sorted(values.items())) or "0"


def _fmt_rate(rates: dict[str, Decimal]) -> str:
    return ", ".join(f"{v:,.2f} {cur}/h" for cur, v in rates.items()) or "-"


def _fmt_share(share: float | None) -> str:
    return "-" if share is None else f"{share * 100:.1f} %"


def _rows(sides: list) -> list[list[str]]:
    def row(label, fn):
        return [label, *(fn(s) for s in sides)]

    return [
        row(_("Revenue (invoiced)"), lambda s: _fmt_money(s.revenue)),
        row(_("Billed hours"), lambda s: f"{s.billed_seconds / 3600:,.1f}"),
        row(_("Messages from clients"), lambda s: f"{s.messages:,}"),
        row(_("  after hours"), lambda s: f"{s.after_hours:,}"),
        row(_("Revision rounds"), lambda s: f"{s.rounds:,}"),
        row(_("Overdue"), lambda s: _fmt_money(s.overdue)),
        row(
            _("  days late (weighted)"),
            lambda s: (
                ", ".join(f"{s.average_days_late(c):.0f} ({c})" for c in sorted(s.overdue)) or "-"
            ),
        ),
        row(_("Effective rate"), lambda s: _fmt_rate(s.effective_rate())),
        row(_("Top 20 % cause"), lambda s: _fmt_share(s.top_trouble_share)),
    ]


def cmd_whatif(args: argparse.Namespace) -> int:
    from clientfit.core.forecast import DIRECTIONS
    from clientfit.core.whatif import user_rates, what_if
    from clientfit.health.score import today

    if args.rate is not None and args.replace_hours is None:
        raise CliError("--rate needs --replace-hours")
    at = args.at or today()
    result = what_if(
        _ids(args.names),
        at,
        replace_hours=args.replace_hours,
        rate=args.rate,
        rates=user_rates(at),
    )
    if args.json:
        print_json(whatif_json(result))
        return EXIT_OK
    print(
        _("The year {first} – {last}, with and without {names}").format(
            first=result.window.first,
            last=result.window.at,
            names=", ".join(c.name for c in result.removed),
        )
    )
    r = result.replacement
    headers = [_("Figure"), _("Now"), _("Without")]
    sides = [result.now, result.without]
    if r is not None and r.replaced is not None:
        headers.append(_("With {hours:g} h at {rate}").format(hours=r.hours, rate=r.rate))
        sides.append(r.replaced)
    rows = _rows(sides)
    b = result.in_base
    if b is not None:
        based = [b.now, b.without] + ([r.replaced] if len(sides) > 2 else [])
        code = b.currency
        rows.append(
            [_("Revenue in {currency} (your exchange rates)").format(currency=code)]
            + [_fmt_money({code: s.revenue.get(code, 0)}) for s in based]
        )
        rows.append(
            [_("Effective rate in {currency}").format(currency=code)]
            + [_fmt_rate({c: v for c, v in s.effective_rate().items() if c == code}) for s in based]
        )
    print_table(headers, rows)
    if b is not None and b.left_out:
        print(
            _("Left out of the {currency} sums, for want of an exchange rate: {codes}.").format(
                currency=b.currency, codes=", ".join(b.left_out)
            )
        )
    print(
        _("The clients who remain cause {share} of today's trouble.").format(
            share=_fmt_share(result.remaining_trouble_share)
        )
    )
    if r is not None and r.revenue_lost > 0:
        print(
            _("To keep revenue level: {hours:,.0f} h at {rate} {cur}/h ({how}).").format(
                hours=r.hours_to_keep_level,
                rate=r.rate,
                cur=r.currency,
                how=_("your median rate") if r.rate_is_median else _("your rate"),
            )
        )
    for c in result.removed:
        f = result.forecasts[c.client_id]
        if f.known:
            print(
                _("{client}: {direction} ({slope:+.1f} points a month over {n} months)").format(
                    client=c.name,
                    direction=_(DIRECTIONS[f.direction]),
                    slope=f.slope,
                    n=len(f.months),
                )
            )
        else:
            print(
                _("{client}: no forecast ({n} monthly scores; needs 4)").format(
                    client=c.name, n=len(f.months)
                )
            )
    return EXIT_OK


def cmd_review(args: argparse.Namespace) -> int:
    from clientfit.core.review import export_review, review_day
    from clientfit.i18n import current_language

    if args.output.is_dir():
        raise CliError(f"{args.output} is a folder; give a file name ending in .pdf")
    at = review_day(args.year, args.at)
    if args.year is not None and at.year != args.year:
        raise CliError(f"--at {at} is not in --year {args.year}")
    started = time.perf_counter()
    try:
        path = export_review(args.output, lang=args.lang or current_language(), at=at)
    except OSError as exc:
        raise CliError(f"Could not write {args.output}: {exc.strerror or exc}") from exc
    elapsed = time.perf_counter() - started
    print(f"Wrote {path} ({path.stat().st_size:,} bytes, {elapsed:.2f} s)", file=sys.stderr)
    return EXIT_OK
