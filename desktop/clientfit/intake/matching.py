"""Which existing client an imported record belongs to: one client, one record.

Exports name the same company in different ways ("Tveksam Design AB" in Outlook, "Tveksam Design"
in the time tracker), so a new client is created only when none of these rules finds one, tried in
this order (the first that gives exactly one client wins):

1. the same e-mail address as one of the client's contacts;
2. the same e-mail domain as the client's contacts (or a subdomain of it), unless it is a public
   mail domain (gmail.com says nothing about a company, see PUBLIC_DOMAINS) or is shared by
   several clients;
3. the same name after folding case, diacritics, punctuation and legal suffixes (AB, HB, KB, Ltd,
   Limited, LLC, Inc, GmbH, Oy, AS, ApS, "& Co").

Every importer (vCard, contacts CSV, time, invoices) and the mail importer ask the same
`ClientMatcher` (mail, which has no company name, only rules 1 and 2: `match_address`); a `Match`
says which client and why, so summaries can say it too.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from clientfit.i18n import N_, _
from clientfit.store.models import Client, Contact, ContactPoint, name_key
from clientfit.store.seen_keys import KeyedLists

# Legal forms dropped at the end of a name (folded, without dots): Swedish, Finnish, Danish,
# Norwegian, German, British and American ones freelancers meet most.
LEGAL_SUFFIXES = (
    "ab",
    "hb",
    "kb",
    "ltd",
    "limited",
    "llc",
    "inc",
    "gmbh",
    "oy",
    "as",
    "aps",
    "& co",
    "and co",
    "co",
)
_SUFFIX = re.compile(r"(?:[\s,]+(?:" + "|".join(re.escape(s) for s in LEGAL_SUFFIXES) + r"))+$")
_PUNCT = re.compile(r"[^\w&\s]+")

# the reasons, as the summary says them after "matched to existing client X"
REASONS = {
    "email": N_("same e-mail address {detail}"),
    "domain": N_("same company e-mail domain {detail}"),
    "name": N_("same name apart from case, accents or legal form ({detail})"),
}


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
    """Whether anyone can sign up at this domain (then it says nothing about a company)."""
    domain = domain.lower().strip(".")
    if domain in PUBLIC_DOMAINS:
        return True
    labels = domain.split(".")
    # the name just left of the country / generic suffix: yahoo.co.uk -> yahoo, hotmail.de -> hotmail
    if len(labels) >= 2 and labels[-2] in PUBLIC_NAMES:
        return True
    return len(labels) >= 3 and labels[-3] in PUBLIC_NAMES and len(labels[-2]) <= 3


def fold_name(name: str) -> str:
    """A company name in the form rule 3 compares: "Tveksam Design AB" -> "tveksam design"."""
    text = unicodedata.normalize("NFKD", name or "")
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = text.replace("ø", "o").replace("æ", "ae").replace("ß", "ss").replace("đ", "d")
    text = _PUNCT.sub(" ", text)  # "Ltd." -> "Ltd", "Lind & Co, AB" -> "Lind & Co  AB"
    text = " ".join(text.split())
    stripped = _SUFFIX.sub("", text).strip(" ,&")
    return stripped or text  # a name that is only a legal form stays itself


def email_domain(address: str) -> str:
    return address.rpartition("@")[2].strip().lower().strip(".")


def company_domain(address: str) -> str:
    """The address's domain when it can say which company writes (not gmail.com); else ""."""
    domain = email_domain(address)
    return "" if not domain or "." not in domain or is_public_domain(domain) else domain


LOOKED_UP_MAX = 20_000  # addresses whose answer is remembered; then forgotten, asked again


@dataclass(frozen=True)
class Match:
    """A record matched to a client: which one, by which rule, on what evidence."""

    client_id: int
    client_name: str
    rule: str  # email | domain | name
    detail: str  # the address, the domain, or the folded name
    contact_id: int | None = None  # by address: the contact who has it

    def reason(self) -> str:
        return _(REASONS[self.rule]).format(detail=self.detail)


