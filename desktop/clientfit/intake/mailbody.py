"""A message's new text: what the sender wrote this time, without quotes, forwards or signature.

The indecisive client says "that's not quite it" in the body, not in the subject, so the importers
read each matched message's first text part (HTML turned into text when there is no plain part),
cut off what was quoted or forwarded and the signature, and look for the phrase lists there
(`clientfit.common.phrases`). Reply parsing is `mail-parser-reply`'s (it knows English and Swedish
clients' "On … wrote:" / "Den … skrev:" and Outlook's "From:/Från:" blocks); the rules here catch
what it leaves: quote lines ("> "), a "-- " signature, forward markers, headers wrapped over
several lines. Only the flags and a short excerpt leave this module: bodies are never stored.
"""

from __future__ import annotations

import binascii
import email.errors
import quopri
import re
from dataclasses import dataclass
from email.message import Message
from email.parser import BytesParser
from email.policy import compat32
from functools import lru_cache

from mailparser_reply.parser import EmailMessage

from clientfit.common.phrases import Flags, Phrases, classify, find, fold
from clientfit.intake.mailhtml import html_to_text

EXCERPT = 200  # characters at most
MAX_TEXT = 64_000  # characters of a text part decoded
NEW_TEXT_SCAN = 8_000  # characters searched for the new text's end (it comes first)
_PARSER = BytesParser(policy=compat32)
_LANGUAGES = ["en", "sv"]
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_LEGACY = {"iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii", "iso8859-1", "l1"}

# What mail-parser-reply leaves (each cuts the text from the start of its match).
_CUTS = [
    # "-----Original Message-----", "---------- Forwarded message ---------", Swedish forms
    re.compile(
        r"^\s*-{2,}\s*(?:original message|ursprungligt meddelande|forwarded message|"
        r"vidarebefordrat meddelande|begin forwarded message|början av vidarebefordrat)\b.*$",
        re.I | re.M,
    ),
    re.compile(r"^\s*(?:begin forwarded message|vidarebefordrat brev)\s*:.*$", re.I | re.M),
    # "On <date>, <name> <addr> wrote:" / "Den <date> skrev <name>:", wrapped over up to 3 lines
    re.compile(r"^\s*on\b[^\n]{0,200}(?:\n[^\n]{0,200}){0,2}?\bwrote\s*:\s*$", re.I | re.M),
    re.compile(
        r"^\s*(?:den\b|\d{1,2}\s+\w+\.?\s+\d{4}|\d{4}-\d{2}-\d{2})[^\n]{0,200}"
        r"(?:\n[^\n]{0,200}){0,2}?\bskrev\b[^\n]{0,200}:\s*$",
        re.I | re.M,
    ),
    # one Outlook header line left alone ("From: Björn <b@x.se>" / "Från: ...")
    re.compile(
        r"^\s*\**(?:from|från)\s*:\**\s*\S[^\n]*(?:@|\n\s*\**(?:sent|skickat|date|datum|to|till)\b)",
        re.I | re.M,
    ),
    # the signature separator "-- " (and the bare "--" a stripped line leaves)
    re.compile(r"^--\s*$", re.M),
    # an Outlook divider line of underscores
    re.compile(r"^\s*_{10,}\s*$", re.M),
]
_REPLY_PREFIX = re.compile(r"^\s*(?:re|sv|aw|vs|fw|fwd|vb|wg|tr)\s*(?:\[\d+\])?\s*:", re.I)
_QUOTE_LINE = re.compile(r"^[ \t]*>.*(?:\n|$)", re.M)
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|\n\s*\n")


@dataclass(frozen=True)
class BodyReading:
    flags: Flags
    excerpt: str  # "" unless a change request or "not quite" was found


def read_message(raw: bytes, subject: str, phrases: Phrases) -> BodyReading:
    """Flags and excerpt for one whole message (headers and body as bytes)."""
    try:
        msg = _PARSER.parsebytes(raw)
    except (email.errors.MessageError, ValueError, TypeError, IndexError):
        msg = None
    text = new_text(first_text(msg)) if msg is not None else ""
    return judge(subject, text, phrases)


