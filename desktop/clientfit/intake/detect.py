"""Telling files apart by what is in them: the first line, or a CSV file's header row.

A vCard begins with BEGIN:VCARD, an mbox with "From ", a single message with mail headers, a
Maildir is a folder with cur/ and new/, a Clientfit dump is JSON that says so. A CSV export is
known by its header row (after Invoice Ninja's three-line preamble). A file that is none of these
gets an error naming every format that is supported, after a hint (`intake.hints`) of what it
seems to be and how to export something close from the program it came from.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from pathlib import Path

from clientfit.i18n import N_, _
from clientfit.intake.base import MAX_LINE, FormatError, unknown_format
from clientfit.intake.hints import hint_for_bytes, hint_for_header
from clientfit.intake.textio import BOM, decode_line, sniff_delimiter


@dataclass(frozen=True)
class Detected:
    kind: str  # vcard | contacts | mbox | time | invoices | json
    fmt: str  # the precise layout, e.g. "toggl", "harvest_invoices", "maildir"
    label: str  # its name for people (translatable msgid)
    skip: int = 0  # lines before the CSV header row
    delimiter: str = ","
    header: list[str] = field(default_factory=list)  # normalised CSV column names


def norm(name: str) -> str:
    return " ".join(name.strip().strip('"').split()).casefold()


# each CSV layout's name for people (translatable msgids)
CSV_LABELS = {
    "clockify": N_("Clockify detailed CSV"),
    "toggl": N_("Toggl Track detailed CSV"),
    "harvest_time": N_("Harvest time report CSV"),
    "google_contacts": N_("Google Contacts CSV"),
    "outlook_contacts": N_("Outlook contacts CSV"),
    "linkedin": N_("LinkedIn Connections.csv"),
    "clientfit_time": N_("Clientfit time CSV"),
    "harvest_invoices": N_("Harvest invoice report"),
    "freshbooks": N_("FreshBooks invoice export"),
    "ninja5": N_("Invoice Ninja v5 invoice CSV"),
    "ninja4": N_("Invoice Ninja v4 export"),
    "clientfit_invoices": N_("Clientfit invoice CSV"),
}
# (fmt, kind, the columns that must all be in the header row, "|" between them), tried in order
CSV_FORMATS: list[tuple[str, str, str]] = [
    ("clockify", "time", "project|client|description|start date|start time|duration (decimal)"),
    ("toggl", "time", "client|project|description|start date|start time|duration"),
    ("harvest_time", "time", "date|client|project|hours"),
    ("google_contacts", "contacts", "e-mail 1 - value|organization name"),
    ("google_contacts", "contacts", "e-mail 1 - value|organization 1 - name"),
    ("outlook_contacts", "contacts", "first name|last name|e-mail address|company|job title"),
    ("linkedin", "contacts", "first name|last name|company|position|connected on"),
    ("clientfit_time", "time", "client|started_at|seconds"),
    ("harvest_invoices", "invoices", "issue date|id|client|invoice amount|paid amount"),
    ("freshbooks", "invoices", "client name|invoice #|date issued|line total"),
    ("ninja5", "invoices", "client name|invoice number|invoice amount|invoice date"),
    ("ninja4", "invoices", "client|invoice number|amount|invoice date"),
    ("clientfit_invoices", "invoices", "client|number|issued_on|total"),
]
_HEADER_LINE = re.compile(rb"^([!-9;-~]+):")
_MAIL_HEADERS = {
    b"from",
    b"to",
    b"cc",
    b"subject",
    b"date",
    b"message-id",
    b"received",
    b"return-path",
    b"mime-version",
    b"content-type",
    b"sender",
    b"reply-to",
    b"delivered-to",
}


def _head_lines(path: Path, n: int = 8) -> list[bytes]:
    out = []
    with open(path, "rb") as fh:
        for _i in range(n):
            line = fh.readline(MAX_LINE + 1)
            if not line:
                break
            out.append(line)
    if out and out[0].startswith(BOM):
        out[0] = out[0][len(BOM) :]
    return out


def _is_header_block(path: Path, limit: int = 64 * 1024) -> bool:
    """One message file: the file opens with a block of mail headers, in any order, folded lines
    allowed, that names at least one mail header (From, Content-Type, MIME-Version, ...)."""
    names: set[bytes] = set()
    size = 0
    with open(path, "rb") as fh:
        for line in fh:
            size += len(line)
            if line in (b"\n", b"\r\n") or size > limit:
                break
            if line[:1] in (b" ", b"\t") and names:
                continue
            m = _HEADER_LINE.match(line)
            if m is None:
                break  # the body begins without the blank line (a defect mail readers accept)
            names.add(m.group(1).strip().lower())
    return bool(names & _MAIL_HEADERS)


def detect(path: Path | str, kind: str = "auto") -> Detected:
    """What `path` is; FormatError when it is nothing Clientfit reads or not the `kind` asked for."""
    path = Path(path)
    if not path.exists():
        raise FormatError(_("{path}: no such file or folder.").format(path=path))
    if path.is_dir():
        if (path / "cur").is_dir() and (path / "new").is_dir():
            found = Detected("mbox", "maildir", N_("Maildir folder"))
        else:
            raise unknown_format(path, _("It is a folder, but not a Maildir (no cur/ and new/)."))
    else:
        try:
            found = _detect_file(path)
        except OSError as exc:
            raise FormatError(
                _("{path}: cannot be read ({error}).").format(path=path, error=exc)
            ) from None
    if kind not in ("auto", found.kind) and not (kind == "contacts" and found.kind == "vcard"):
        raise FormatError(
            _(
                "{path} is a {found}; it cannot be imported as {kind}. Import it as “{right}” (or “auto”)."
            ).format(path=path, found=_(found.label), kind=kind, right=found.kind)
        )
    return found


def _detect_file(path: Path) -> Detected:
    lines = _head_lines(path)
    if not lines:
        raise unknown_format(path, _("The file is empty."))
    if lines[0].startswith((b"\xff\xfe", b"\xfe\xff")):
        raise unknown_format(path, _("It is UTF-16 text; save it as UTF-8 and try again."))
    hint = hint_for_bytes(lines[0])
    if hint:
        raise unknown_format(path, hint)
    first = lines[0].strip()
    if first.upper() == b"BEGIN:VCARD" or (
        not first and any(ln.strip().upper() == b"BEGIN:VCARD" for ln in lines)
    ):
        return Detected("vcard", "vcard", N_("vCard file"))
    if lines[0].startswith(b"From "):
        return Detected("mbox", "mbox", N_("mbox mail file"))
    if _HEADER_LINE.match(lines[0]) and _is_header_block(path):
        return Detected("mbox", "eml", N_("e-mail message (.eml)"))
    if first.startswith(b"{"):
        head = b"".join(lines)[:4000]
        if b'"clientfit-dump"' in head:
            return Detected("json", "json", N_("Clientfit export (JSON)"))
        raise unknown_format(path, _("It is JSON, but not a Clientfit dump."))
    return _detect_csv(path, lines)


def _detect_csv(path: Path, lines: list[bytes]) -> Detected:
    skip = 0
    if decode_line(lines[0]).strip().startswith("Notes:"):
        # LinkedIn's Connections.csv: a "Notes:" line, the note, a blank line, the header row
        skip = next(
            (
                i
                for i, ln in enumerate(lines[1:], start=1)
                if "connected on" in norm(decode_line(ln))
            ),
            len(lines),
        )
    elif decode_line(lines[0]).lstrip('"').startswith("Invoice Ninja v"):
        # title, blank line, section name ("INVOICES"), then the header row
        skip = next(
            (i for i, ln in enumerate(lines[1:6], start=1) if decode_line(ln).count(",") >= 3),
            3,
        )
    if skip >= len(lines):
        raise unknown_format(path, _("The file ends before its header row."))
    text = decode_line(lines[skip]).rstrip("\r\n")
    delimiter = sniff_delimiter(text)
    try:
        header = [norm(c) for c in next(csv.reader([text], delimiter=delimiter), [])]
    except csv.Error as exc:  # e.g. a stray carriage return inside the first line
        raise unknown_format(
            path, _("Its first line is not CSV ({error}).").format(error=exc)
        ) from None
    names = set(header)
    for fmt, kind, needed in CSV_FORMATS:
        if set(needed.split("|")) <= names:
            label = CSV_LABELS[fmt]
            return Detected(kind, fmt, label, skip=skip, delimiter=delimiter, header=header)
    shown = ", ".join(c for c in header[:8] if c)
    detail = _("Its first row ({columns}) matches no known export.").format(columns=shown or "-")
    hint = hint_for_header(header)
    raise unknown_format(path, f"{detail} {hint}" if hint else detail)
