"""The packet's sections, one small function each: PacketData in, a list of flowables out.

Every section starts with a `Heading`, which the document template turns into a PDF bookmark and
outline entry. Tables take their column widths as fractions of the frame and repeat their header
row across pages; blocks that must stay whole are wrapped in `KeepTogether`. All user text goes
through `fonts.markup` (escaped, per-character font fallback).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from clientfit.health.bands import BY_KEY, UNKNOWN
from clientfit.packet import texts as T
from clientfit.packet import texts_ending as TE
from clientfit.packet.data import PacketData
from clientfit.packet.fonts import REGULAR, has_cjk, markup
from clientfit.packet.gauge import Gauge, RiskBar
from clientfit.packet.longtext import pieces, tight
from clientfit.packet.styles import Styles, facts_style, table_style

CHECKED, UNCHECKED = "\u2611", "\u2610"


@dataclass(frozen=True)
class Ctx:
    """What every section needs: the data, the words, the styles and the frame width."""

    data: PacketData
    t: T.Texts
    s: Styles
    width: float

    def p(self, text: str, style=None, bold: bool = False) -> Paragraph:
        """A paragraph of user text (escaped; CJK text may wrap between any two characters)."""
        style = style or self.s.body
        if has_cjk(text):
            style = _cjk(style)
        return Paragraph(markup(text, bold=bold), style)

    def cols(self, *fractions: float) -> list[float]:
        return [self.width * f for f in fractions]


_CJK_STYLES: dict[str, object] = {}


def _cjk(style):
    if style.name not in _CJK_STYLES:
        from reportlab.lib.styles import ParagraphStyle

        _CJK_STYLES[style.name] = ParagraphStyle(style.name + "-cjk", parent=style, wordWrap="CJK")
    return _CJK_STYLES[style.name]


class Heading(Paragraph):
    """A section heading; the document adds a bookmark and an outline entry for each."""

    def __init__(self, text: str, style, key: str, level: int = 0):
        super().__init__(markup(text, bold=True), style)
        self.outline_title = text
        self.outline_key = key
        self.outline_level = level


def _table(rows: list[list], widths: list[float], style: list, repeat: int = 1) -> Table:
    # splitInRow: a row holding very long user text may run over a page break rather than fail.
    table = Table(rows, colWidths=widths, repeatRows=repeat, hAlign="LEFT", splitInRow=1)
    table.setStyle(TableStyle(style))
    return table


def _facts(ctx: Ctx, pairs: Sequence[tuple[str, str]]) -> Table:
    rows = [[ctx.p(label, ctx.s.label), ctx.p(value, ctx.s.cell)] for label, value in pairs]
    return _table(rows, ctx.cols(0.28, 0.72), facts_style(), repeat=0)


def cover(ctx: Ctx) -> list[Flowable]:
    d, t = ctx.data, ctx.t
    pairs = [
        (t(T.DATE), t.date(d.made_on)),
        (t(T.STATUS), t(T.STATUSES.get(d.client.status, d.client.status))),
    ]
    if d.decision:
        pairs.append((t(T.PLAN_STARTED), t.date(d.decision.started_on)))
    if d.client.needs:
        pairs.append((t(T.NEEDS), ", ".join(d.client.needs)))
    if d.client.contacts:
        pairs.append((t(T.CONTACTS), "\n".join(d.client.contacts)))
    pairs.append((t(T.CONTRACT), d.client.contract or t(T.NO_CONTRACT)))
    out: list[Flowable] = [
        Heading(t(T.TITLE), ctx.s.title, "cover"),
        ctx.p(t(T.SUBTITLE, client=d.client.name), ctx.s.subtitle),
        ctx.p(d.client.name, ctx.s.client),
        _facts(ctx, pairs),
        Spacer(1, 6),
        ctx.p(t(T.AT_A_GLANCE), ctx.s.h2),
        _facts(ctx, _glance(ctx)),
    ]
    if d.decision:
        note = T.DRAFT_NOTE if d.draft else T.FINAL_NOTE
        style = ctx.s.draft_note if d.draft else ctx.s.small
        out += [Spacer(1, 8), ctx.p(t(note, date=t.date(d.decision.cooling_off_ends)), style)]
    out += [Spacer(1, 10), ctx.p(t(T.MADE_WITH, date=t.date(d.made_on)), ctx.s.small)]
    return out


def _glance(ctx: Ctx) -> list[tuple[str, str]]:
    """The cover's summary: score, money still owed, checklist progress, meeting, last day."""
    d, t = ctx.data, ctx.t
    band = BY_KEY.get(d.health.band, UNKNOWN)
    score = "–" if d.health.score is None else f"{d.health.score} / 100"
    owed = ", ".join(t.money(a, c) for c, a in sorted(d.open_totals.items())) or t(T.NONE_OPEN)
    rows = [(t(T.SCORE), f"{score} · {t(band.label)}"), (t(T.OPEN_INVOICES), owed)]
    if d.checklist:
        done = sum(1 for i in d.checklist if i.done)
        rows.append((t(T.CHECKLIST), t(T.CHECK_SUMMARY, done=done, total=len(d.checklist))))
    if d.meeting and d.meeting.at:
        channel = t(T.CHANNELS.get(d.meeting.channel, d.meeting.channel))
        rows.append((t(T.MEETING), f"{t.moment(d.meeting.at)} · {channel}"))
    if d.notice:
        last = next((r for r in d.notice.timeline if r.kind == "last_working_day"), None)
        if last:
            rows.append((t(T.TIMELINE["last_working_day"]), t.date(last.day)))
    if d.next_step:
        rows.append((t(TE.NEXT_STEP), f"{d.next_step.label} · {t.date(d.next_step.day)}"))
    if d.waiting_for:
        rows.append((t(TE.PAYMENT_FIRST), t(TE.WAITING, numbers=", ".join(d.waiting_for))))
    return rows


