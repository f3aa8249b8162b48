"""The yearly review's own words in English and Swedish (the packet's `Texts`, with more words).

As in `packet.texts`: every label is an English gettext msgid marked with `N_`; its Swedish is in
the gettext catalog, the one home of the packet's Swedish.
Dates, money and shares are written by the packet's `Texts`.
"""

from __future__ import annotations

from clientfit.i18n import N_
from clientfit.packet import texts as T

TITLE = N_("Yearly portfolio review")
SUBTITLE = N_("Your clients in {year}: who is doing well, who takes the most, what ending costs")
SUBJECT = N_("Yearly portfolio review {year}: bands, Pareto, what-if, verdicts and endings")
WINDOW = N_("Figures cover {first} – {last} (365 days); messages are those from clients.")
AT_A_GLANCE = N_("The year at a glance")
CLIENTS = N_("Clients with activity")
REVENUE = N_("Revenue (invoiced)")
BILLED_HOURS = N_("Billed hours")
MESSAGES = N_("Messages from clients")
AFTER_HOURS = N_("of them after hours")
ROUNDS = N_("Revision rounds")
OVERDUE = N_("Overdue now")
DAYS_LATE = N_("on average {days} days late")
RATE = N_("Effective hourly rate")
PER_HOUR = N_("{amount}/h")
REVENUE_IN_BASE = N_("Revenue in {currency} (your exchange rates)")
RATE_IN_BASE = N_("Effective hourly rate in {currency}")
NONE = N_("none")
BANDS_LINE = N_("{count} {band}")

BANDS = N_("Bands and direction")
BANDS_INTRO = N_(
    "Each client's band today and where it is heading: the least-squares slope of its monthly "
    "scores (at least four; under 2 points a month is steady)."
)
CLIENT = N_("Client")
SCORE = N_("Score")
BAND = N_("Band")
TREND = N_("Direction")
DIRECTION_MONTHS = N_("{direction} ({slope} a month, {months} months)")
NO_FORECAST = N_("no forecast ({months} of 4 months)")
DIRECTIONS = {
    "improving": N_("improving"),
    "steady": N_("steady"),
    "worsening": N_("worsening"),
    "none": N_("no forecast"),
}
ARROWS = {"improving": "↗", "steady": "→", "worsening": "↘", "none": "·"}

PARETO = N_("Who takes the time and trouble")
PARETO_LINE = N_(
    "The top {count} of the clients cause {trouble} of the trouble (hours and messages) "
    "and bring {revenue} of the revenue."
)
PARETO_SHOWN = N_("The {shown} clients with the most trouble, of {total}.")
LEGEND_TROUBLE = N_("Share of trouble")
LEGEND_REVENUE = N_("Share of revenue")
LEGEND_CUMULATIVE = N_("Cumulative trouble")
NO_PARETO = N_("Too little data across the portfolio for a Pareto chart.")

WHATIF = N_("What if the top troublemakers went")
WHATIF_INTRO = N_("The same year without {names}.")
AND_MORE = N_(" and {n} more")
FIGURE = N_("Figure")
NOW = N_("Now")
WITHOUT = N_("Without them")
TOP_SHARE = N_("Share of trouble of the top 20 %")
REMAINING = N_("The clients who remain cause {share} of today's trouble.")
KEEP_LEVEL = N_("To keep revenue level: about {hours} hours of new work at {rate} an hour.")
NO_WHATIF = N_("No client stands out as a troublemaker this year.")

VERDICTS = N_("Verdict per client")
VERDICT = N_("Verdict")
EVIDENCE = N_("Evidence")
VERDICT_TEXT = {
    "healthy": N_("Keep"),
    "watch": N_("Keep an eye on"),
    "consider_ending": N_("Consider ending"),
    "unknown": N_("Not enough data yet"),
}
HEADING_DOWN = N_("{verdict}; heading down")
ENDING_NOW = N_("Being ended")
ENDED = N_("Ended")
NO_EVIDENCE = N_("No factor of concern.")

ENDINGS = N_("Endings this year")
NO_ENDINGS = N_("No client relationship was ended this year.")
STARTED = N_("Started")
ANNOUNCED = N_("Announced")
FINISHED = N_("Finished")
NOTICE_KEPT = N_("Notice kept")
PAID_FIRST = N_("Paid before announcing")
REFERRALS = N_("Referrals given")
YES, NO, UNKNOWN, NOT_RECORDED = N_("yes"), N_("no"), N_("unknown"), N_("not recorded")
RUNNING = N_("running")
NOTICE_SENT = N_("Notice sent")
PLANNED = N_("{date} (planned)")
NONE_RECORDED = N_("none recorded")


class ReviewTexts(T.Texts):
    """The packet's `Texts` with the review's words added."""

    def signed(self, value: float) -> str:
        """+2.4 / −3,1: a slope with its sign (a real minus sign)."""
        text = f"{value:+.1f}".replace("-", "\u2212")
        return text.replace(".", ",") if self.lang == "sv" else text
