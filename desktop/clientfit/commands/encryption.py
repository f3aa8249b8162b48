"""`clientfit-cli encrypt|decrypt [--passphrase-stdin]`: the database and every backup to SQLCipher
and back (store/encryption_convert.py), and how the CLI asks for a passphrase."""

from __future__ import annotations

import argparse
import sys

from clientfit.commands import EXIT_OK, CliError
from clientfit.i18n import N_, _, ngettext

WARNING = N_(
    "Encryption keeps your database and backups unreadable without the key. The key is kept in "
    "this computer's keyring; where there is none, your passphrase unlocks it. If you forget the "
    "passphrase and the keyring is lost, the data cannot be recovered by anyone."
)


def register(sub: argparse._SubParsersAction) -> None:
    for name, func, text in (
        ("encrypt", cmd_encrypt, "encrypt the database and every backup (SQLCipher)"),
        (
            "decrypt",
            cmd_decrypt,
            "turn an encrypted database and its backups back into plain files",
        ),
    ):
        p = sub.add_parser(name, help=text)
        p.add_argument(
            "--passphrase-stdin",
            action="store_true",
            help="read the passphrase from the first line of standard input",
        )
        p.set_defaults(func=func, needs_db=False, writes=True)


def passphrase_reader(from_stdin: bool):
    """`ask(try) -> passphrase | None`: the first line of stdin (once), or a hidden prompt."""
    if from_stdin:
        lines = iter([sys.stdin.readline().rstrip("\r\n")])
        return lambda _attempt: next(lines, None)
    if not sys.stdin.isatty():
        return None

    def ask(attempt: int) -> str | None:
        import getpass

        prompt = _("Passphrase: ") if attempt == 1 else _("Not right. Passphrase again: ")
        try:
            return getpass.getpass(prompt)
        except (EOFError, KeyboardInterrupt):
            return None

    return ask


def _db(args):
    from clientfit.paths import default_db_path

    return args.db or default_db_path()


def cmd_encrypt(args) -> int:
    import getpass

    from clientfit.store.encryption import EncryptionError
    from clientfit.store.encryption_convert import encrypt_files

    print(_(WARNING), file=sys.stderr)
    if args.passphrase_stdin:
        passphrase = sys.stdin.readline().rstrip("\r\n")
    elif sys.stdin.isatty():
        passphrase = getpass.getpass(_("New passphrase: "))
        if getpass.getpass(_("The same again: ")) != passphrase:
            raise CliError(_("The two passphrases differ; nothing was changed."))
    else:
        raise CliError(_("Give the passphrase with --passphrase-stdin; nothing was changed."))
    try:
        done = encrypt_files(_db(args), passphrase)
    except EncryptionError as exc:
        raise CliError(str(exc)) from None
    print(
        ngettext(
            "Encrypted the database and {b} backup.",
            "Encrypted the database and {b} backups.",
            len(done.files) - 1,
        ).format(b=len(done.files) - 1)
    )
    if not done.keyring:
        print(
            _("No keyring here: every start will ask for the passphrase."),
            file=sys.stderr,
        )
    return EXIT_OK


def cmd_decrypt(args) -> int:
    from clientfit.store.encryption import EncryptionError, is_encrypted, unlock
    from clientfit.store.encryption_convert import decrypt_files

    db_path = _db(args)
    if not is_encrypted(db_path):
        raise CliError(_("{path} is not encrypted.").format(path=db_path))
    try:
        key = unlock(db_path, passphrase_reader(args.passphrase_stdin))
        done = decrypt_files(db_path, key)
    except EncryptionError as exc:
        raise CliError(str(exc)) from None
    print(_("Decrypted {n} files; the key was forgotten.").format(n=len(done.files)))
    return EXIT_OK
