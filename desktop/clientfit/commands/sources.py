"""Mail source commands: `source add maildir|mbox PATH`, `source add imap ...`, `source list`,
`source find`, `source remove ID`, and `sync`.

`sync` reads every enabled source for what is new (by File → Import's rules) and prints one
summary: per source what came in or what went wrong, and the clients whose band moved. Exit
status: 0 done; 1 done, but a source failed or some records were rejected; 2 bad usage.
"""

from __future__ import annotations

import argparse
import getpass
import sys

from clientfit.commands import EXIT_OK, EXIT_REJECTED, CliError, print_json, print_table
from clientfit.i18n import _

SOURCE_EPILOG = """\
kinds:
  maildir PATH   a Maildir, or a folder of them (mbsync, offlineimap, Evolution, mutt);
                 Drafts, Trash and Junk are left out
  mbox PATH      an mbox file, or a folder of them: a Thunderbird profile's Mail/<account> or
                 ImapMail/<server> folder (`source find` lists those it finds)
  imap           an IMAP account: --host and --user, TLS from the start on port 993, or
                 --starttls (required) on 143; --folder picks folders (default INBOX and Sent);
                 the password is asked for (or read with --password-stdin) and kept in this
                 computer's keyring, never in the database. Gmail needs an app password;
                 Microsoft 365 and Outlook.com accept only OAuth (not supported yet).

Nothing is read from a server or a folder until you add it; `sync` reads only what is new.
"""


def register(sub: argparse._SubParsersAction) -> None:
    source = sub.add_parser("source", help="mail sources kept current: add, list, find, remove")
    ssub = source.add_subparsers(
        dest="source_command", metavar="add|list|find|remove", required=True
    )

    p = ssub.add_parser(
        "add",
        help="add a Maildir or mbox folder, or an IMAP account",
        epilog=SOURCE_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("kind", choices=("maildir", "mbox", "imap"))
    p.add_argument("path", nargs="?", metavar="PATH")
    p.add_argument("--host")
    p.add_argument("--port", type=int)
    p.add_argument("--user")
    p.add_argument("--folder", action="append", default=[], metavar="F")
    p.add_argument("--starttls", action="store_true", help="plain connection upgraded, required")
    p.add_argument("--ca-file", metavar="PEM", help="a private CA's certificate")
    p.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    p.add_argument("--json", action="store_true", help="print the source as JSON")
    p.set_defaults(func=cmd_source_add, writes=True)

    p = ssub.add_parser("list", help="the sources and how their last sync went")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_source_list, writes=False)

    p = ssub.add_parser("find", help="mail folders on this computer you may add (Thunderbird...)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_source_find, writes=False)

    p = ssub.add_parser("remove", help="remove a source (the mail it brought in stays)")
    p.add_argument("id", type=int, metavar="ID")
    p.set_defaults(func=cmd_source_remove, writes=True)

    p = sub.add_parser("sync", help="read every mail source for what is new")
    p.add_argument("--json", action="store_true", help="print the summary as JSON")
    p.set_defaults(func=cmd_sync, writes=True)


def _password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    if not sys.stdin.isatty():
        raise CliError(_("No terminal to ask for the password: use --password-stdin."))
    return getpass.getpass(_("Password for {user}: ").format(user=args.user))


def cmd_source_add(args: argparse.Namespace) -> int:
    from clientfit.intake.sources import ImapAccount, SourceError, add_imap, add_local

    try:
        if args.kind == "imap":
            if args.path:
                raise CliError(_("An IMAP source takes --host and --user, not a path."))
            if not args.host or not args.user:
                raise CliError(_("source add imap needs --host and --user."))
            from clientfit.intake.imapsync import check_login

            account = ImapAccount(
                host=args.host,
                user=args.user,
                port=args.port,
                folders=tuple(args.folder),
                starttls=args.starttls,
                ca_file=args.ca_file,
            )
            info = add_imap(account, _password(args), check=check_login)
        else:
            if not args.path:
                raise CliError(_("source add {kind} needs a PATH.").format(kind=args.kind))
            if args.host or args.user or args.folder or args.starttls or args.ca_file:
                raise CliError(
                    _("--host, --user, --folder, --starttls and --ca-file are for IMAP.")
                )
            info = add_local(args.kind, args.path)
    except SourceError as exc:
        raise CliError(str(exc)) from None
    if args.json:
        print_json(info.as_dict())
    else:
        print(
            _("Added source {id}: {label}. `sync` reads it.").format(id=info.id, label=info.label)
        )
    return EXIT_OK


def cmd_source_list(args: argparse.Namespace) -> int:
    from clientfit.intake.sources import list_sources

    sources = list_sources()
    if args.json:
        print_json([s.as_dict() for s in sources])
        return EXIT_OK
    rows = [
        [
            s.id,
            s.kind,
            s.label + (f" ({', '.join(s.folders)})" if s.folders else ""),
            s.synced_at or "-",
            s.last_error or ("" if s.enabled else _("off")),
        ]
        for s in sources
    ]
    print_table([_("ID"), _("Kind"), _("Source"), _("Synced"), _("Problem")], rows)
    return EXIT_OK


def cmd_source_find(args: argparse.Namespace) -> int:
    from clientfit.intake.discover import discover

    found = discover()
    if args.json:
        print_json([c.as_dict() for c in found])
        return EXIT_OK
    rows = [[c.kind, c.what, c.path, c.folders, _("added") if c.added else ""] for c in found]
    print_table([_("Kind"), _("What"), _("Path"), _("Folders"), ""], rows)
    return EXIT_OK


def cmd_source_remove(args: argparse.Namespace) -> int:
    from clientfit.intake.sources import SourceError, remove_source

    try:
        info = remove_source(args.id)
    except SourceError as exc:
        raise CliError(str(exc)) from None
    print(
        _("Removed source {id}: {label}. The mail it brought in stays.").format(
            id=info.id, label=info.label
        )
    )
    return EXIT_OK


def cmd_sync(args: argparse.Namespace) -> int:
    from clientfit.core.sync import sync_all

    report = sync_all()
    if args.json:
        print_json(report.as_dict())
    else:
        for line in report.lines():
            print(line)
    bad = report.errors or any(r.rejected_total for r in report.sources)
    return EXIT_REJECTED if bad else EXIT_OK