class ClientMatcher:
    """Every client's addresses, company domains and folded names, loaded once per import; `add`
    keeps it current as an import creates clients and contacts."""

    def __init__(self, own_addresses: Iterable[str] = ()):
        self.own = {a.lower() for a in own_addresses}
        self.own_domains = {email_domain(a) for a in self.own}
        self.names: dict[int, str] = {}
        self.by_key: dict[str, int] = {}
        self._folded: dict[str, set[int]] | None = None  # built when a name is first matched
        self._looked_up: dict[str, Match | None] = {}  # match_address's answers (mail repeats)
        # address -> (client, its contact or 0) for every address known: in a dict up to a limit,
        # then in a temporary file (store.seen_keys), so a file of a million people stays bounded
        self._addresses = KeyedLists()
        self.by_domain: dict[str, set[int]] = {}
        for cid, name, key in Client.select(Client.id, Client.name, Client.name_key).tuples():
            self._add_name(cid, name, key)
        query = (
            ContactPoint.select(ContactPoint.key, Contact.client, Contact.id)
            .join(Contact)
            .where(ContactPoint.kind == "email")
            .tuples()
        )
        for address, cid, contact_id in query:
            self._add_address(cid, address, contact_id)

    def _add_name(self, cid: int, name: str, key: str | None = None) -> None:
        self.names[cid] = name
        self.by_key.setdefault(key or name_key(name), cid)
        if self._folded is not None:
            self._folded.setdefault(fold_name(name), set()).add(cid)

    @property
    def by_folded(self) -> dict[str, set[int]]:
        """Folded name -> clients; folded on first use (mail, matching by address, never needs it)."""
        if self._folded is None:
            self._folded = {}
            for cid, name in self.names.items():
                self._folded.setdefault(fold_name(name), set()).add(cid)
        return self._folded

    def _add_address(self, cid: int, address: str, contact_id: int | None = None) -> None:
        address = address.strip().lower()
        if not address or address in self.own:
            return
        if all(known != cid for known, _contact in self._addresses.get(address)):
            self._addresses.add(address, (cid, contact_id or 0))
        domain = company_domain(address)
        if domain and domain not in self.own_domains:
            self.by_domain.setdefault(domain, set()).add(cid)

    def add(self, client_id: int, name: str | None = None, emails: Iterable[str] = ()) -> None:
        """A client (new, or with new addresses) the rest of the import should find."""
        self._looked_up.clear()
        if name is not None:
            self._add_name(client_id, name)
        for address in emails:
            self._add_address(client_id, address)

    def exact(self, name: str) -> int | None:
        """The client with this very name (case and spacing aside), if any."""
        return self.by_key.get(name_key(name))

    def match(self, name: str, emails: Iterable[str] = ()) -> Match | None:
        """The existing client a record names (`name`, with the record's e-mail addresses), by the
        first of the three rules that points at exactly one client; None when none does."""
        addresses = [a.strip().lower() for a in emails if a and "@" in a]
        addresses = [a for a in addresses if a not in self.own]
        for address in addresses:
            hit = self._by_address(address)
            if hit is not None:
                return hit
        for address in addresses:
            hit = self._by_domain(address)
            if hit is not None:
                return hit
        cid = self.exact(name) if name else None
        if cid is not None:
            return Match(cid, self.names[cid], "name", name_key(name))
        folded = fold_name(name) if name else ""
        ids = self.by_folded.get(folded, set()) if folded else set()
        if len(ids) == 1:
            return self._match(ids, "name", folded)
        return None

    def match_address(self, address: str) -> Match | None:
        """Rules 1 and 2 for one address with no name to go by (a message's sender or recipient):
        the client whose contact has it, else the client of its company domain; None otherwise."""
        if address in self._looked_up:
            return self._looked_up[address]
        key = (address or "").strip().lower()
        hit = None
        if "@" in key and key not in self.own:
            hit = self._by_address(key) or self._by_domain(key)
        if len(self._looked_up) >= LOOKED_UP_MAX:  # a spam folder of a million senders: bounded
            self._looked_up.clear()
        self._looked_up[address] = hit
        return hit

    def _by_address(self, address: str) -> Match | None:
        known = self._addresses.get(address)
        ids = {cid for cid, _contact in known}
        if len(ids) != 1:
            return None
        contact = next((contact for _cid, contact in known if contact), None)
        return self._match(ids, "email", address, contact)

    def _by_domain(self, address: str) -> Match | None:
        """The domain's one client; a subdomain (mail.malarforlaget.se) is its company's domain
        when only the company's own is known."""
        domain = company_domain(address)
        while domain and domain not in self.own_domains:
            ids = self.by_domain.get(domain)
            if ids is not None:
                return self._match(ids, "domain", domain) if len(ids) == 1 else None
            domain = domain.partition(".")[2] if domain.count(".") > 1 else ""
        return None

    def _match(self, ids: set[int], rule: str, detail: str, contact_id: int | None = None) -> Match:
        cid = next(iter(ids))
        return Match(cid, self.names[cid], rule, detail, contact_id)
