"""The yearly portfolio review: the whole portfolio in one document, for the end of a year.

Gathers what the review shows from the layers below - bands and factors (health), the direction of
travel (`core.forecast`), the Pareto ranking (health), the what-if of the top troublemakers
(`core.whatif`), and the year's offboarding plans with how they went - into the packet's plain
`ReviewData`, which `packet.review` renders. The year's figures cover the 365 days ending on `at`;
the endings are those of the calendar year up to `at`.

How an ending went is read from what the plan recorded: notice kept (the relationship ended no
earlier than announce date + notice days, or after the deliverable the notice ran until),
paid before announcing (nothing invoiced by the announce date was still unpaid on it), and the
colleagues referred, from the events the plan recorded (`PlanEvent`).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from peewee import JOIN, fn

from clientfit import health
from clientfit.core.figures import gather_figures, year_window
from clientfit.core.forecast import NO_FORECAST, Forecast, forecasts
from clientfit.core.whatif import Side, side, to_base, user_rates, what_if
from clientfit.health.bands import BAND_RANK
from clientfit.health.config import FACTOR_LABELS
from clientfit.packet import review_texts as R
from clientfit.packet.review_data import (
    ClientLine,
    Ending,
    ParetoBar,
    ReviewData,
    WhatIfBlock,
    YearFigures,
)
from clientfit.store.models import (
    Client,
    Colleague,
    Deliverable,
    Invoice,
    OffboardingPlan,
    Payment,
    PlanEvent,
    from_minor,
)

CONCERN = 0.3  # a factor at this risk or above is the verdict's evidence


def review_day(year: int | None = None, at: dt.date | None = None) -> dt.date:
    """The day a review is judged as of: `at`; else the last day of `year` (today if that is
    still to come); else today."""
    if at is not None:
        return at
    today = health.score.today()
    if year is None:
        return today
    return min(dt.date(year, 12, 31), today)


def year_figures(s: Side, base: Side | None = None, currency: str = "") -> YearFigures:
    """The packet's plain figures of a side (and of the same side in the base currency)."""
    in_base = None
    if base is not None:
        in_base = (
            currency,
            from_minor(base.revenue.get(currency, 0)),
            base.effective_rate().get(currency),
        )
    return YearFigures(
        clients=s.clients,
        revenue={c: from_minor(v) for c, v in s.revenue.items()},
        billed_hours=round(s.billed_seconds / 3600, 1),
        messages=s.messages,
        after_hours=s.after_hours,
        rounds=s.rounds,
        overdue={c: from_minor(v) for c, v in s.overdue.items()},
        days_late={c: s.average_days_late(c) or 0.0 for c in s.overdue},
        rate=s.effective_rate(),
        top_trouble_share=s.top_trouble_share,
        in_base=in_base,
    )


def _worst(score, t: R.ReviewTexts) -> tuple[str, str]:
    """(label, evidence) of the factor with the highest risk, if it is of concern."""
    scored = [f for f in score.factors if f.risk is not None and f.weight > 0]
    if not scored:
        return "", ""
    worst = max(scored, key=lambda f: f.risk)
    if worst.risk < CONCERN:
        return "", ""
    return t(FACTOR_LABELS.get(worst.key, worst.key)), worst.detail


def _client_lines(at, lang, figures, scores, trend, statuses) -> list[ClientLine]:
    t = R.ReviewTexts(lang)
    lines = []
    for cid, score in scores.items():
        f = figures.get(cid)
        status = statuses.get(cid, "active")
        if not (f is not None and f.active) and status == "active" and score.score is None:
            continue  # nothing this year and nothing to judge
        forecast = trend.get(cid, Forecast(NO_FORECAST, None, ()))
        label, evidence = _worst(score, t)
        lines.append(
            ClientLine(
                name=score.name,
                score=score.score,
                band=score.band.key,
                direction=forecast.direction,
                slope=forecast.slope,
                months=len(forecast.months),
                factor=label,
                evidence=evidence,
                status=status,
            )
        )
    lines.sort(key=lambda c: (BAND_RANK.get(c.band, 9), c.score or 0, c.name.casefold()))
    return lines


def _paid_before(client_id: int, day: dt.date) -> bool:
    """Whether everything the client was invoiced by `day` had been paid by `day`."""
    paid = dict(
        Payment.select(Payment.invoice, fn.SUM(Payment.amount_minor))
        .join(Invoice)
        .where((Invoice.client == client_id) & (Payment.paid_on <= day))
        .group_by(Payment.invoice)
        .tuples()
    )
    invoices = Invoice.select(Invoice.id, Invoice.total_minor).where(
        (Invoice.client == client_id) & (Invoice.issued_on <= day)
    )
    return all(paid.get(iid, 0) >= total for iid, total in invoices.tuples())


def _notice_kept(plan: OffboardingPlan, given_on: dt.date | None) -> bool | None:
    """Whether the relationship ran until the notice was over: past the deliverable it ran
    until, or `notice_days` after it was given (sent, else announced)."""
    if plan.status != "finished" or plan.finished_on is None:
        return None
    if plan.notice_deliverable_id is not None:
        delivered = (
            Deliverable.select(Deliverable.delivered_on)
            .where(Deliverable.id == plan.notice_deliverable_id)
            .scalar()
        )
        return delivered is not None and delivered <= plan.finished_on
    if given_on is None or plan.notice_days is None:
        return None
    return plan.finished_on >= given_on + dt.timedelta(days=plan.notice_days)


