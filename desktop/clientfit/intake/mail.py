"""Putting messages on client timelines: who a message is from or to, and which way it went.

A message belongs to a client when its sender or a recipient is one of the client's contacts, or
writes from the client's company domain (the domains of its contacts' addresses) - never a public
mail domain such as gmail.com, which says nothing about the company. From the client = "in"; from
the user (their own addresses are a setting) to the client = "out". Each matched message is
flagged from its subject and new text (`mailbody`) with the phrase lists of `common.phrases`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from clientfit.common.phrases import current_phrases
from clientfit.i18n import _
from clientfit.intake.base import BATCH, ImportSummary, MessageRecord, Rejection
from clientfit.intake.mailbody import judge, read_parts
from clientfit.intake.mailparse import LeftOut
from clientfit.store.message_rows import insert_rows
from clientfit.store.models import Client, Contact, ContactPoint, Message
from clientfit.store.settings import get_setting

OWN_ADDRESSES = "intake.own_addresses"  # the user's own e-mail addresses (list of str)
# the columns of a batch row, in order (tuples insert several times faster than dicts)
FIELDS = [
    Message.client,
    Message.contact,
    Message.sent_at,
    Message.direction,
    Message.subject,
    Message.message_id,
    Message.change_request,
    Message.urgent,
    Message.source,
    Message.not_quite,
    Message.excerpt,
]

# Mail providers anyone can sign up with: their domain says nothing about a company.
PUBLIC_DOMAINS = frozenset(
    [
        "gmail.com",
        "googlemail.com",
        "outlook.com",
        "hotmail.com",
        "live.com",
        "msn.com",
        "yahoo.com",
        "ymail.com",
        "rocketmail.com",
        "icloud.com",
        "me.com",
        "mac.com",
        "aol.com",
        "gmx.com",
        "gmx.net",
        "gmx.de",
        "web.de",
        "t-online.de",
        "mail.com",
        "email.com",
        "protonmail.com",
        "proton.me",
        "pm.me",
        "zoho.com",
        "yandex.com",
        "yandex.ru",
        "mail.ru",
        "fastmail.com",
        "fastmail.fm",
        "hey.com",
        "tutanota.com",
        "tuta.io",
        "hushmail.com",
        "inbox.com",
        "qq.com",
        "163.com",
        "126.com",
        "naver.com",
        "orange.fr",
        "free.fr",
        "laposte.net",
        "wanadoo.fr",
        "libero.it",
        "virgilio.it",
        "bluewin.ch",
        "telia.com",
        "telia.se",
        "bredband.net",
        "bredband2.com",
        "comhem.se",
        "tele2.se",
        "spray.se",
        "passagen.se",
        "home.se",
        "glocalnet.net",
        "bahnhof.se",
        "online.no",
        "live.se",
        "hotmail.se",
        "outlook.se",
        "yahoo.se",
        "hotmail.co.uk",
        "btinternet.com",
        "sky.com",
        "virginmedia.com",
        "comcast.net",
        "verizon.net",
        "att.net",
        "sbcglobal.net",
    ]
)
# Provider names that recur under many country domains (hotmail.de, yahoo.co.uk, live.dk, ...).
PUBLIC_NAMES = frozenset(
    [
        "gmail",
        "googlemail",
        "hotmail",
        "outlook",
        "live",
        "msn",
        "yahoo",
        "ymail",
        "icloud",
        "aol",
        "gmx",
        "protonmail",
        "yandex",
    ]
)


def is_public_domain(domain: str) -> bool:
    domain = domain.lower().strip(".")
    if domain in PUBLIC_DOMAINS:
        return True
    labels = domain.split(".")
    # the name just left of the country / generic suffix: yahoo.co.uk -> yahoo, hotmail.de -> hotmail
    if len(labels) >= 2 and labels[-2] in PUBLIC_NAMES:
        return True
    return len(labels) >= 3 and labels[-3] in PUBLIC_NAMES and len(labels[-2]) <= 3


def own_addresses() -> set[str]:
    value = get_setting(OWN_ADDRESSES, [])
    if not isinstance(value, list):
        return set()
    return {str(v).strip().lower() for v in value if str(v).strip()}


class Matcher:
    """Addresses and company domains of every client, loaded once per import."""

    def __init__(self, own: Iterable[str] = ()):
        self.own = {a.lower() for a in own}
        self.by_address: dict[str, tuple[int, int]] = {}  # address -> (client id, contact id)
        domains: dict[str, set[int]] = {}
        query = (
            ContactPoint.select(ContactPoint.key, Contact.id, Contact.client)
            .join(Contact)
            .join(Client)
            .where(ContactPoint.kind == "email")
            .tuples()
        )
        for address, contact_id, client_id in query:
            if address in self.own:
                continue
            self.by_address.setdefault(address, (client_id, contact_id))
            domain = address.rpartition("@")[2]
            if domain and not is_public_domain(domain):
                domains.setdefault(domain, set()).add(client_id)
        own_domains = {a.rpartition("@")[2] for a in self.own}
        # a domain shared by two clients, or the user's own, identifies nobody
        self.by_domain = {
            d: next(iter(ids))
            for d, ids in domains.items()
            if len(ids) == 1 and d not in own_domains
        }

    def client_of(self, address: str) -> tuple[int, int | None] | None:
        if not address or address in self.own:
            return None
        hit = self.by_address.get(address)
        if hit is not None:
            return hit
        domain = address.rpartition("@")[2]
        while domain:
            cid = self.by_domain.get(domain)
            if cid is not None:
                return cid, None
            domain = domain.partition(".")[2] if domain.count(".") > 1 else ""
        return None

    def place(self, rec: MessageRecord) -> tuple[int, int | None, str] | None:
        """(client id, contact id or None, "in" | "out") or None when the message is no client's."""
        hit = self.client_of(rec.sender)
        if hit is not None:
            return hit[0], hit[1], "in"
        if self.own and rec.sender not in self.own:
            return None  # a third party writing to the client: not the user's contact
        for address in rec.recipients:
            hit = self.client_of(address)
            if hit is not None:
                return hit[0], hit[1], "out"
        return None