def read_parts(head: Message, body: bytes, subject: str, phrases: Phrases) -> BodyReading:
    """Like `read_message`, from a header block already parsed and the body's bytes. A single
    text part (most mail) is decoded directly; anything else is parsed whole."""
    ctype, charset = _content_type(head)
    if ctype in ("text/plain", "text/html") and not _is_attachment(head):
        text = _decode_bytes(
            _transfer_decode(body, str(head.get("Content-Transfer-Encoding", ""))), charset
        )
        if ctype == "text/html":
            text = html_to_text(text)
        return judge(subject, new_text(text), phrases)
    if not ctype.startswith("multipart/"):
        return judge(subject, "", phrases)  # a lone attachment, a calendar invitation, ...
    # only the Content-Type (its boundary) matters to split the parts
    top = f"Content-Type: {head.get('Content-Type', '')}\nMIME-Version: 1.0\n\n"
    try:
        msg = _PARSER.parsebytes(top.encode("utf-8", "surrogateescape") + body)
    except (email.errors.MessageError, ValueError, TypeError, IndexError, UnicodeError):
        return judge(subject, "", phrases)
    return judge(subject, new_text(first_text(msg)), phrases)


_CHARSET = re.compile(r'charset\s*=\s*"?([^";\s]+)', re.I)


def _content_type(head: Message) -> tuple[str, str | None]:
    """(type, charset) of a header block, read with a glance (the email package's parameter
    parser is slow enough to show in a big import); unusual values go to it after all."""
    value = head.get("Content-Type")
    if value is None:
        return "text/plain", None
    value = str(value)
    if "*" in value or "(" in value:  # RFC 2231 parameters, comments
        return head.get_content_type(), head.get_content_charset()
    ctype = value.split(";", 1)[0].strip().lower()
    if ctype.count("/") != 1:
        ctype = "text/plain"  # what the email package assumes for a broken type
    m = _CHARSET.search(value)
    return ctype, (m.group(1).lower() if m else None)


def _transfer_decode(body: bytes, encoding: str) -> bytes:
    encoding = encoding.strip().lower()
    try:
        if encoding == "quoted-printable":
            return quopri.decodestring(body)
        if encoding == "base64":
            return binascii.a2b_base64(re.sub(rb"[^A-Za-z0-9+/=]", b"", body) + b"==")
    except (binascii.Error, ValueError):
        return b""
    return body


def judge(subject: str, text: str, phrases: Phrases) -> BodyReading:
    """The subject and the new text against the phrase lists; the excerpt quotes the first hit."""
    if _REPLY_PREFIX.match(subject or ""):
        subject = ""  # "Re: Not quite it" repeats the other side's words
    flags = classify(f"{subject}\n{text}", phrases)
    excerpt = ""
    if flags.change_request or flags.not_quite:
        excerpt = excerpt_of(text, phrases) or excerpt_of(subject, phrases)
    return BodyReading(flags, excerpt)


def excerpt_of(text: str, phrases: Phrases) -> str:
    """The sentence of `text` where a change request or "not quite" first shows, <= 200 chars."""
    if not text:
        return ""
    for sentence in _SENTENCE_END.split(text):
        folded = fold(sentence)
        if find(folded, phrases.not_quite) or find(folded, phrases.change_request):
            clean = " ".join(sentence.split())
            return clean if len(clean) <= EXCERPT else clean[: EXCERPT - 1].rstrip() + "…"
    return ""


# --- the first text part -------------------------------------------------------------------


def first_text(msg: Message) -> str:
    """The first text/plain part that is not an attachment; else the first text/html as text.
    Attached (forwarded) messages are not looked into: their text is not the sender's."""
    plain, html = _find_parts(msg)
    if plain is not None:
        return _decode(plain)
    if html is not None:
        return html_to_text(_decode(html))
    return ""


def _find_parts(part: Message) -> tuple[Message | None, Message | None]:
    plain = html = None
    stack = [part]
    while stack and plain is None:
        node = stack.pop(0)
        ctype = node.get_content_type()
        if node.is_multipart():
            if ctype == "message/rfc822" and node is not part:
                continue
            children = node.get_payload()
            if isinstance(children, list):
                if ctype == "multipart/alternative":
                    # plain before html whatever the order in the file
                    children = sorted(children, key=lambda c: c.get_content_type() != "text/plain")
                stack[0:0] = children
            continue
        if ctype == "message/rfc822" or _is_attachment(node):
            continue
        if ctype == "text/plain":
            plain = node
        elif ctype == "text/html" and html is None:
            html = node
    return plain, html


