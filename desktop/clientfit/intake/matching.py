"""Which existing client an imported record belongs to: one client, one record.

Exports name the same company in different ways ("Tveksam Design AB" in Outlook, "Tveksam Design"
in the time tracker), so a new client is created only when none of these rules finds one, tried in
this order (the first that gives exactly one client wins):

1. the same e-mail address as one of the client's contacts;
2. the same e-mail domain as the client's contacts, unless it is a public mail domain (gmail.com
   says nothing about a company) or is shared by several clients;
3. the same name after folding case, diacritics, punctuation and legal suffixes (AB, HB, KB, Ltd,
   Limited, LLC, Inc, GmbH, Oy, AS, ApS, "& Co").

Every importer (vCard, contacts CSV, time, invoices) and the mail importer can ask the same
`ClientMatcher`; a `Match` says which client and why, so summaries can say it too.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from clientfit.i18n import N_, _
from clientfit.store.models import Client, Contact, ContactPoint, name_key

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
    from clientfit.intake.mail import is_public_domain  # the list of public domains lives there

    domain = email_domain(address)
    return "" if not domain or "." not in domain or is_public_domain(domain) else domain


@dataclass(frozen=True)
class Match:
    """A record matched to a client: which one, by which rule, on what evidence."""

    client_id: int
    client_name: str
    rule: str  # email | domain | name
    detail: str  # the address, the domain, or the folded name

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
        self.by_folded: dict[str, set[int]] = {}
        self.by_address: dict[str, set[int]] = {}
        self.by_domain: dict[str, set[int]] = {}
        for cid, name, key in Client.select(Client.id, Client.name, Client.name_key).tuples():
            self._add_name(cid, name, key)
        query = (
            ContactPoint.select(ContactPoint.key, Contact.client)
            .join(Contact)
            .where(ContactPoint.kind == "email")
            .tuples()
        )
        for address, cid in query:
            self._add_address(cid, address)

    def _add_name(self, cid: int, name: str, key: str | None = None) -> None:
        self.names[cid] = name
        self.by_key.setdefault(key or name_key(name), cid)
        self.by_folded.setdefault(fold_name(name), set()).add(cid)

    def _add_address(self, cid: int, address: str) -> None:
        address = address.strip().lower()
        if not address or address in self.own:
            return
        self.by_address.setdefault(address, set()).add(cid)
        domain = company_domain(address)
        if domain and domain not in self.own_domains:
            self.by_domain.setdefault(domain, set()).add(cid)

    def add(self, client_id: int, name: str | None = None, emails: Iterable[str] = ()) -> None:
        """A client (new, or with new addresses) the rest of the import should find."""
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
            ids = self.by_address.get(address, set())
            if len(ids) == 1:
                return self._match(ids, "email", address)
        for address in addresses:
            domain = company_domain(address)
            ids = self.by_domain.get(domain, set()) if domain else set()
            if len(ids) == 1 and domain not in self.own_domains:
                return self._match(ids, "domain", domain)
        cid = self.exact(name) if name else None
        if cid is not None:
            return Match(cid, self.names[cid], "name", name_key(name))
        folded = fold_name(name) if name else ""
        ids = self.by_folded.get(folded, set()) if folded else set()
        if len(ids) == 1:
            return self._match(ids, "name", folded)
        return None

    def _match(self, ids: set[int], rule: str, detail: str) -> Match:
        cid = next(iter(ids))
        return Match(cid, self.names[cid], rule, detail)