def health(ctx: Ctx) -> list[Flowable]:
    d, t, s = ctx.data, ctx.t, ctx.s
    h = d.health
    band = BY_KEY.get(h.band, UNKNOWN)
    summary = [ctx.p(f"{t(T.SCORE)}: {'–' if h.score is None else h.score} / 100", s.score)]
    summary.append(ctx.p(t(band.label), s.body))
    if h.pareto:
        pos = h.pareto
        summary.append(ctx.p(t(T.PARETO), s.h2))
        line = t(
            T.PARETO_LINE,
            rank=pos.rank,
            clients=pos.of_clients,
            trouble=t.share(pos.trouble_share),
            revenue=t.share(pos.revenue_share),
        )
        summary.append(ctx.p(line, s.body))
        summary.append(ctx.p(t(T.PARETO_TOP if pos.in_top else T.PARETO_NOT_TOP), s.body))
    else:
        summary.append(ctx.p(t(T.NO_PARETO), s.small))
    if h.missing:  # an unknown client: what it lacks, as the app's health panel says it
        lines = [t(T.NEEDS_EVIDENCE), *(f"• {line}" for line in h.missing)]
        summary.append(ctx.p("\n".join(lines), s.small))
    gauge_width = min(ctx.width * 0.36, 190)
    top = Table(
        [[Gauge(h.score, t(band.label), width=gauge_width), summary]],
        colWidths=[ctx.width * 0.4, ctx.width * 0.6],
        hAlign="LEFT",
    )
    top.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (0, 0), 0),
            ]
        )
    )
    out: list[Flowable] = [KeepTogether([Heading(t(T.HEALTH), s.h1, "health"), top]), Spacer(1, 10)]
    if not h.factors:
        return [*out, ctx.p(t(T.NO_FACTORS), s.body)]
    rows: list[list] = [[ctx.p(t(x), s.head) for x in (T.FACTOR, T.RISK, "", T.WEIGHT, T.EVIDENCE)]]
    rows[0][3] = ctx.p(t(T.WEIGHT), s.head_right)
    for f in h.factors:
        label = t(f.label) if f.label else f.key
        risk = t(T.NO_DATA) if f.risk is None else t.share(f.risk)
        rows.append(
            [
                ctx.p(label, s.cell_bold),
                RiskBar(f.risk, width=ctx.width * 0.1),
                ctx.p(risk, s.cell_right),
                ctx.p(t.number(f.weight), s.cell_right),
                ctx.p(f.detail, s.cell),
            ]
        )
    rows[0][1:3] = [ctx.p(t(T.RISK), s.head), ""]
    style = [*table_style(zebra_rows=len(h.factors)), ("SPAN", (1, 0), (2, 0))]
    out.append(_table(rows, ctx.cols(0.21, 0.11, 0.14, 0.1, 0.44), style))
    if h.weight_note:
        out += [Spacer(1, 4), ctx.p(h.weight_note, s.small)]
    return out


