"""The packet's own words in English and Swedish, and how it writes dates, money and shares.

Every label is an English gettext msgid (marked with `N_` so extraction finds it). The Swedish has
one home, the gettext catalog (resources/locale/sv/LC_MESSAGES/clientfit.po, compiled by
`make translations`), written for a Swedish reader rather than translated word for word; `Texts`
asks it through `clientfit.i18n`. A packet is made in one language whatever the session's language
is, hence an explicit `lang` rather than the global `_`.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from clientfit.common.dates import day_text, long_day_text
from clientfit.common.numbers import money_text
from clientfit.i18n import N_, NC_, Contextual, gettext_for, pgettext_for

# --- English msgids (N_ marks them for extraction) -------------------------------------------
TITLE = N_("Offboarding packet")
SUBTITLE = N_("Ending the client relationship with {client}")
SUBJECT = N_("Offboarding packet for {client}: decision, checklist, meeting, message and notice")
MADE_WITH = N_("Made with Clientfit on {date}")
PAGE_X_OF_Y = N_("Page {page} of {pages}")
DRAFT = N_("DRAFT")
DRAFT_NOTE = N_(
    "The cooling-off period ends on {date}. Until then this packet is a draft: "
    "don't act on it in the heat of the moment."
)
FINAL_NOTE = N_("The cooling-off period ended on {date}.")

COVER = N_("Cover")
HEALTH = N_("Health summary")
DECISION = N_("Decision record")
CHECKLIST = N_("Contract checklist")
INVOICES = N_("Open invoices and payment")
MEETING = N_("Meeting")
MESSAGE = N_("Message draft")
NOTICE = N_("Notice and key dates")
REFERRALS = N_("Referrals")
NOTES = N_("Client notes")

CLIENT = N_("Client")
DATE = N_("Date")
STATUS = N_("Status")
NEEDS = N_("Needs")
CONTACTS = N_("Contacts")
CONTRACT = N_("Contract")
NO_CONTRACT = N_("No contract on file")
AT_A_GLANCE = N_("At a glance")
OPEN_INVOICES = N_("Open invoices")
NONE_OPEN = NC_("no open invoices", "none")  # Swedish agrees with the plural "fakturor"
STATUSES = {"active": N_("Active"), "ending": N_("Ending"), "archived": N_("Archived")}

SCORE = N_("Health score")
FACTOR = N_("Factor")
RISK = N_("Risk")
WEIGHT = N_("Weight")
EVIDENCE = N_("Evidence")
NO_DATA = N_("no data")
NO_FACTORS = N_("There is not enough data to score this client yet.")
NEEDS_EVIDENCE = N_("A score needs more evidence:")
PARETO = N_("Time and trouble against revenue")
PARETO_LINE = N_(
    "Rank {rank} of {clients} clients by trouble against revenue: {trouble} of all hours and "
    "messages, against {revenue} of the revenue."
)
PARETO_TOP = N_("Among the 20% of clients that cause the most trouble.")
PARETO_NOT_TOP = N_("Not among the 20% of clients that cause the most trouble.")
NO_PARETO = N_(
    "No comparison of time and trouble against revenue yet: there is too little data across the "
    "portfolio."
)

REASON = N_("Reason")
PLAN_STARTED = N_("Plan started")
COOLING_OFF = N_("Cooling-off period")
COOLING_OFF_DAYS = N_("{days}, ends on {date}")
CONSIDERED = N_("Times considered")
CONSIDERED_ONCE = N_("This is the first time you have considered ending this client.")
CONSIDERED_N = N_("You have considered ending this client {count} times.")
NO_DECISION = N_("No offboarding plan has been started for this client.")

DONE = N_("Done")
ITEM = N_("Item")
KIND = N_("Kind")
CHECK_SUMMARY = N_("{done} of {total} done")
NOTHING_TO_CHECK = N_("Nothing to check.")
KINDS = {
    "contract": N_("Contract"),
    "scope": N_("Scope"),
    "deliverable": N_("Deliverable"),
    "invoice": N_("Invoice"),
    "loose_end": N_("Loose end"),
    "first_email": N_("First e-mail"),
}

INVOICE = N_("Invoice")
ISSUED = N_("Issued")
DUE = N_("Due")
TOTAL = N_("Total")
OUTSTANDING = N_("Outstanding")
OVERDUE = N_("Overdue")
DAYS = N_("{days} days")
ONE_DAY = N_("1 day")
TOTAL_OUTSTANDING = N_("Total outstanding")
ALL_PAID = N_("No open invoices: everything is paid.")

CHANNEL = N_("Channel")
WHEN = N_("When")
WHERE = N_("Where")
CHANNELS = {"in_person": N_("In person"), "phone": N_("Phone"), "video": N_("Video call")}
NO_MEETING = N_("No meeting scheduled yet.")
MEETING_HINT = N_("Tell the client in person, by phone or by video; don't just stop answering.")

NO_MESSAGE = N_("No message written yet.")
MESSAGE_HINT = N_("One reason, short and kind. More detail only opens the door to argument.")

NOTICE_PERIOD = N_("Notice period")
UNTIL_DONE = N_("until {deliverable} is done")
WHAT = N_("What")
NO_NOTICE = N_("No notice period set yet.")
TIMELINE = {
    "started": N_("Plan started"),
    "cooling_off_ends": N_("Cooling-off ends"),
    "meeting": N_("Meeting"),
    "announce": N_("Announce the decision"),
    "notice_ends": N_("Notice ends"),
    "last_working_day": N_("Last working day"),
    "deliverable": N_("Deliverable done"),
    "handover": N_("Handover"),
}

COLLEAGUE = N_("Colleague")
EMAIL = N_("E-mail")
MATCHES = N_("Matches")
ADVICE = N_("A provider that would fit better")
NO_COLLEAGUES = N_("No colleague in your network matches this client's needs.")

MONTHS = (
    N_("January"), N_("February"), N_("March"), N_("April"), N_("May"), N_("June"),
    N_("July"), N_("August"), N_("September"), N_("October"), N_("November"), N_("December"),
)  # fmt: skip
SHORT_MONTHS = (
    N_("Jan"), N_("Feb"), N_("Mar"), N_("Apr"), N_("May"), N_("Jun"),
    N_("Jul"), N_("Aug"), N_("Sep"), N_("Oct"), N_("Nov"), N_("Dec"),
)  # fmt: skip
WEEKDAYS = (
    N_("Monday"), N_("Tuesday"), N_("Wednesday"), N_("Thursday"), N_("Friday"),
    N_("Saturday"), N_("Sunday"),
)  # fmt: skip


class Texts:
    """The packet's words and number formats in one language ("en" or "sv")."""

    def __init__(self, lang: str):
        self.lang = lang if lang in ("en", "sv") else "en"
        self._gettext = gettext_for(self.lang)
        self._pgettext = pgettext_for(self.lang)

    def __call__(self, msgid: str | Contextual, **values: object) -> str:
        if isinstance(msgid, Contextual):
            text = self._pgettext(msgid.context, msgid.message)
        else:
            text = self._gettext(msgid)
        return text.format(**values) if values else text

    def date(self, day: dt.date) -> str:
        """26 November 2026 / 26 november 2026 (common.dates: the app's style too)."""
        return long_day_text(day, self.lang)

    def short_date(self, day: dt.date) -> str:
        """19 Feb 2026 / 19 feb. 2026: for table columns, as the app and the checklist write it."""
        return day_text(day, self.lang)

    def moment(self, when: dt.datetime) -> str:
        """Thursday 3 December 2026, 14:00 / torsdag 3 december 2026 kl. 14.00."""
        weekday = self(WEEKDAYS[when.weekday()])
        if self.lang == "sv":
            return f"{weekday} {self.date(when.date())} kl. {when:%H.%M}"
        return f"{weekday} {self.date(when.date())}, {when:%H:%M}"

    def money(self, amount: Decimal, currency: str) -> str:
        """12,500.00 SEK / 12 500,00 SEK, kept on one line (common.numbers)."""
        return money_text(amount, currency, self.lang, keep_together=True)

    def number(self, value: float) -> str:
        """1.5 / 1,5: a short decimal number, no trailing zeros."""
        text = f"{value:g}"
        return text.replace(".", ",") if self.lang == "sv" else text

    def share(self, fraction: float) -> str:
        """0.38 -> 38% / 38 %."""
        pct = round(fraction * 100)
        return f"{pct}\u00a0%" if self.lang == "sv" else f"{pct}%"

    def days(self, count: int) -> str:
        return self(ONE_DAY) if count == 1 else self(DAYS, days=count)
