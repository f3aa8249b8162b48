"""Exactly what goes into the yearly portfolio review, as frozen plain data (no peewee, no reportlab).

`clientfit.core.review` builds a `ReviewData` from the database; `packet.review` turns one into a
PDF. Tests build these by hand, so the renderer is checked without a database. Money is Decimal
per currency code (never one sum across currencies); shares are fractions 0..1. Texts from the
health layer (factor evidence) arrive already in the review's language.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal


@dataclass(frozen=True)
class ClientLine:
    """One client's line: its band with the direction of travel, and the verdict's evidence."""

    name: str
    score: int | None
    band: str  # a key of clientfit.health.bands.BY_KEY
    direction: str  # improving | steady | worsening | none (clientfit.core.forecast)
    slope: float | None  # points a month
    months: int  # the scored monthly snapshots the direction rests on
    factor: str = ""  # the worst factor's label, in the review's language ("" = none)
    evidence: str = ""  # its detail ("38 % of messages arrive after 18:00")
    status: str = "active"  # active | ending | archived


@dataclass(frozen=True)
class ParetoBar:
    name: str
    trouble_share: float
    revenue_share: float
    cumulative: float  # cumulative trouble share, most troublesome first
    top: bool


@dataclass(frozen=True)
class YearFigures:
    """One column of the what-if (or the year's totals)."""

    clients: int
    revenue: dict[str, Decimal]
    billed_hours: float
    messages: int
    after_hours: int
    rounds: int
    overdue: dict[str, Decimal]
    days_late: dict[str, float]  # amount-weighted days past due of the overdue money
    rate: dict[str, Decimal]  # effective hourly rate per currency
    top_trouble_share: float | None
    # converted with the user's exchange rates: (base currency, revenue, hourly rate or None)
    in_base: tuple[str, Decimal, Decimal | None] | None = None


@dataclass(frozen=True)
class WhatIfBlock:
    removed: tuple[str, ...]
    now: YearFigures
    without: YearFigures
    remaining_trouble_share: float | None  # what share of today's trouble the others cause
    hours_to_keep_level: float | None = None
    rate: Decimal | None = None
    currency: str = ""


@dataclass(frozen=True)
class Ending:
    """A relationship ended (or being ended) in the year, and how it went."""

    client: str
    reason: str
    started_on: dt.date
    status: str  # running | finished
    announce_on: dt.date | None = None
    finished_on: dt.date | None = None
    notice_days: int | None = None
    notice_kept: bool | None = None  # None: cannot be told from what was recorded
    paid_before_announcing: bool | None = None
    referrals: tuple[str, ...] | None = None  # None: not recorded
    notice_sent_on: dt.date | None = None
    announce_recorded: bool = False  # announce_on is the day recorded, not the day planned


@dataclass(frozen=True)
class ReviewData:
    lang: str  # en | sv
    year: int
    made_on: dt.date  # the day the review is judged as of (--at)
    window_first: dt.date  # the first day of the 365-day window ending on made_on
    totals: YearFigures
    clients: tuple[ClientLine, ...] = ()
    pareto: tuple[ParetoBar, ...] = ()
    pareto_top_trouble: float = 0.0
    pareto_top_revenue: float = 0.0
    whatif: WhatIfBlock | None = None
    endings: tuple[Ending, ...] = ()
    notes: tuple[str, ...] = ()  # what the data could not say (in the review's language)
    author: str = ""
    band_counts: dict[str, int] = field(default_factory=dict)
