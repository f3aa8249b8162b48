"""Clients as imports see them: found by name case-insensitively, created when an export names a new
one (and the summary says so); and local export times turned into the naive UTC the store keeps."""

from __future__ import annotations

from clientfit.i18n import _
from clientfit.intake.base import ImportSummary
from clientfit.store.clients import ValidationError, clean_name
from clientfit.store.erasure import erased_checker
from clientfit.store.models import Client, name_key


class ClientBook:
    """Every client of the database by name key, loaded once per import (a roster is small)."""

    def __init__(self, summary: ImportSummary):
        self.summary = summary
        self._by_key: dict[str, int] = {}
        self._terms: dict[int, int] = {}
        self._currency: dict[int, str] = {}
        self._erased = erased_checker()
        for cid, key, terms, currency in Client.select(
            Client.id, Client.name_key, Client.payment_terms_days, Client.currency
        ).tuples():
            self._by_key[key] = cid
            self._terms[cid] = terms
            self._currency[cid] = currency

    def find(self, name: str) -> int | None:
        return self._by_key.get(name_key(name))

    def resolve(self, name: str, currency: str | None = None) -> int:
        """The client's id, creating the client when the name is new (ValidationError if unusable)."""
        cleaned = clean_name(name, "client name")
        key = name_key(cleaned)
        cid = self._by_key.get(key)
        if cid is not None:
            return cid
        if self._erased("name", cleaned):
            raise ValidationError(
                _(
                    "“{name}” was deleted from Clientfit and stays deleted; allow it back with "
                    "clientfit-cli client allow NAME"
                ).format(name=cleaned)
            )
        values = {"name": cleaned, "name_key": key}
        if currency:
            values["currency"] = currency
        cid = Client.insert(**values).execute()
        self._by_key[key] = cid
        self._terms[cid] = Client.payment_terms_days.default
        self._currency[cid] = currency or Client.currency.default
        self.summary.created["clients"] += 1
        self.summary.new_clients.append(cleaned)
        return cid

    def terms_days(self, client_id: int) -> int:
        return self._terms.get(client_id, Client.payment_terms_days.default)

    def currency(self, client_id: int) -> str:
        return self._currency.get(client_id, Client.currency.default)
