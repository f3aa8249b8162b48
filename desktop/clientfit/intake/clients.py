"""Clients as imports see them: found by the matching rules (address, company domain, folded
name), created when an export names a new one (and the summary says so); and the user's today, the
last day an export may speak of."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from clientfit.common.zone import user_zone
from clientfit.i18n import _
from clientfit.intake.base import ImportSummary, Matched
from clientfit.intake.matching import ClientMatcher, Match
from clientfit.store.clients import ValidationError, clean_name
from clientfit.store.erasure import erased_checker
from clientfit.store.models import Client, name_key


class ClientBook:
    """Every client of the database, loaded once per import (a roster is small), found by the
    matching rules of `intake.matching`; a name no rule finds becomes a new client."""

    def __init__(self, summary: ImportSummary, own_addresses: Iterable[str] = ()):
        self.summary = summary
        self.matcher = ClientMatcher(own_addresses)
        self._terms: dict[int, int] = {}
        self._currency: dict[int, str] = {}
        self._erased = erased_checker()
        self._new: set[int] = set()
        self._told: set[tuple[str, int]] = set()
        self._seen: dict[str, int] = {}  # a name as written -> its client (no addresses given)
        for cid, terms, currency in Client.select(
            Client.id, Client.payment_terms_days, Client.currency
        ).tuples():
            self._terms[cid] = terms
            self._currency[cid] = currency

    def find(self, name: str) -> int | None:
        return self.matcher.exact(name)

    def resolve(self, name: str, currency: str | None = None, emails: Iterable[str] = ()) -> int:
        """The client's id, creating the client when no rule matches (ValidationError if the name
        is unusable). A match under another name is told in the summary, once per name."""
        emails = list(emails)
        if not emails and name in self._seen:  # a time or invoice export repeats its names
            return self._seen[name]
        cleaned = clean_name(name, "client name")
        hit = self.matcher.match(cleaned, emails)
        if hit is not None:
            self._tell(cleaned, hit)
            self.matcher.add(hit.client_id, emails=emails)
            if not emails:
                self._seen[name] = hit.client_id
            return hit.client_id
        if self._erased("name", cleaned) or any(self._erased("email", e) for e in emails or ()):
            raise ValidationError(
                _(
                    "“{name}” was deleted from Clientfit and stays deleted; allow it back with "
                    "clientfit-cli client allow NAME"
                ).format(name=cleaned)
            )
        values = {"name": cleaned, "name_key": name_key(cleaned)}
        if currency:
            values["currency"] = currency
        cid = Client.insert(**values).execute()
        self.matcher.add(cid, cleaned, emails)
        self._new.add(cid)
        self._terms[cid] = Client.payment_terms_days.default
        self._currency[cid] = currency or Client.currency.default
        self.summary.created["clients"] += 1
        self.summary.new_client_ids.add(cid)
        self.summary.new_clients.append(cleaned)
        if not emails:
            self._seen[name] = cid
        return cid

    def _tell(self, name: str, hit: Match) -> None:
        if (
            name_key(name) == name_key(hit.client_name)
            or (name_key(name), hit.client_id) in self._told
        ):
            return
        self._told.add((name_key(name), hit.client_id))
        self.summary.matched.append(
            Matched(name, hit.client_name, hit.reason(), new=hit.client_id in self._new)
        )

    def terms_days(self, client_id: int) -> int:
        return self._terms.get(client_id, Client.payment_terms_days.default)

    def currency(self, client_id: int) -> str:
        return self._currency.get(client_id, Client.currency.default)


def today_local() -> dt.date:
    """Today in the user's time zone: the last day an export may speak of."""
    return dt.datetime.now(user_zone()).date()