def _events(plan_ids: list[int], at: dt.date) -> dict[int, dict[str, list[tuple]]]:
    """plan -> kind -> [(day, colleague name or detail)] of what the plans recorded by `at`."""
    query = (
        PlanEvent.select(
            PlanEvent.plan, PlanEvent.kind, PlanEvent.on, PlanEvent.detail, Colleague.name
        )
        .join(Colleague, JOIN.LEFT_OUTER)
        .where(PlanEvent.plan.in_(plan_ids) & (PlanEvent.on <= at))
        .order_by(PlanEvent.on, PlanEvent.id)
    )
    out: dict[int, dict[str, list[tuple]]] = {}
    for plan_id, kind, on, detail, colleague in query.tuples():
        out.setdefault(plan_id, {}).setdefault(kind, []).append((on, colleague or detail))
    return out


def endings(at: dt.date) -> list[Ending]:
    """The offboarding plans of `at`'s calendar year up to `at` (started, or finished, in it),
    with what they recorded: the day the decision was announced (else the planned day), the day
    notice was sent, the colleagues referred."""
    first = dt.date(at.year, 1, 1)
    plans = list(
        OffboardingPlan.select(OffboardingPlan, Client)
        .join(Client)
        .where(
            (OffboardingPlan.status != "cancelled")
            & (OffboardingPlan.started_on <= at)
            & (
                (OffboardingPlan.started_on >= first)
                | ((OffboardingPlan.finished_on >= first) & (OffboardingPlan.finished_on <= at))
                | (OffboardingPlan.status == "running")
            )
        )
        .order_by(OffboardingPlan.started_on, OffboardingPlan.id)
    )
    events = _events([p.id for p in plans], at)
    out = []
    for plan in plans:
        happened = events.get(plan.id, {})
        finished = plan.status == "finished" and plan.finished_on and plan.finished_on <= at
        announced = [on for on, _who in happened.get("announced", [])]
        planned = plan.announce_on if plan.announce_on and plan.announce_on <= at else None
        announce = announced[0] if announced else planned
        sent = [on for on, _who in happened.get("notice_sent", [])]
        notice_sent = sent[0] if sent else None
        out.append(
            Ending(
                client=plan.client.name,
                reason=plan.reason,
                started_on=plan.started_on,
                status="finished" if finished else "running",
                announce_on=announce,
                finished_on=plan.finished_on if finished else None,
                notice_days=plan.notice_days,
                notice_kept=_notice_kept(plan, notice_sent or announce) if finished else None,
                paid_before_announcing=_paid_before(plan.client_id, announce) if announce else None,
                referrals=tuple(dict.fromkeys(who for _on, who in happened.get("referred", []))),
                notice_sent_on=notice_sent,
                announce_recorded=bool(announced),
            )
        )
    return out


def _statuses() -> dict[int, str]:
    running = {
        cid
        for (cid,) in OffboardingPlan.select(OffboardingPlan.client)
        .where(OffboardingPlan.status == "running")
        .tuples()
    }
    out = {}
    for cid, status in Client.select(Client.id, Client.status).tuples():
        out[cid] = "ending" if cid in running else status
    return out


def _totals(rows, rates) -> YearFigures:
    if not rates or len(rates) < 2:
        return year_figures(side(rows))
    base = next(c for c, r in rates.items() if r == 1)
    return year_figures(side(rows), side(to_base(rows, rates)[0]), base)


def assemble_review(at: dt.date, lang: str, rates: dict[str, Decimal] | None = None) -> ReviewData:
    """Everything the review shows, as of `at`, in `lang`; with the user's exchange `rates`
    (currency -> base units, the base mapping to 1) the money is added up in the base too."""
    keep = at == health.score.today()
    figures = gather_figures(at)
    portfolio = health.gather(at, keep=keep)
    scores = health.score_portfolio(at, lang=lang, keep=keep)
    ranking = health.pareto(at, portfolio=portfolio)
    top_ids = [r.client_id for r in ranking.rows if r.top]
    rows = list(figures.values())
    block = None
    if top_ids:
        w = what_if(top_ids, at, figures, rates=rates)
        r = w.replacement
        b = w.in_base
        block = WhatIfBlock(
            removed=tuple(c.name for c in w.removed),
            now=year_figures(w.now, b and b.now, b.currency if b else ""),
            without=year_figures(w.without, b and b.without, b.currency if b else ""),
            remaining_trouble_share=w.remaining_trouble_share,
            hours_to_keep_level=r.hours_to_keep_level if r else None,
            rate=r.rate if r else None,
            currency=r.currency if r else "",
        )
    lines = _client_lines(at, lang, figures, scores, forecasts(None, at), _statuses())
    counts: dict[str, int] = {}
    for line in lines:
        counts[line.band] = counts.get(line.band, 0) + 1
    t = R.ReviewTexts(lang)
    return ReviewData(
        lang=t.lang,
        year=at.year,
        made_on=at,
        window_first=year_window(at).first,
        totals=_totals(rows, rates),
        clients=tuple(lines),
        pareto=tuple(
            ParetoBar(r.name, r.trouble_share, r.revenue_share, r.cumulative_trouble_share, r.top)
            for r in ranking.rows
        ),
        pareto_top_trouble=ranking.top_trouble_share,
        pareto_top_revenue=ranking.top_revenue_share,
        whatif=block,
        endings=tuple(endings(at)),
        band_counts=counts,
    )


def export_review(
    path: Path | str, lang: str = "en", at: dt.date | None = None, paper: str | None = None
) -> Path:
    """Assemble the review as of `at` (default today) and write it to `path` (atomically)."""
    from clientfit.packet.review import write_review
    from clientfit.packet.styles import default_paper

    at = at or review_day()
    data = assemble_review(at, lang, rates=user_rates(at))
    return write_review(data, path, paper or default_paper())
