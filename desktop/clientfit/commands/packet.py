"""`clientfit-cli packet NAME -o FILE.pdf [--lang en|sv] [--at YYYY-MM-DD] [--paper a4|letter]`.

Writes a client's offboarding packet. The work is in `clientfit.packet`; reportlab is imported only
here, when a packet is actually made.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from clientfit.commands import EXIT_OK, CliError, parse_day


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("packet", help="write a client's offboarding packet (PDF)")
    p.add_argument("name", help="the client (case and surrounding space ignored)")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf")
    p.add_argument("--lang", choices=("en", "sv"), help="language (default: the plan's)")
    p.add_argument("--at", type=parse_day, metavar="YYYY-MM-DD", help="as of this day")
    p.add_argument(
        "--paper", choices=("a4", "letter"), help="paper size (default: A4, Letter in US/CA)"
    )
    p.set_defaults(func=cmd_packet, writes=False)


def cmd_packet(args: argparse.Namespace) -> int:
    from clientfit.packet.export import export_packet
    from clientfit.store.clients import find_client

    client = find_client(args.name)
    if client is None:
        raise CliError(f"No client named “{args.name.strip()}”.")
    if args.output.is_dir():
        raise CliError(f"{args.output} is a folder; give a file name ending in .pdf")
    started = time.perf_counter()
    try:
        path = export_packet(client.id, args.output, lang=args.lang, at=args.at, paper=args.paper)
    except OSError as exc:
        raise CliError(f"Could not write {args.output}: {exc.strerror or exc}") from exc
    elapsed = time.perf_counter() - started
    print(f"Wrote {path} ({path.stat().st_size:,} bytes, {elapsed:.2f} s)", file=sys.stderr)
    return EXIT_OK
