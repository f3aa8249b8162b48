"""Import and export commands: `import KIND FILE`, `export json|csv|ics`.

`import` prints what was created, updated, skipped and rejected (with line / message numbers).
Exit status: 0 done; 1 done but some records were rejected; 2 the file could not be imported at
all (unknown format, unreadable, nothing readable in it) and nothing was written.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from clientfit.commands import EXIT_OK, EXIT_REJECTED, EXIT_USAGE, CliError, print_json
from clientfit.i18n import _

KIND_CHOICES = ("auto", "vcard", "contacts", "mbox", "mail", "time", "invoices", "json")

IMPORT_EPILOG = """\
kinds:
  vcard     vCard 2.1/3.0/4.0 (.vcf): ORG becomes the client (FN without ORG), the card a contact
  contacts  Google Contacts CSV, Outlook contacts CSV, LinkedIn Connections.csv (or a vCard):
            the company becomes the client, the person its contact
  mbox      mail: an mbox file (Thunderbird, Gmail Takeout), one .eml, or a Maildir folder
  time      Toggl Track / Clockify / Harvest detailed CSV, or Clientfit's time CSV
  invoices  Harvest invoice report, FreshBooks invoice export, Invoice Ninja v4 export,
            Invoice Ninja v5 invoice CSV, or Clientfit's invoice CSV:
              client,number,issued_on,due_on,total,currency,paid_on,paid_amount,subject
  json      a Clientfit export (export json)
  auto      tell the format from the file