def _or_empty(title: str, key: str, field: str, empty: str):
    """A section that is its heading and either the body or, while the packet's `field` is empty,
    the `empty` sentence; the decorated body gets the heading and the field's value."""

    def wrap(body: Callable[[Ctx, Heading, object], list[Flowable]]) -> Callable:
        def section(ctx: Ctx) -> list[Flowable]:
            head, value = Heading(ctx.t(title), ctx.s.h1, key), getattr(ctx.data, field)
            return body(ctx, head, value) if value else [head, ctx.p(ctx.t(empty), ctx.s.body)]

        return section

    return wrap


@_or_empty(T.DECISION, "decision", "decision", T.NO_DECISION)
def decision(ctx: Ctx, head: Heading, dec) -> list[Flowable]:
    t, s = ctx.t, ctx.s
    cool, ends = dec.cooling_off_days, dec.cooling_off_ends
    pairs = [
        (t(T.REASON), dec.reason),
        (t(T.PLAN_STARTED), t.date(dec.started_on)),
        (t(T.COOLING_OFF), t(T.COOLING_OFF_DAYS, days=t.days(cool), date=t.date(ends))),
        (t(T.CONSIDERED), str(dec.times_considered)),
    ]
    if dec.went_ahead:
        pairs.append((t(TE.WENT_AHEAD), dec.went_ahead))
    considered = (
        t(T.CONSIDERED_ONCE)
        if dec.times_considered <= 1
        else t(T.CONSIDERED_N, count=dec.times_considered)
    )
    if dec.gut_hint:  # the plan's own words once the thought keeps coming back
        considered = dec.gut_hint
    return [KeepTogether([head, _facts(ctx, pairs), Spacer(1, 6), ctx.p(considered, s.body)])]


@_or_empty(T.CHECKLIST, "checklist", "checklist", T.NOTHING_TO_CHECK)
def checklist(ctx: Ctx, head: Heading, items) -> list[Flowable]:
    t, s = ctx.t, ctx.s
    done = sum(1 for i in items if i.done)
    rows: list[list] = [
        [ctx.p(t(T.DONE), s.head), ctx.p(t(T.KIND), s.head), ctx.p(t(T.ITEM), s.head)]
    ]
    for item in items:
        rows.append(
            [
                Paragraph(CHECKED if item.done else UNCHECKED, s.check),
                ctx.p(t(T.KINDS.get(item.kind, item.kind)), s.cell),
                [ctx.p(item.text, s.cell), *([ctx.p(item.detail, s.small)] if item.detail else [])],
            ]
        )
    style = table_style(zebra_rows=len(items))
    table = _table(rows, ctx.cols(0.09, 0.17, 0.74), style)
    summary = ctx.p(t(T.CHECK_SUMMARY, done=done, total=len(items)), s.small)
    block: list[Flowable] = [head, summary, table]
    return [KeepTogether(block)] if len(items) <= 12 else block


@_or_empty(T.INVOICES, "invoices", "invoices", T.ALL_PAID)
def invoices(ctx: Ctx, head: Heading, items) -> list[Flowable]:
    d, t, s = ctx.data, ctx.t, ctx.s
    names = (T.INVOICE, T.ISSUED, T.DUE, T.TOTAL, T.OUTSTANDING, T.OVERDUE)
    rows: list[list] = [
        [ctx.p(t(n), s.head_right if n in (T.TOTAL, T.OUTSTANDING) else s.head) for n in names]
    ]
    for inv in items:
        rows.append(
            [
                ctx.p(inv.number, s.cell_bold),
                ctx.p(t.short_date(inv.issued_on), s.cell),
                ctx.p(t.short_date(inv.due_on), s.cell),
                ctx.p(t.money(inv.total, inv.currency), s.cell_right),
                ctx.p(t.money(inv.outstanding, inv.currency), s.cell_right),
                ctx.p(t.days(inv.days_overdue) if inv.days_overdue > 0 else "–", s.cell),
            ]
        )
    for currency, amount in sorted(d.open_totals.items()):
        rows.append(
            [
                ctx.p(t(T.TOTAL_OUTSTANDING), s.cell_bold),
                "",
                "",
                "",
                ctx.p(t.money(amount, currency), s.cell_right),
                "",
            ]
        )
    style = [*table_style(zebra_rows=len(items)), ("SPAN", (0, -1), (3, -1))]
    style.append(("LINEABOVE", (0, len(items) + 1), (-1, len(items) + 1), 0.8, "#5f6b7a"))
    out: list[Flowable] = [head]
    if d.payment_guard:
        out.append(ctx.p(d.payment_guard, s.warning))
    out.append(_table(rows, ctx.cols(0.14, 0.16, 0.16, 0.19, 0.2, 0.15), style))
    return [KeepTogether(out)] if len(items) <= 10 else out