def _is_attachment(part: Message) -> bool:
    disposition = str(part.get("Content-Disposition", "")).split(";")[0].strip().lower()
    return disposition == "attachment"


def _decode(part: Message) -> str:
    """A text part's payload as str: its charset (ISO-8859-1 read as Windows-1252, its superset
    in practice), UTF-8 when none is given; control characters dropped."""
    try:
        payload = part.get_payload(decode=True)
    except (ValueError, TypeError, AssertionError, email.errors.MessageError):
        payload = None
    if not isinstance(payload, bytes):
        payload = str(part.get_payload() or "").encode("utf-8", "replace")
    return _decode_bytes(payload, part.get_content_charset())


def _decode_bytes(payload: bytes, charset: str | None) -> str:
    payload = payload[: MAX_TEXT * 4]
    charset = (charset or "").lower()
    if charset in _LEGACY:
        charset = "cp1252"
    text = None
    for candidate in (charset or "utf-8", "utf-8", "cp1252"):
        try:
            text = payload.decode(candidate)
            break
        except (LookupError, UnicodeDecodeError):
            continue
    if text is None:
        text = payload.decode("utf-8", "replace")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("", text)[:MAX_TEXT]


# --- the new text ---------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _reply_rules() -> dict:
    """mail-parser-reply's settings and its three compiled patterns, built once (the library
    would otherwise assemble and look them up again for every message)."""
    settings = {"languages": list(_LANGUAGES), "keep_hyphen_lists": True}
    probe = EmailMessage(text="", **settings)
    return {
        **settings,
        "_header_regex": probe.HEADER_REGEX,
        "_disclaimers_regex": probe.DISCLAIMERS_REGEX,
        "_signature_regex": probe.SIGNATURE_REGEX,
    }


# What each of mail-parser-reply's patterns needs somewhere in the text to match at all (a looser
# test than the pattern itself): without it the pattern is swapped for one that never matches, so
# the result is the library's own, only sooner (its header pattern alone costs ~50 µs a message).
_NEVER = re.compile(r"(?!)")
_MAY_HAVE = {  # pattern -> words one of which it needs (in the lower-cased text)
    "_header_regex": (
        "wrote",
        "skrev",
        "original message",
        "from:",
        "sent:",
        "to:",
        "subject:",
        "date:",
        "cc:",
        "organization:",
        "från:",
        "skickat:",
        "till:",
        "ämne:",
        "datum:",
        "kopia:",
    ),
    "_disclaimers_regex": (
        "caution:",
        "disclaimer",
        "warning:",
        "confidential",
        "privileged",
        "private",
        "sensitive",
        "important",
        "varning:",
        "observera:",
    ),
    "_signature_regex": (
        "--",
        "__",
        "best",
        "regards",
        "thanks,",
        "thank you,",
        "sent from my",
        "get outlook for",
        "hälsningar",
        "mvh",
        "skickat från min",
        "/",
    ),
}


def _rules_for(text: str) -> dict:
    low = text.lower()
    out = dict(_reply_rules())
    for key, words in _MAY_HAVE.items():
        if not any(w in low for w in words):
            out[key] = _NEVER
    return out


def new_text(text: str) -> str:
    """What the sender wrote this time: quoted replies, forwards and the signature cut off."""
    if not text.strip():
        return ""
    # the new text comes first; a long quoted thread below it need not be searched
    text = text[:NEW_TEXT_SCAN].replace("\r\n", "\n")
    try:
        message = EmailMessage(text=text, **_rules_for(text))
        message.read()
        first = message.replies[0] if message.replies else None
        # a fragment that starts with a header ("On … wrote:") is already the quoted mail
        body = first.body if first is not None and not first.headers else ""
    except (re.error, IndexError, ValueError):  # pragma: no cover - defensive
        body = text
    return _cut(body)


def _cut(text: str) -> str:
    end = len(text)
    for pattern in _CUTS:
        m = pattern.search(text, 0, end)
        if m is not None:
            end = min(end, m.start())
    text = _QUOTE_LINE.sub("", text[:end])
    return text.strip()
