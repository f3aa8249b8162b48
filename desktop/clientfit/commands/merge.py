"""`client merge KEEP OTHER`: one client that was recorded twice becomes one, after a backup."""

from __future__ import annotations

import argparse

from clientfit.commands import EXIT_OK, CliError
from clientfit.i18n import _

# table -> what its rows are, for the summary
TABLE_LABELS = {
    "contact": ("contact", "contacts"),
    "note": ("note", "notes"),
    "message": ("message", "messages"),
    "time_entry": ("time entry", "time entries"),
    "invoice": ("invoice", "invoices"),
    "deliverable": ("deliverable", "deliverables"),
    "need": ("need", "needs"),
    "consideration": ("consideration", "considerations"),
    "offboarding_plan": ("offboarding plan", "offboarding plans"),
    "health_snapshot": ("monthly health snapshot", "monthly health snapshots"),
}


def register_client(csub: argparse._SubParsersAction) -> None:
    """Adds `merge` to the `client` subcommands."""
    p = csub.add_parser(
        "merge",
        help="move every record of OTHER into KEEP and remove OTHER (one transaction, backup first)",
    )
    p.add_argument("keep", metavar="KEEP")
    p.add_argument("other", metavar="OTHER")
    p.set_defaults(func=cmd_client_merge, writes=True)


def _counts(counter) -> str:
    parts = []
    for table, n in sorted(counter.items()):
        one, many = TABLE_LABELS.get(table, (table, table))
        if n:
            parts.append(f"{n} {one if n == 1 else many}")
    return ", ".join(parts)


def cmd_client_merge(args) -> int:
    from clientfit.store.backup import BackupError
    from clientfit.store.clients import ValidationError, get_client
    from clientfit.store.merge import merge_clients

    try:
        keep, other = get_client(args.keep), get_client(args.other)
        result = merge_clients(keep, other)
    except (ValidationError, BackupError) as exc:
        raise CliError(str(exc)) from None
    if result.backup is not None:
        print(_("Backup first: {path}").format(path=result.backup))
    print(
        _("Merged “{other}” into “{keep}”.").format(other=result.other, keep=result.keep)
        + (" " + _("Moved: {counts}.").format(counts=_counts(result.moved)) if result.moved else "")
    )
    if result.dropped:
        print(
            _("Already in “{keep}” (left out): {counts}.").format(
                keep=result.keep, counts=_counts(result.dropped)
            )
        )
    for old, new in result.renamed_invoices:
        print(
            _("Invoice {old} was numbered like one of “{keep}”'s: it is now {new}.").format(
                old=old, keep=result.keep, new=new
            )
        )
    return EXIT_OK
