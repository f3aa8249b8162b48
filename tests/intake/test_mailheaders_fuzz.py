"""The header block read directly (`parse_header_block`) as the email package reads it, whatever
the block holds: the same headers, values and payload, or the email package's own reading."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clientfit.intake.mailheaders import HEADER_PARSER, parse_header_block

EXAMPLES = int(os.environ.get("CLIENTFIT_FUZZ_EXAMPLES", "250"))
LINES = st.sampled_from(
    [
        b"From: Eva <e@x.se>\n",
        b"To: a@b.se,\n",
        b"  c@d.se\n",
        b"\tfolded\n",
        b"Subject: =?utf-8?q?=C3=84ndra?=\n",
        b"Subject:\n",
        b"Subject: caf\xc3\xa9 \xe9\n",
        b"Date: Sun, 06 Dec 2026 19:26:10 +0000\n",
        b'Content-Type: multipart/alternative; boundary="b"\n',
        b"From me@x.se Sun Dec  6 19:26:10 2026\n",
        b":no name\n",
        b"Bad Name: x\n",
        b"no colon at all\n",
        b"X-Weird\x7f: y\n",
        b"Message-ID: <a@b>\r\n",
        b"Cc: x@y.se\r",
        b"\n",
        b" \n",
        b"Received: from a by b; Sun, 6 Dec 2026 19:26:10 +0100\n",
        b"X-Empty:",
    ]
)


@settings(max_examples=EXAMPLES * 4, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lines=st.lists(st.one_of(LINES, st.binary(max_size=30)), max_size=10))
def test_the_direct_reading_matches_the_email_package(lines):
    block = b"".join(lines)

    ours = parse_header_block(block)
    theirs = HEADER_PARSER.parsebytes(block)

    assert list(ours.raw_items()) == list(theirs.raw_items())
    assert ours.get_payload() == theirs.get_payload()
    assert ours.get_unixfrom() == theirs.get_unixfrom()
    assert ours.get("Content-Type") == theirs.get("Content-Type")
