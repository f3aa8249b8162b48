"""Mail for the sync tests: Maildir files and mbox messages from a client (Lind & Co, from the
contacts.vcf fixture) to the user (eva@studio.se), with Message-IDs that say which they are."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

START = dt.datetime(2024, 4, 1, 8, 0)


def message(n: int, sender: str = "anna.lind@lindco.se", subject: str = "") -> bytes:
    when = START + dt.timedelta(hours=5 * n)
    return (
        f"Message-ID: <sync{n}@lindco.se>\n"
        f"Date: {when:%a, %d %b %Y %H:%M:%S} +0200\n"
        f"From: {sender}\nTo: eva@studio.se\n"
        f"Subject: {subject or f'Meddelande {n}'}\n\nText {n}.\n"
    ).encode()


def mbox_message(n: int, **kwargs) -> bytes:
    when = START + dt.timedelta(hours=5 * n)
    return f"From - {when:%a %b %d %H:%M:%S %Y}\n".encode() + message(n, **kwargs) + b"\n"


def make_maildir(path: Path) -> Path:
    for sub in ("cur", "new", "tmp"):
        (path / sub).mkdir(parents=True, exist_ok=True)
    return path


def deliver(maildir: Path, n: int, **kwargs) -> Path:
    """A message into new/, as a delivery agent puts it (written in tmp/, then moved)."""
    name = f"{1711958400 + n}.M{n}P1.host"
    tmp = maildir / "tmp" / name
    tmp.write_bytes(message(n, **kwargs))
    target = maildir / "new" / name
    tmp.rename(target)
    return target
