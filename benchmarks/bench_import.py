"""Importing a 100,000-message mbox against merely parsing it with the stdlib.

The mbox is generated here with the stdlib `email` package: mail between the freelancer
(me@freelancer.example) and the portfolio's contacts `c{i}@client{i}.example`, over the last 18
months, a share of it after hours, some subjects asking for changes, some Swedish and RFC 2047
encoded. Clientfit: `clientfit-cli import mbox FILE --me me@freelancer.example` (a fresh process,
into the portfolio). Baseline: a fresh process that reads the same file with `mailbox.mbox` and
parses the headers Clientfit reads (From, To, Cc, Date, Subject, Message-ID) with `email.utils` /
`email.header`. Speed ratio = baseline time / Clientfit time; target at least 0.7.

    python benchmarks/bench_import.py parse FILE      (the baseline, prints the message count)
"""

from __future__ import annotations

import datetime as dt
import email.header
import email.utils
import mailbox
import random
import sys
from pathlib import Path

from benchlib import BENCH_DIR, CLI, PYTHON, Result, bench_env, not_available, timed_run

ME = "me@freelancer.example"
SUBJECTS = [
    "Re: homepage draft",
    "Quick question about the invoice",
    "Can you change the logo colour?",
    "One more revision please",
    "Meeting notes",
    "Re: Re: timeline",
    "URGENT: the banner is wrong",
    "Feedback on v3",
    "Ändring av texten på startsidan",
    "Kan vi flytta mötet till fredag?",
]
BODY = (
    "Hi,\n\nThanks for the update. A few thoughts below; let me know what you think.\n\n"
    "- the header feels heavy\n- can we try another shade?\n\nBest regards\n"
)


def _subject(text: str) -> str:
    return text if text.isascii() else email.header.Header(text, "utf-8").encode()


def write_mbox(path: Path, messages: int, clients: int, today: dt.date, seed: int = 8) -> None:
    """An mbox of `messages` messages with the portfolio's contacts (written as bytes, fast)."""
    rng = random.Random(seed)
    subjects = [_subject(s) for s in SUBJECTS]
    start = dt.datetime.combine(today - dt.timedelta(days=540), dt.time(0), dt.timezone.utc)
    span = 540 * 86400
    with open(path, "wb") as fh:
        for n in range(1, messages + 1):
            i = 1 + int(rng.paretovariate(1.16) * 7) % clients
            them = email.utils.formataddr((f"Contact {i}", f"c{i}@client{i}.example"))
            sent = start + dt.timedelta(seconds=rng.randrange(span))
            sender, to = (them, ME) if rng.random() < 0.6 else (ME, them)
            fh.write(
                (
                    f"From {ME if sender == ME else f'c{i}@client{i}.example'} "
                    f"{sent.strftime('%a %b %d %H:%M:%S %Y')}\n"
                    f"From: {sender}\nTo: {to}\n"
                    f"Date: {email.utils.format_datetime(sent)}\n"
                    f"Subject: {subjects[n % len(subjects)]}\n"
                    f"Message-ID: <bench{n}@client{i}.example>\n"
                    "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
                    f"{BODY}\n"
                ).encode()
            )


def parse_only(path: Path) -> int:
    """The baseline: every message through mailbox.mbox, the headers Clientfit reads parsed."""
    count = 0
    for msg in mailbox.mbox(str(path), create=False):
        email.utils.getaddresses(
            msg.get_all("from", []) + msg.get_all("to", []) + msg.get_all("cc", [])
        )
        email.utils.parsedate_to_datetime(msg["date"])
        str(email.header.make_header(email.header.decode_header(msg["subject"] or "")))
        msg.get("message-id")
        count += 1
    return count


def run(db: Path, tmp: Path, messages: int, clients: int) -> list[Result]:
    measure = f"import a {messages:,}-message mbox"
    env = bench_env(tmp)
    probe = timed_run([*CLI, "import", "--help"], env)[1]
    if probe.returncode != 0 or "mbox" not in probe.stdout:
        return [
            not_available(
                measure, "`clientfit-cli import mbox` is not in this checkout", "s", "speed"
            )
        ]
    path = tmp / f"bench-{messages}.mbox"
    write_mbox(path, messages, clients, dt.date.today())
    base_s, base = timed_run([PYTHON, str(BENCH_DIR / "bench_import.py"), "parse", str(path)], env)
    if base.returncode != 0:
        raise RuntimeError(f"the baseline parse failed: {base.stderr[-2000:]}")
    ours_s, ours = timed_run(
        [*CLI, "--db", str(db), "import", "mbox", str(path), "--me", ME, "--json"], env
    )
    if ours.returncode not in (0, 1):
        return [
            Result(
                measure,
                None,
                base_s,
                "s",
                "speed",
                0.7,
                note=f"not available: the import failed ({ours.returncode}): {ours.stderr.strip()[-300:]}",
            )
        ]
    summary = ours.stdout.strip()[-600:]
    return [
        Result(
            measure,
            ours_s,
            base_s,
            "s",
            "speed",
            0.7,
            note=(
                f"{path.stat().st_size / 1e6:.0f} MB file, {messages / ours_s:,.0f} msg/s imported vs "
                f"{messages / base_s:,.0f} msg/s parsed (mailbox.mbox), both fresh processes"
            ),
            details={"baseline_count": base.stdout.strip(), "summary": summary},
        )
    ]


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "parse":
        print(parse_only(Path(sys.argv[2])))
    else:
        sys.exit(__doc__)
