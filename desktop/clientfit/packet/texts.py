"""The packet's own words in English and Swedish, and how it writes dates, money and shares.

Every label is an English gettext msgid (marked with `N_` so extraction finds it). `Texts` asks the
gettext catalog of the packet's language first (`clientfit.i18n`), so once the i18n work merges these
strings into the Swedish .po the catalog wins; until then `SV` below supplies the Swedish, written
for a Swedish reader rather than translated word for word. A packet is made in one language whatever
the session's language is, hence an explicit `lang` rather than the global `_`.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from clientfit.common.numbers import money_text
from clientfit.i18n import N_, gettext_for

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
NONE_OPEN = N_("none")
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

# --- Swedish ---------------------------------------------------------------------------------
SV: dict[str, str] = {
    TITLE: "Underlag för avslut",
    SUBTITLE: "Så avslutar du samarbetet med {client}",
    SUBJECT: "Underlag för avslut med {client}: beslut, checklista, möte, meddelande och uppsägning",
    MADE_WITH: "Skapat med Clientfit {date}",
    PAGE_X_OF_Y: "Sida {page} av {pages}",
    DRAFT: "UTKAST",
    DRAFT_NOTE: "Betänketiden går ut {date}. Till dess är underlaget ett utkast: "
    "fatta inga beslut i stundens hetta.",
    FINAL_NOTE: "Betänketiden gick ut {date}.",
    COVER: "Försättsblad",
    HEALTH: "Relationens hälsa",
    DECISION: "Beslutet",
    CHECKLIST: "Genomgång av avtalet",
    INVOICES: "Obetalda fakturor",
    MEETING: "Mötet",
    MESSAGE: "Utkast till meddelande",
    NOTICE: "Uppsägningstid och viktiga datum",
    REFERRALS: "Rekommendera vidare",
    NOTES: "Anteckningar om kunden",
    CLIENT: "Kund",
    DATE: "Datum",
    STATUS: "Status",
    AT_A_GLANCE: "I korthet",
    OPEN_INVOICES: "Obetalda fakturor",
    NONE_OPEN: "inga",
    NEEDS: "Behov",
    CONTACTS: "Kontaktpersoner",
    CONTRACT: "Avtal",
    NO_CONTRACT: "Inget avtal sparat",
    "Active": "Aktiv",
    "Ending": "Avslutas",
    "Archived": "Arkiverad",
    SCORE: "Hälsopoäng",
    FACTOR: "Faktor",
    RISK: "Risk",
    WEIGHT: "Vikt",
    EVIDENCE: "Underlag",
    NO_DATA: "inga uppgifter",
    NO_FACTORS: "Det finns ännu för lite uppgifter för att bedöma kunden.",
    NEEDS_EVIDENCE: "Poäng kräver mer underlag:",
    PARETO: "Tid och besvär mot intäkter",
    PARETO_LINE: "Plats {rank} av {clients} kunder räknat i besvär mot intäkter: {trouble} av alla "
    "timmar och meddelanden, mot {revenue} av intäkterna.",
    PARETO_TOP: "Hör till de 20 % av kunderna som orsakar mest besvär.",
    PARETO_NOT_TOP: "Hör inte till de 20 % av kunderna som orsakar mest besvär.",
    NO_PARETO: "Ingen jämförelse av tid och besvär mot intäkter än: det finns för lite uppgifter "
    "om kunderna.",
    REASON: "Skäl",
    PLAN_STARTED: "Planen påbörjad",
    COOLING_OFF: "Betänketid",
    COOLING_OFF_DAYS: "{days}, går ut {date}",
    CONSIDERED: "Gånger du har övervägt det",
    CONSIDERED_ONCE: "Det här är första gången du överväger att avsluta kunden.",
    CONSIDERED_N: "Du har övervägt att avsluta kunden {count} gånger.",
    NO_DECISION: "Ingen avslutsplan har påbörjats för kunden.",
    DONE: "Klart",
    ITEM: "Punkt",
    KIND: "Typ",
    CHECK_SUMMARY: "{done} av {total} klara",
    NOTHING_TO_CHECK: "Inget att bocka av.",
    "Scope": "Omfattning",
    "Deliverable": "Leverans",
    "Invoice": "Faktura",
    "Loose end": "Lös tråd",
    "First e-mail": "Första mejlet",
    ISSUED: "Utfärdad",
    DUE: "Förfaller",
    TOTAL: "Belopp",
    OUTSTANDING: "Att betala",
    OVERDUE: "Försenad",
    DAYS: "{days} dagar",
    ONE_DAY: "1 dag",
    TOTAL_OUTSTANDING: "Summa obetalt",
    ALL_PAID: "Inga obetalda fakturor: allt är betalt.",
    CHANNEL: "Form",
    WHEN: "När",
    WHERE: "Var",
    "In person": "Personligen",
    "Phone": "Telefon",
    "Video call": "Videosamtal",
    NO_MEETING: "Inget möte inbokat än.",
    MEETING_HINT: "Ge beskedet personligen, per telefon eller via video – sluta inte bara svara.",
    NO_MESSAGE: "Inget meddelande skrivet än.",
    MESSAGE_HINT: "Ett enda skäl, kort och vänligt. Fler detaljer öppnar bara för diskussion.",
    NOTICE_PERIOD: "Uppsägningstid",
    UNTIL_DONE: "tills {deliverable} är klar",
    WHAT: "Vad",
    NO_NOTICE: "Ingen uppsägningstid bestämd än.",
    "Cooling-off ends": "Betänketiden går ut",
    "Announce the decision": "Beskedet lämnas",
    "Notice ends": "Uppsägningstiden går ut",
    "Last working day": "Sista arbetsdagen",
    "Deliverable done": "Leveransen klar",
    "Handover": "Överlämning",
    COLLEAGUE: "Kollega",
    EMAIL: "E-post",
    MATCHES: "Matchar",
    ADVICE: "En leverantör som skulle passa bättre",
    NO_COLLEAGUES: "Ingen kollega i ditt nätverk matchar kundens behov.",
    # bands (clientfit.health.bands marks the English with N_)
    "Healthy": "Sund",
    "Watch": "Håll ögonen på",
    "Consider ending": "Överväg att avsluta",
    "Unknown": "Okänd",
    "Not enough data yet": "För lite data ännu",
    # the health layer's factor labels (clientfit.health.config), until its catalog has them
    "After hours": "Utanför arbetstid",
    "Intensity": "Kontakttäthet",
    "Indecision": "Obeslutsamhet",
    "Late payment": "Sena betalningar",
    "Profitability": "Lönsamhet",
    "Time vs. revenue": "Tid mot intäkter",
    "Gut feeling": "Magkänsla",
    **dict(
        zip(
            MONTHS,
            [
                "januari",
                "februari",
                "mars",
                "april",
                "maj",
                "juni",
                "juli",
                "augusti",
                "september",
                "oktober",
                "november",
                "december",
            ],
            strict=True,
        )
    ),
    **dict(
        zip(
            SHORT_MONTHS,
            [
                "jan.",
                "feb.",
                "mars",
                "apr.",
                "maj",
                "juni",
                "juli",
                "aug.",
                "sep.",
                "okt.",
                "nov.",
                "dec.",
            ],
            strict=True,
        )
    ),
    **dict(
        zip(
            WEEKDAYS,
            ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"],
            strict=True,
        )
    ),
}


def _catalogs() -> dict[str, dict[str, str]]:
    from clientfit.packet import texts_ending

    return {"sv": {**SV, **texts_ending.SV}}


CATALOGS = _catalogs()


class Texts:
    """The packet's words and number formats in one language ("en" or "sv")."""

    def __init__(self, lang: str):
        self.lang = lang if lang in ("en", "sv") else "en"
        self._gettext = gettext_for(self.lang)
        self._own = CATALOGS.get(self.lang, {})

    def __call__(self, msgid: str, **values: object) -> str:
        text = self._gettext(msgid)
        if text == msgid:
            text = self._own.get(msgid, msgid)
        return text.format(**values) if values else text

    def date(self, day: dt.date) -> str:
        """26 November 2026 / 26 november 2026."""
        return f"{day.day} {self(MONTHS[day.month - 1])} {day.year}"

    def short_date(self, day: dt.date) -> str:
        """19 Feb 2026 / 19 feb. 2026: for table columns."""
        return f"{day.day} {self(SHORT_MONTHS[day.month - 1])} {day.year}"

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


def po_entries(lang: str = "sv") -> str:
    """The packet's strings as gettext .po entries, for the i18n work to merge into the catalog:
    `python -m clientfit.packet.texts > packet-sv.po`."""

    def quote(text: str) -> str:
        return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'

    header = (
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
        f'"Language: {lang}\\n"\n'
    )
    entries = [header] + [
        f"#: clientfit/packet/texts.py\nmsgid {quote(k)}\nmsgstr {quote(v)}\n"
        for k, v in CATALOGS[lang].items()
    ]
    return "\n".join(entries)


if __name__ == "__main__":
    print(po_entries())