Dates like 01/10/2026 are never guessed: a day above 12 anywhere in the file decides; else
--date-order dmy|mdy|ymd; else your date order setting (by default your locale's); else the file
is refused (exit 2). Dates after today are rejected. The summary says which order it used and why.

Importing the same file twice changes nothing the second time. A name in the file goes to an
existing client with the same e-mail address, else the same company e-mail domain, else the same
name apart from case, accents and legal form (AB, Ltd, GmbH, ...); the summary says which and why.
Messages are matched to clients by contact address or company domain; your own addresses (--me)
tell sent mail apart.
"""


def _import_writes(args) -> bool:
    """An import writes, unless it is a dry run (which still remembers --me addresses)."""
    return not args.dry_run or bool(args.me)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "import",
        help="import a vCard, mail, time-tracker, invoice or JSON file",
        epilog=IMPORT_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("kind", choices=KIND_CHOICES, metavar="KIND", help="|".join(KIND_CHOICES))
    p.add_argument("file", metavar="FILE")
    p.add_argument("--json", action="store_true", help="print the summary as JSON")
    p.add_argument("--dry-run", action="store_true", help="show what would happen; change nothing")
    p.add_argument(
        "--date-order",
        choices=("dmy", "mdy", "ymd"),
        help="how to read dates like 01/10/2026 when the file itself does not show it",
    )
    p.add_argument(
        "--me",
        action="append",
        metavar="ADDRESS",
        default=[],
        help="one of your own e-mail addresses (remembered; repeat for several)",
    )
    p.set_defaults(func=cmd_import, writes=_import_writes)

    export = sub.add_parser("export", help="export everything as JSON, or a list as CSV, or .ics")
    esub = export.add_subparsers(dest="export_command", metavar="json|csv|ics", required=True)
    p = esub.add_parser("json", help="everything, as a JSON dump that `import json` reads back")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.set_defaults(func=cmd_export_json, writes=False)
    p = esub.add_parser("csv", help="the roster, time entries or invoices as CSV")
    p.add_argument("what", choices=("roster", "time", "invoices"))
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.set_defaults(func=cmd_export_csv, writes=False)
    p = esub.add_parser("ics", help="a meeting or key date as a calendar file")
    p.add_argument("-o", "--output", required=True, metavar="FILE.ics")
    p.add_argument("--title", required=True)
    p.add_argument(
        "--start",
        required=True,
        help='"YYYY-MM-DD HH:MM" in your time zone, or YYYY-MM-DD (all day)',
    )
    group = p.add_mutually_exclusive_group()
    group.add_argument("--end", help="same form as --start")
    group.add_argument("--minutes", type=int, help="length in minutes (default 60)")
    p.add_argument("--description", default="")
    p.add_argument("--location", default="")
    p.set_defaults(func=cmd_export_ics, writes=False)


def _progress_printer():
    if not sys.stderr.isatty():
        return None
    last = {"pct": -1}

    def show(done: int, total: int) -> None:
        pct = int(100 * done / total) if total else 0
        if pct != last["pct"]:
            last["pct"] = pct
            print(f"\r{pct:3d} %", end="", file=sys.stderr, flush=True)

    return show


def cmd_import(args: argparse.Namespace) -> int:
    from clientfit.intake import FormatError, ImportCancelled, IntakeError, run_import
    from clientfit.intake.mail import OWN_ADDRESSES, own_addresses
    from clientfit.store.settings import set_setting

    kind = "mbox" if args.kind == "mail" else args.kind
    if args.me:
        mine = sorted(own_addresses() | {a.strip().lower() for a in args.me if "@" in a})
        set_setting(OWN_ADDRESSES, mine)
        print(_("Your own addresses: {list}").format(list=", ".join(mine)), file=sys.stderr)
    progress = _progress_printer()
    try:
        summary = run_import(
            args.file,
            kind,
            progress=progress,
            confirm=(lambda _s: False) if args.dry_run else None,
            date_order=args.date_order,
        )
    except (FormatError, IntakeError) as exc:
        raise CliError(str(exc), EXIT_USAGE) from None
    except (ImportCancelled, KeyboardInterrupt):
        print(_("\nCancelled; nothing was changed."), file=sys.stderr)
        return 130
    finally:
        if progress is not None:
            print("\r", end="", file=sys.stderr)
    if args.json:
        print_json(summary.as_dict())
    else:
        for line in summary.lines():
            print(line)
    return EXIT_REJECTED if summary.rejected else EXIT_OK


def cmd_export_json(args: argparse.Namespace) -> int:
    from clientfit.intake import export_json

    counts = export_json(args.output)
    print(
        _("Wrote {path}: {n} rows in {t} tables.").format(
            path=args.output, n=sum(counts.values()), t=len(counts)
        )
    )
    return EXIT_OK


def cmd_export_csv(args: argparse.Namespace) -> int:
    from clientfit.intake import export_csv

    n = export_csv(args.what, args.output)
    print(_("Wrote {path}: {n} rows.").format(path=args.output, n=n))
    return EXIT_OK


def _moment(text: str) -> dt.datetime | dt.date:
    """The user's wall-clock time as naive UTC, or a plain date for an all-day event."""
    from clientfit.common.zone import local_to_utc, user_zone

    text = text.strip()
    try:
        if len(text) <= 10:
            return dt.date.fromisoformat(text)
        return local_to_utc(dt.datetime.fromisoformat(text.replace("T", " ")), user_zone())
    except ValueError:
        raise CliError(
            _('“{text}” is not a date (YYYY-MM-DD) or time ("YYYY-MM-DD HH:MM").').format(text=text)
        ) from None


def cmd_export_ics(args: argparse.Namespace) -> int:
    from clientfit.intake.calendar import CalendarEvent, write_ics

    start = _moment(args.start)
    end = _moment(args.end) if args.end else None
    duration = dt.timedelta(minutes=args.minutes) if args.minutes else None
    if type(start) is not type(end) and end is not None:
        raise CliError(_("--start and --end must both be dates or both be times."))
    try:
        write_ics(
            args.output,
            [
                CalendarEvent(
                    title=args.title,
                    start=start,
                    end=end,
                    duration=duration,
                    description=args.description,
                    location=args.location,
                )
            ],
        )
    except ValueError as exc:
        raise CliError(str(exc)) from None
    print(_("Wrote {path}.").format(path=args.output))
    return EXIT_OK
