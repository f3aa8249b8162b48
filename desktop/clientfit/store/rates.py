"""The user's exchange rates and base currency, as stored: set, list, remove.

Kept as the user typed them (decimal strings, a date each): a figure as of a day uses the latest
rate dated on or before it (`common.currency`). A rate is for the base currency it was set under.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from clientfit.i18n import _
from clientfit.store.clients import ValidationError
from clientfit.store.database import db
from clientfit.store.models import Client, ExchangeRate, Invoice
from clientfit.store.raw_values import as_day as _day
from clientfit.store.settings import get_setting, set_setting

BASE_CURRENCY_KEY = "money.base_currency"  # ISO 4217 code; unset = see `base_currency`
FALLBACK_BASE = "SEK"
_CODE = re.compile(r"^[A-Z]{3}$")


@dataclass(frozen=True)
class Rate:
    currency: str
    base: str
    on: dt.date
    rate: Decimal


def currency_code(text: str) -> str:
    """A three-letter ISO 4217 code in capitals ("eur" -> "EUR"), or a ValidationError."""
    code = (text or "").strip().upper()
    if not _CODE.match(code):
        raise ValidationError(
            _("“{text}” is not a currency code (three letters, e.g. SEK or EUR).").format(text=text)
        )
    return code


def rate_value(text: str | Decimal) -> Decimal:
    """A positive decimal rate ("11,42" is read as 11.42), or a ValidationError."""
    try:
        value = Decimal(str(text).strip().replace(",", "."))
    except InvalidOperation:
        raise ValidationError(_("“{text}” is not a number.").format(text=text)) from None
    if not value.is_finite() or value <= 0:
        raise ValidationError(
            _("An exchange rate must be above zero, not {text}.").format(text=text)
        )
    return value


def base_currency() -> str:
    """The user's base currency: the setting, else the currency most clients are billed in
    (SEK when there is no client); figures in other currencies are converted into it."""
    stored = get_setting(BASE_CURRENCY_KEY)
    if isinstance(stored, str) and _CODE.match(stored):
        return stored
    return most_common_currency() or FALLBACK_BASE


def base_currency_is_set() -> bool:
    stored = get_setting(BASE_CURRENCY_KEY)
    return isinstance(stored, str) and bool(_CODE.match(stored))


def most_common_currency() -> str | None:
    from peewee import fn

    row = (
        Client.select(Client.currency, fn.COUNT(Client.id).alias("n"))
        .group_by(Client.currency)
        .order_by(fn.COUNT(Client.id).desc(), Client.currency)
        .tuples()
        .first()
    )
    return row[0] if row else None


def set_base_currency(code: str) -> str:
    code = currency_code(code)
    set_setting(BASE_CURRENCY_KEY, code)
    return code


def set_rate(currency: str, rate: str | Decimal, on: dt.date | None = None) -> Rate:
    """Store (or replace) the rate of `currency` from `on` (default today) in the base currency."""
    code, value = currency_code(currency), rate_value(rate)
    base = base_currency()
    if code == base:
        raise ValidationError(
            _("{code} is your base currency: its rate is always 1.").format(code=code)
        )
    day = on or dt.date.today()
    with db.atomic():
        ExchangeRate.insert(currency=code, base=base, on=day, rate=str(value)).on_conflict(
            conflict_target=[ExchangeRate.currency, ExchangeRate.base, ExchangeRate.on],
            update={ExchangeRate.rate: str(value)},
        ).execute()
    return Rate(code, base, day, value)


def list_rates(all_bases: bool = False) -> list[Rate]:
    """The stored rates (of the current base currency unless `all_bases`), by currency and date."""
    query = ExchangeRate.select().order_by(ExchangeRate.currency, ExchangeRate.on)
    if not all_bases:
        query = query.where(ExchangeRate.base == base_currency())
    return [Rate(r.currency, r.base, _day(r.on), Decimal(r.rate)) for r in query]


def remove_rate(currency: str, on: dt.date | None = None) -> int:
    """Remove the rates of `currency` (only the one dated `on`, if given); how many went."""
    code = currency_code(currency)
    query = ExchangeRate.delete().where(
        (ExchangeRate.currency == code) & (ExchangeRate.base == base_currency())
    )
    if on is not None:
        query = query.where(ExchangeRate.on == on)
    with db.atomic():
        return query.execute()


def rates_on(day: dt.date, base: str | None = None) -> dict[str, Decimal]:
    """currency -> the latest rate dated on or before `day`, in the current base currency
    (the base itself maps to 1); `base` when the caller has just read `base_currency()`."""
    base = base or base_currency()
    out: dict[str, Decimal] = {}
    query = (
        ExchangeRate.select(ExchangeRate.currency, ExchangeRate.rate)
        .where((ExchangeRate.base == base) & (ExchangeRate.on <= day))
        .order_by(ExchangeRate.currency, ExchangeRate.on)
        .tuples()
    )
    for code, rate in query:
        out[code] = Decimal(rate)  # later dates overwrite earlier ones
    out[base] = Decimal(1)
    return out


def currencies_in_use() -> list[str]:
    """Every currency a client or an invoice is in (what may need a rate)."""
    found = {c for (c,) in Client.select(Client.currency).distinct().tuples()}
    found |= {c for (c,) in Invoice.select(Invoice.currency).distinct().tuples()}
    return sorted(c for c in found if c)
