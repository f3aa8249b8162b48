"""The body reader on arbitrary bodies: it never raises, and what it keeps is at most 200
characters without control characters, whatever the MIME headers claim."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clientfit.common.phrases import builtin_phrases
from clientfit.intake.mailbody import EXCERPT, read_message, read_parts
from clientfit.intake.mailheaders import HEADER_PARSER

EXAMPLES = int(os.environ.get("CLIENTFIT_FUZZ_EXAMPLES", "250"))
CONTENT_TYPES = [
    "text/plain; charset=utf-8",
    "text/plain; charset=iso-8859-1",
    "text/plain; charset=x-nonsense",
    "text/html",
    'multipart/alternative; boundary="b"',
    'multipart/mixed; boundary="b"',
    "application/pdf",
    "message/rfc822",
    "",
]
ENCODINGS = ["", "7bit", "8bit", "quoted-printable", "base64", "x-uuencode"]
TEXT = st.sampled_from(
    [
        b"Not quite it.\n",
        b"> On Mon wrote:\n",
        b"--b\nContent-Type: text/plain\n\ninte riktigt\n--b--\n",
        b"<blockquote>x</blockquote><p>kan vi \xc3\xa4ndra</p>",
        b"-- \nsig not quite\n",
        b"=E4ndra=\n",
        b"\x00\x96\x1b",
    ]
)


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    ctype=st.sampled_from(CONTENT_TYPES),
    cte=st.sampled_from(ENCODINGS),
    body=st.lists(st.one_of(TEXT, st.binary(max_size=200)), max_size=8).map(b"".join),
    subject=st.text(max_size=80),
)
def test_any_body_reads_without_error_and_keeps_little(ctype, cte, body, subject):
    header = f"Subject: x\nContent-Type: {ctype}\nContent-Transfer-Encoding: {cte}\n".encode()
    head = HEADER_PARSER.parsebytes(header)

    for reading in (
        read_parts(head, body, subject, builtin_phrases()),
        read_message(header + b"\n" + body, subject, builtin_phrases()),
    ):
        assert len(reading.excerpt) <= EXCERPT
        assert not any(ord(c) < 32 and c not in "\n\t" for c in reading.excerpt)
