"""Hand-built packet data: a troubled client mid-offboarding, in English and Swedish."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

from clientfit.packet.data import (
    ChecklistRow,
    ClientInfo,
    Decision,
    FactorRow,
    HealthSummary,
    Meeting,
    Notice,
    OpenInvoice,
    PacketData,
    ParetoPosition,
    ReferralMatch,
    Referrals,
    TimelineEntry,
)


def invoice(number, issued, due, total, outstanding, currency="SEK", days_overdue=0):
    """An open invoice as the plan reports it (id and paid follow from the rest)."""
    return OpenInvoice(
        id=abs(hash(number)) % 10_000,
        number=number,
        issued_on=issued,
        due_on=due,
        total=total,
        paid=total - outstanding,
        currency=currency,
        last_paid_on=None,
        as_of=due + dt.timedelta(days=days_overdue),
    )


def meeting(channel, at, place=""):
    return Meeting(at_utc=at, at=at, minutes=30, channel=channel, channel_label="", place=place)


def notice(days, timeline, deliverable=None):
    rows = list(timeline)
    day = {e.kind: e.day for e in rows}
    return Notice(
        mode="deliverable" if deliverable else "days",
        days=days or 0,
        deliverable_id=1 if deliverable else None,
        deliverable_title=deliverable,
        announce_on=day.get("announce", rows[0].day if rows else DAY),
        announce_source="meeting",
        last_working_day=day.get("last_working_day", DAY),
        handover_on=day.get("handover", DAY),
        note=None,
        timeline=rows,
    )


def referrals(colleagues=(), advice=(), note=None, omitted=False):
    return Referrals(
        omitted=omitted,
        note=note,
        needs=[],
        colleagues=list(colleagues),
        advice=list(advice),
        kind="none",
    )


DAY = dt.date(2026, 3, 10)


def sample_packet(lang: str = "en", **changes) -> PacketData:
    sv = lang == "sv"
    data = PacketData(
        lang=lang,
        made_on=DAY,
        author="Maja Freelance",
        client=ClientInfo(
            name="Nordbo Bygg AB",
            status="active",
            currency="SEK",
            needs=("webbdesign", "wordpress"),
            contacts=("Örjan Åkesson <orjan@nordbo.se>",),
            contract=None,
            notes=("Ringde tre gånger på söndagen om logotypen.",),
        ),
        health=HealthSummary(
            score=31,
            band="consider_ending",
            factors=(
                FactorRow(
                    "after_hours", 0.76, 1.0, "38 % of messages arrive after 18:00", "After hours"
                ),
                FactorRow(
                    "intensity", 0.5, 1.0, "21 messages a week, 3× your median client", "Intensity"
                ),
                FactorRow("indecision", 0.9, 1.0, "7 revision rounds on the logo", "Indecision"),
                FactorRow(
                    "late_payment",
                    0.66,
                    1.5,
                    "2 of 3 invoices paid late, 24 days on average",
                    "Late payment",
                ),
                FactorRow("profitability", None, 1.0, "no hours logged", "Profitability"),
                FactorRow("gut", 0.75, 1.0, "you rated this client 2 of 5", "Gut feeling"),
            ),
            pareto=ParetoPosition(
                rank=1, of_clients=12, trouble_share=0.41, revenue_share=0.09, in_top=True
            ),
        ),
        decision=Decision(
            reason="I no longer believe my services meet your needs.",
            started_on=dt.date(2026, 3, 9),
            cooling_off_days=3,
            cooling_off_ends=dt.date(2026, 3, 12),
            times_considered=4,
            gut_hint=(
                "Du har övervägt att avsluta kunden 4 gånger det senaste året: lita på magkänslan."
                if sv
                else "You have considered ending this client 4 times in the last year: "
                "listen to your gut."
            ),
        ),
        checklist=(
            ChecklistRow("scope", "Gather the scope e-mails: “Ny hemsida” (12 Jan 2025)", True),
            ChecklistRow(
                "deliverable", "Logo: paid, not delivered", False, "Deliver it before you announce."
            ),
            ChecklistRow("deliverable", "Website: delivered and paid", True),
            ChecklistRow("invoice", "Invoice 2026-014: 12,500.00 SEK open", False),
            ChecklistRow("loose_end", "Hand back the WordPress admin login", False),
        ),
        invoices=(
            invoice(
                "2026-014",
                dt.date(2026, 1, 20),
                dt.date(2026, 2, 19),
                Decimal("12500.00"),
                Decimal("12500.00"),
                "SEK",
                19,
            ),
            invoice(
                "2026-021",
                dt.date(2026, 3, 1),
                dt.date(2026, 3, 31),
                Decimal("4800.00"),
                Decimal("2400.00"),
                "SEK",
                0,
            ),
        ),
        payment_guard=(
            "Vänta med beskedet tills fakturorna är betalda: 14 900,00 SEK är obetalt."
            if sv
            else "Wait until the invoices are paid before you announce: 14,900.00 SEK is open."
        ),
        meeting=meeting("video", dt.datetime(2026, 3, 16, 14, 0), "Teams"),
        message=(
            "Hej Örjan,\n\nJag tror inte längre att mina tjänster motsvarar era behov."
            if sv
            else "Hi Örjan,\n\nI no longer believe my services meet your needs."
        ),
        notice=notice(
            30,
            (
                TimelineEntry(dt.date(2026, 3, 12), "cooling_off_ends", ""),
                TimelineEntry(dt.date(2026, 3, 16), "meeting", ""),
                TimelineEntry(dt.date(2026, 3, 16), "announce", ""),
                TimelineEntry(dt.date(2026, 4, 15), "notice_ends", ""),
                TimelineEntry(
                    dt.date(2026, 4, 15),
                    "handover",
                    "Överlämning: inloggningar och filer till WordPress"
                    if sv
                    else "Handover: WordPress logins and files",
                ),
            ),
        ),
        referrals=referrals(
            colleagues=(ReferralMatch(1, "Lina Berg", "lina@example.se", ["wordpress"]),),
            advice=(
                "Era behov har vuxit: en fullservicebyrå"
                if sv
                else "Your needs have grown: a full-service agency",
            ),
        ),
        draft=True,
    )
    return replace(data, **changes)
