"""vCard 2.1, 3.0 and 4.0 (phones, Apple Contacts, Google, Outlook) into clients and contacts.

The file is cut into cards a line at a time (so a large address book never sits in memory at once)
and each card is parsed by vobject, which handles folding, quoted-printable with CHARSET and grouped
properties such as `item1.EMAIL`. Two things vobject does not do are done here first: joining the
soft line breaks of quoted-printable values (a 2.1 line ending in "="), and dropping PHOTO/LOGO
data we do not keep. ORG becomes the client (FN when there is no ORG; an existing client when the
matching rules of `intake.matching` find one), the card a contact, its NOTE a note on the client.
A card without END:VCARD ends where the next BEGIN:VCARD starts: it alone is rejected.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import vobject

from clientfit.i18n import _
from clientfit.intake.base import (
    BATCH,
    ContactRecord,
    ImportContext,
    Rejection,
    at_line,
)
from clientfit.intake.textio import LineReader, decode_line
from clientfit.intake.values import imported_note

_DROPPED = re.compile(r"^(?:[\w-]+\.)?(?:PHOTO|LOGO|SOUND|KEY)[;:]", re.IGNORECASE)
# Bounded memory and time whatever one card holds: a card past either limit is rejected on its own
# (the good cards beside it still go in); a real card has tens of lines, a kept note 100,000
# characters at most.
MAX_CARD_LINES = 2_000
MAX_CARD_BYTES = 2_000_000
_QP = re.compile(r"^[^:]*;(?:ENCODING=)?QUOTED-PRINTABLE\b[^:]*:", re.IGNORECASE)
_SKIP_TYPES = {"INTERNET", "PREF", "X400", "VOICE", "X-INTERNET"}


def _unfold_qp(lines: list[str]) -> list[str]:
    """Unfold: quoted-printable soft line breaks ("=" at the end), which vobject would choke on,
    and ordinary folded lines, so that whole values can be looked at."""
    out: list[list[str]] = []  # each logical line as its parts, joined once: linear, not quadratic
    joining = False
    for line in lines:
        if joining:
            out[-1][-1] = out[-1][-1][:-1]
            out[-1].append(line.lstrip(" \t"))
        elif line[:1] in (" ", "\t") and out:
            out[-1].append(line[1:])  # an ordinary folded line (RFC 6350 3.2), unfolded here
        else:
            out.append([line])
        last = out[-1]
        joining = last[-1].endswith("=") and bool(_QP.match(last[0]))
    return ["".join(parts) for parts in out]


_TEXT_PROPS = re.compile(r"^(?:[\w-]+\.)?(?:FN|TITLE|ROLE|ORG|NOTE)[;:]", re.IGNORECASE)
_BARE_COMMA = re.compile(r"(?<!\\),")


def _escape_commas(lines: list[str]) -> list[str]:
    """vCard 2.1 (and careless 3.0 writers) leave commas in names unescaped; vobject would read
    "Ek, Ulla" as a list and keep only "Ek"."""
    out = []
    for line in lines:
        if _TEXT_PROPS.match(line) and ":" in line:
            head, value = line.split(":", 1)
            line = f"{head}:{_BARE_COMMA.sub(lambda _m: chr(92) + ',', value)}"
        out.append(line)
    return out


def read_cards(fh, ctx: ImportContext | None = None) -> Iterator[tuple[int, list[str]] | Rejection]:
    """(first line number, lines of one card) for each BEGIN:VCARD..END:VCARD, streamed."""
    lines = LineReader(fh)
    card: list[str] | None = None
    start = 0
    long_line = 0
    dropping = False
    size = 0
    for raw in lines:
        text = decode_line(raw).rstrip("\r\n")
        upper = text.strip().upper()
        if upper == "BEGIN:VCARD":
            if card is not None:  # the card before never ended: it ends here, and is rejected
                yield Rejection(at_line(start), _("the card has no END:VCARD before the next card"))
            card, start, long_line, dropping = [text.strip()], lines.lineno, 0, False
            size = 0
            continue
        if card is None:
            continue
        if lines.lineno in lines.too_long:
            long_line = long_line or lines.lineno
            continue
        if upper == "END:VCARD":
            card.append("END:VCARD")
            if long_line:  # named by where the card starts, like every card's rejection
                yield Rejection(
                    at_line(start),
                    _("a line of the card is longer than 1 MB; the card was skipped"),
                )
            elif size > MAX_CARD_BYTES or len(card) > MAX_CARD_LINES:
                yield Rejection(
                    at_line(start),
                    _(
                        "the card is too large ({lines} lines, {kb} kB; at most {max_lines} "
                        "lines and {max_kb} kB)"
                    ).format(
                        lines=lines.lineno - start + 1,
                        kb=size // 1000,
                        max_lines=MAX_CARD_LINES,
                        max_kb=MAX_CARD_BYTES // 1000,
                    ),
                )
            else:
                yield start, card
            card = None
            continue
        if text[:1] in (" ", "\t"):
            if not dropping:
                size += len(text)
                if size <= MAX_CARD_BYTES and len(card) <= MAX_CARD_LINES:
                    card.append(text)  # past either limit only counted: the card is rejected
            continue
        dropping = bool(_DROPPED.match(text))
        if not dropping and text:
            size += len(text)
            if size <= MAX_CARD_BYTES and len(card) <= MAX_CARD_LINES:
                card.append(text)
    if card is not None:
        yield Rejection(at_line(start), _("the card has no END:VCARD; the file may be cut short"))


def _label(prop) -> str | None:
    types = [t for t in prop.params.get("TYPE", []) for t in t.split(",")]
    types += list(getattr(prop, "singletonparams", []) or [])
    kept = [t.lower() for t in types if t.upper() not in _SKIP_TYPES]
    return kept[0] if kept else None


_VOBJECT_LINE = re.compile(r"^\s*At line \d+:\s*", re.IGNORECASE)


def _vobject_error(exc: Exception) -> str:
    """vobject's message without its own "At line N:" (counted within the card, so it would
    contradict the file's line number the rejection names)."""
    return _VOBJECT_LINE.sub("", str(exc))[:120]