def meeting(ctx: Ctx) -> list[Flowable]:
    d, t, s = ctx.data, ctx.t, ctx.s
    head = Heading(t(T.MEETING), s.h1, "meeting")
    m = d.meeting
    if not m:
        return [
            KeepTogether([head, ctx.p(t(T.NO_MEETING), s.body), ctx.p(t(T.MEETING_HINT), s.small)])
        ]
    pairs = [(t(T.CHANNEL), t(T.CHANNELS.get(m.channel, m.channel)))]
    if m.at:
        pairs.append((t(T.WHEN), t.moment(m.at)))
    if m.place:
        pairs.append((t(T.WHERE), m.place))
    return [
        KeepTogether([head, _facts(ctx, pairs), Spacer(1, 6), ctx.p(t(T.MEETING_HINT), s.small)])
    ]


@_or_empty(T.MESSAGE, "message", "message", T.NO_MESSAGE)
def message(ctx: Ctx, head: Heading, text: str) -> list[Flowable]:
    hint = ctx.p(ctx.t(T.MESSAGE_HINT), ctx.s.small)
    return [KeepTogether([head, hint, ctx.p(text.strip(), ctx.s.box)])]


@_or_empty(T.NOTICE, "notice", "notice", T.NO_NOTICE)
def notice(ctx: Ctx, head: Heading, n) -> list[Flowable]:
    t, s = ctx.t, ctx.s
    if n.mode == "days":
        period = t.days(n.days)
    else:
        period = t(T.UNTIL_DONE, deliverable=n.deliverable_title or "")
    out: list[Flowable] = [head, _facts(ctx, [(t(T.NOTICE_PERIOD), period)])]
    for remark in (n.note, n.warning):
        if remark:
            out.append(ctx.p(remark, s.warning))
    if n.timeline:
        rows: list[list] = [[ctx.p(t(T.DATE), s.head), ctx.p(t(T.WHAT), s.head)]]
        for row in n.timeline:
            what = row.label or t(T.TIMELINE.get(row.kind, row.kind))
            rows.append([ctx.p(t.date(row.day), s.cell), ctx.p(what, s.cell)])
        out += [
            Spacer(1, 8),
            _table(rows, ctx.cols(0.3, 0.7), table_style(zebra_rows=len(n.timeline))),
        ]
    return [KeepTogether(out)]


def referrals(ctx: Ctx) -> list[Flowable]:
    d, t, s = ctx.data, ctx.t, ctx.s
    r = d.referrals
    out: list[Flowable] = [Heading(t(T.REFERRALS), s.h1, "referrals")]
    if r.omitted:
        return [KeepTogether([*out, ctx.p(r.note or "", s.body)])]
    if r.colleagues:
        rows: list[list] = [[ctx.p(t(x), s.head) for x in (T.COLLEAGUE, T.EMAIL, T.MATCHES)]]
        for c in r.colleagues:
            rows.append(
                [
                    ctx.p(c.name, s.cell_bold),
                    ctx.p(c.email or "–", s.cell),
                    ctx.p(", ".join(c.covers or c.matched), s.cell),
                ]
            )
        out.append(
            _table(rows, ctx.cols(0.3, 0.35, 0.35), table_style(zebra_rows=len(r.colleagues)))
        )
    else:
        out.append(ctx.p(r.note or t(T.NO_COLLEAGUES), s.body))
    if r.advice:
        out.append(ctx.p(t(T.ADVICE), s.h2))
        out += [ctx.p(f"•  {a}", s.body) for a in r.advice]
    return [KeepTogether(out)] if len(r.colleagues) <= 8 else out


def notes(ctx: Ctx) -> list[Flowable]:
    d, t, s = ctx.data, ctx.t, ctx.s
    if not d.client.notes:
        return []
    out: list[Flowable] = [CondPageBreak(80), Heading(t(T.NOTES), s.h1, "notes")]
    for note in d.client.notes:
        out += [*(ctx.p(piece, tight(s.body)) for piece in pieces(note)), Spacer(1, 8)]
    return out


SECTIONS: tuple[Callable[[Ctx], list[Flowable]], ...] = (
    health,
    decision,
    checklist,
    invoices,
    meeting,
    message,
    notice,
    referrals,
    notes,
)
