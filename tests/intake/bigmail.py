"""A large, realistic mbox for timing and for the cancel tests: Thunderbird-style separators,
encoded subjects, quoted replies, the odd base64 attachment, a quarter from strangers."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

CLIENT_ADDRESSES = [
    "bjorn@malarforlaget.se",
    "karin.ek@malarforlaget.se",
    "anna.lind@lindco.se",
    "sara@bergdesign.se",
    "tryck@mail.malarforlaget.se",
]
SUBJECTS = [
    "=?UTF-8?Q?Kan_vi_=C3=A4ndra_f=C3=A4rgen=3F?=",
    "Re: Offert",
    "Not quite it - one more round?",
    "URGENT: files for print",
    "Faktura {n}",
    "=?utf-8?B?QlLDhURTS0FOREU6IHRyeWNrZmlsZXJuYQ==?=",
    "Lunch?",
]
BODY = ("Hej Eva,\n\nHär kommer några tankar om omslaget.\n" * 20).encode()
ATTACHMENT = b"\n".join(
    [b"QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5"] * 400
)


def make_mbox(path: Path, n: int, seed: int = 7) -> Path:
    rnd = random.Random(seed)
    start = dt.datetime(2023, 1, 2, 8, 0, tzinfo=dt.timezone.utc)
    with open(path, "wb") as fh:
        for i in range(n):
            when = start + dt.timedelta(minutes=17 * i + rnd.randint(0, 600))
            client = rnd.choice(CLIENT_ADDRESSES)
            if i % 4 == 3:
                sender, to = f"news{i % 50}@newsletter.example", "eva@studio.se"
            elif i % 3:
                sender, to = client, "eva@studio.se"
            else:
                sender, to = "eva@studio.se", client
            subject = rnd.choice(SUBJECTS).format(n=i)
            head = (
                f"From - {when:%a %b %d %H:%M:%S %Y}\n"
                f"Message-ID: <bench{i}@clientfit.test>\n"
                f"Date: {when:%a, %d %b %Y %H:%M:%S} +0000\n"
                f"From: {sender}\nTo: {to}\nSubject: {subject}\n"
                "MIME-Version: 1.0\n"
            ).encode()
            if i % 50 == 0:
                fh.write(head + b'Content-Type: multipart/mixed; boundary="b"\n\n--b\n\n')
                fh.write(
                    BODY
                    + b"\n--b\nContent-Transfer-Encoding: base64\n\n"
                    + ATTACHMENT
                    + b"\n--b--\n\n"
                )
            else:
                fh.write(head + b"Content-Type: text/plain; charset=UTF-8\n\n" + BODY + b"\n")
    return path