def _note(card) -> str:
    """Every NOTE of the card as one text (line breaks kept, surrounding space gone); a card
    whose notes are longer than a note may be is rejected (ValueError), never cut."""
    parts = []
    for prop in card.getChildren():
        if prop.name.upper() == "NOTE":
            value = prop.value if isinstance(prop.value, str) else ",".join(map(str, prop.value))
            text = "\n".join(line.rstrip() for line in value.strip().splitlines())
            if text:
                parts.append(text)
    return imported_note("\n\n".join(parts), _("the card was skipped"))


def card_to_record(start: int, lines: list[str]) -> ContactRecord:
    """One card's lines into a plain contact record (ValueError when it says nothing usable)."""
    try:
        card = vobject.readOne(
            "\r\n".join(_escape_commas(_unfold_qp(lines))) + "\r\n", ignoreUnreadable=True
        )
    except Exception as exc:  # vobject raises a zoo of exception types for broken input
        raise ValueError(_("unreadable card ({error})").format(error=_vobject_error(exc))) from None
    labels: dict[str, str] = {}
    for prop in card.getChildren():
        if prop.group and prop.name.upper() == "X-ABLABEL":
            labels[prop.group] = str(prop.value).strip("_$!<>").lower()

    def first(name: str) -> str:
        prop = getattr(card, name.lower(), None)
        value = getattr(prop, "value", "") if prop is not None else ""
        if isinstance(value, list):
            value = next((v for v in value if str(v).strip()), "")
        return " ".join(str(value).split())

    fn = first("FN")
    if not fn and getattr(card, "n", None) is not None:
        n = card.n.value
        fn = " ".join(
            " ".join(p) if isinstance(p, list) else p
            for p in (n.prefix, n.given, n.additional, n.family)
            if p
        )
        fn = " ".join(fn.split())
    org = first("ORG")
    if not fn and not org:
        raise ValueError(_("the card has neither a name (FN/N) nor an organisation (ORG)"))
    record = ContactRecord(
        where=at_line(start),
        client_name=org or fn,
        name=fn or org,
        title=first("TITLE"),
        note=_note(card),
    )
    for prop in card.getChildren():
        name = prop.name.upper()
        if name not in ("EMAIL", "TEL"):
            continue
        value = " ".join(str(prop.value).split())
        if name == "TEL" and value.lower().startswith("tel:"):
            value = value[4:]
        if name == "EMAIL" and value.lower().startswith("mailto:"):
            value = value[7:]
        if not value:
            continue
        label = labels.get(prop.group) if prop.group else None
        label = label or _label(prop)
        (record.emails if name == "EMAIL" else record.phones).append((value, label))
    return record


def parse(path: Path, ctx: ImportContext) -> Iterator[ContactRecord | Rejection]:
    with open(path, "rb") as fh:
        ctx.total = path.stat().st_size
        for n, item in enumerate(read_cards(fh)):
            if n % BATCH == 0:
                ctx.checkpoint(fh.tell())
            if isinstance(item, Rejection):
                yield item
                continue
            start, lines = item
            try:
                yield card_to_record(start, lines)
            except ValueError as exc:
                yield Rejection(at_line(start), str(exc))
            except Exception as exc:  # vobject on hostile input: one card lost, never the import
                yield Rejection(
                    at_line(start), _("unreadable card ({error})").format(error=_vobject_error(exc))
                )
