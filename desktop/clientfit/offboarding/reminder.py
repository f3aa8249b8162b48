"""Chase the money: a payment reminder listing the overdue invoices, how late each is, and the
late-payment interest and fixed compensation the law allows.

In Sweden (räntelagen 6 §, lag 1997:63 om ersättning för inkassokostnader) interest runs at the
reference rate plus eight percentage points from the due date, and a business may claim a fixed
compensation of 450 kr per overdue invoice from another business. The rates are settings
(`offboarding.defaults.late_payment_terms`): the reference rate changes every six months.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from clientfit.common.numbers import money_text
from clientfit.i18n import gettext_for, ngettext_for
from clientfit.offboarding import defaults
from clientfit.offboarding.checklist import open_invoices
from clientfit.offboarding.drafts import format_day, phrases
from clientfit.store.models import Client, Contact
from clientfit.store.profile import profile

CENT = Decimal("0.01")


@dataclass(frozen=True)
class ReminderLine:
    number: str
    due_on: dt.date
    outstanding: Decimal
    currency: str
    days_late: int
    interest: Decimal  # accrued to the reminder's date


@dataclass(frozen=True)
class PaymentReminder:
    client_name: str
    contact: str | None
    lang: str
    on: dt.date
    lines: list[ReminderLine]
    rate: Decimal  # percent a year: reference rate + margin
    reference_rate: Decimal
    margin: Decimal
    fixed_compensation: Decimal  # per invoice
    fixed_currency: str
    letterhead: list[str]
    text: str  # the whole reminder as plain text, ready to send

    @property
    def numbers(self) -> list[str]:
        return [line.number for line in self.lines]

    def totals(self) -> dict[str, Decimal]:
        """Outstanding plus interest, per currency (the compensation is listed apart)."""
        out: dict[str, Decimal] = {}
        for line in self.lines:
            out[line.currency] = (
                out.get(line.currency, Decimal(0)) + line.outstanding + line.interest
            )
        return out


def interest(amount: Decimal, rate_percent: Decimal, days: int) -> Decimal:
    """Simple interest on `amount` for `days` at `rate_percent` a year (365-day year)."""
    value = amount * rate_percent / Decimal(100) * Decimal(days) / Decimal(365)
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def payment_reminder(
    client_id: int, on: dt.date | None = None, lang: str = "en"
) -> PaymentReminder | None:
    """The reminder for one client's overdue invoices as of `on`; None when nothing is overdue."""
    on = on or dt.date.today()
    overdue = [inv for inv in open_invoices(client_id, on) if inv.overdue]
    if not overdue:
        return None
    reference, margin, fee, fee_currency = defaults.late_payment_terms()
    rate = reference + margin
    lines = [
        ReminderLine(
            inv.number,
            inv.due_on,
            inv.outstanding,
            inv.currency,
            inv.days_overdue,
            interest(inv.outstanding, rate, inv.days_overdue),
        )
        for inv in overdue
    ]
    client = Client.get_by_id(client_id)
    first = Contact.select(Contact.name).where(Contact.client == client_id).order_by(Contact.id)
    contact = first.first().name if first.exists() else None
    me = profile()
    draft = PaymentReminder(
        client.name,
        contact,
        lang,
        on,
        lines,
        rate,
        reference,
        margin,
        fee,
        fee_currency,
        me.letterhead(),
        "",
    )
    return PaymentReminder(**{**draft.__dict__, "text": reminder_text(draft, me.sign_off())})


def _number(value: Decimal, lang: str) -> str:
    text = f"{value.normalize():f}"
    return text.replace(".", ",") if lang == "sv" else text


def reminder_text(r: PaymentReminder, sign_off: str) -> str:
    """The reminder as a letter: greeting, the invoices, what the law allows, the sign-off."""
    _ = gettext_for(r.lang)
    ngettext = ngettext_for(r.lang)
    p = phrases(r.lang)
    name = r.contact.split()[0] if r.contact else r.client_name
    out = [
        _("Payment reminder"),
        format_day(r.on, r.lang),
        "",
        _("Dear {name},").format(name=name),
        "",
        ngettext(
            "According to my records the following invoice is still unpaid:",
            "According to my records the following invoices are still unpaid:",
            len(r.lines),
        ),
        "",
    ]
    for line in r.lines:
        out.append(
            ngettext(
                "- Invoice {number}, due {due}: {amount} ({days} day late)",
                "- Invoice {number}, due {due}: {amount} ({days} days late)",
                line.days_late,
            ).format(
                number=line.number,
                due=format_day(line.due_on, r.lang),
                amount=money_text(line.outstanding, line.currency, r.lang),
                days=line.days_late,
            )
        )
    out += [
        "",
        _(
            "Please pay within 8 days. Late-payment interest runs from the due date at {rate} % a "
            "year (the reference rate {reference} % plus {margin} percentage points); up to today "
            "it amounts to {interest}."
        ).format(
            rate=_number(r.rate, r.lang),
            reference=_number(r.reference_rate, r.lang),
            margin=_number(r.margin, r.lang),
            interest=", ".join(
                money_text(
                    sum((x.interest for x in r.lines if x.currency == c), Decimal(0)), c, r.lang
                )
                for c in dict.fromkeys(x.currency for x in r.lines)
            ),
        ),
        ngettext(
            "Between businesses the law also allows a fixed compensation of {fee} for the "
            "overdue invoice.",
            "Between businesses the law also allows a fixed compensation of {fee} for each "
            "overdue invoice ({n} invoices).",
            len(r.lines),
        ).format(fee=money_text(r.fixed_compensation, r.fixed_currency, r.lang), n=len(r.lines)),
        "",
        _("If you have already paid, please disregard this reminder."),
        "",
        p.get("closing", _("Kind regards,")),
        sign_off or p["sender_fallback"],
    ]
    return "\n".join(out).strip() + "\n"
