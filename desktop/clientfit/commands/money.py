"""Exchange-rate commands: `rate set CUR RATE [--on D]`, `rate list [--json]`, `rate remove CUR`.

A rate is how many units of the base currency (`me set --currency`) buy one unit of CUR, from
the day `--on` (default today); a figure as of a day uses the latest rate dated on or before it.
"""

from __future__ import annotations

import argparse

from clientfit.commands import EXIT_OK, CliError, parse_day, print_json, print_table
from clientfit.i18n import _


def register(sub: argparse._SubParsersAction) -> None:
    rate = sub.add_parser("rate", help="your exchange rates into the base currency")
    rsub = rate.add_subparsers(dest="rate_command", metavar="set|list|remove", required=True)
    p = rsub.add_parser("set", help="set the rate of a currency (base-currency units per 1 CUR)")
    p.add_argument("currency", metavar="CUR")
    p.add_argument("rate", metavar="RATE")
    p.add_argument(
        "--on", type=parse_day, metavar="YYYY-MM-DD", help="from this day (default today)"
    )
    p.set_defaults(func=cmd_rate_set, writes=True)
    p = rsub.add_parser("list", help="list your exchange rates")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_rate_list, writes=False)
    p = rsub.add_parser("remove", help="remove a currency's rates")
    p.add_argument("currency", metavar="CUR")
    p.add_argument("--on", type=parse_day, metavar="YYYY-MM-DD", help="only the rate of this day")
    p.set_defaults(func=cmd_rate_remove, writes=True)


def cmd_rate_set(args) -> int:
    from clientfit.store.clients import ValidationError
    from clientfit.store.rates import set_rate

    try:
        r = set_rate(args.currency, args.rate, args.on)
    except ValidationError as exc:
        raise CliError(str(exc)) from exc
    print(
        _("1 {cur} = {rate} {base} from {day}.").format(
            cur=r.currency, rate=r.rate, base=r.base, day=r.on.isoformat()
        )
    )
    return EXIT_OK


def cmd_rate_list(args) -> int:
    import datetime as dt

    from clientfit.store.rates import base_currency, currencies_in_use, list_rates, rates_on

    base = base_currency()
    rates = list_rates()
    have = rates_on(dt.date.today())
    lacking = [c for c in currencies_in_use() if c not in have]
    if args.json:
        print_json(
            {
                "base": base,
                "rates": [
                    {"currency": r.currency, "rate": str(r.rate), "on": r.on.isoformat()}
                    for r in rates
                ],
                "missing": lacking,
            }
        )
        return EXIT_OK
    print(_("Base currency: {base}").format(base=base))
    if rates:
        print_table(
            [_("Currency"), _("Rate"), _("From")],
            [[r.currency, f"{r.rate} {base}", r.on.isoformat()] for r in rates],
        )
    for code in lacking:
        print(
            _(
                "No rate for {cur}: its figures are left out (clientfit-cli rate set {cur} RATE)."
            ).format(cur=code)
        )
    return EXIT_OK


def cmd_rate_remove(args) -> int:
    from clientfit.store.clients import ValidationError
    from clientfit.store.rates import remove_rate

    try:
        n = remove_rate(args.currency, args.on)
    except ValidationError as exc:
        raise CliError(str(exc)) from exc
    if not n:
        raise CliError(_("No rate for {cur} to remove.").format(cur=args.currency.upper()))
    print(_("Removed {n} rate(s) for {cur}.").format(n=n, cur=args.currency.upper()))
    return EXIT_OK