def write(
    records: Iterator[MessageRecord | Rejection | LeftOut],
    summary: ImportSummary,
    source: str = "mail",
) -> None:
    """Matched messages into the database in batches, flagged from their subject and new text.

    A Message-ID already stored is not added again, but its flags and excerpt are brought in line
    with today's reading rules (re-importing a file fills in what an older Clientfit left out).
    """
    matcher = Matcher(own_addresses())
    phrases = current_phrases()
    seen: set[str] = set()
    batch: list[tuple] = []

    def flush() -> None:
        if not batch:
            return
        known: dict[str, tuple] = {}
        ids = [row[5] for row in batch]
        for start in range(0, len(ids), 900):
            for mid, *flags in (
                Message.select(
                    Message.message_id,
                    Message.change_request,
                    Message.not_quite,
                    Message.urgent,
                    Message.excerpt,
                )
                .where(Message.message_id.in_(ids[start : start + 900]))
                .tuples()
            ):
                known[mid] = (bool(flags[0]), bool(flags[1]), bool(flags[2]), flags[3] or "")
        rows = [row for row in batch if row[5] not in known]
        for row in batch:
            stored = known.get(row[5])
            if stored is None:
                continue
            new = (row[6], row[9], row[7], row[10])
            if new == stored:
                summary.skipped["messages"] += 1
                continue
            Message.update(
                change_request=new[0], not_quite=new[1], urgent=new[2], excerpt=new[3]
            ).where(Message.message_id == row[5]).execute()
            summary.updated["messages"] += 1
        if rows:
            insert_rows(FIELDS, rows)
            summary.created["messages"] += len(rows)
        batch.clear()

    for rec in records:
        if isinstance(rec, Rejection):
            summary.rejected.append(rec)
            continue
        if isinstance(rec, LeftOut):
            summary.left_out[rec.why] += 1
            continue
        summary.read += 1
        if rec.dated_by != "date":
            summary.dated_by[rec.dated_by] += 1
        if rec.message_id in seen:
            summary.skipped["messages"] += 1
            continue
        seen.add(rec.message_id)
        placed = matcher.place(rec)
        if placed is None:
            summary.not_matched += 1
            continue
        client_id, contact_id, direction = placed
        # the client's own words are what the score reads: the user's replies keep subject flags
        if direction == "in" and rec.head is not None and rec.body:
            reading = read_parts(rec.head, rec.body, rec.subject, phrases)
        else:
            reading = judge(rec.subject, "", phrases)
        flags = reading.flags
        batch.append(
            (
                client_id,
                contact_id,
                rec.sent_at,
                direction,
                rec.subject,
                rec.message_id,
                flags.change_request,
                flags.urgent,
                source,
                flags.not_quite,
                reading.excerpt,
            )
        )
        if len(batch) >= BATCH:
            flush()
    flush()
    summary.notes.extend(mail_notes(summary))


def mail_notes(summary: ImportSummary) -> list[str]:
    """What the summary says about mail left out or dated without a Date header."""
    out = []
    if summary.left_out:
        out.append(
            _("Drafts, spam and trash (left out): {n}").format(n=sum(summary.left_out.values()))
        )
    if summary.dated_by:
        how = {
            "received": _("Received header"),
            "separator": _("mbox “From ” line"),
            "filename": _("Maildir file name"),
        }
        parts = [f"{how[k]}: {summary.dated_by[k]}" for k in how if summary.dated_by.get(k)]
        out.append(
            _("Messages without a Date header, dated from other evidence: {n} ({how})").format(
                n=sum(summary.dated_by.values()), how=", ".join(parts)
            )
        )
    return out
