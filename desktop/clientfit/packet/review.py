"""The yearly portfolio review as PDF: ReviewData in, pages out, on the offboarding packet's renderer.

Same discipline as the packet: the bundled TrueType fonts only (every font embedded), the packet's
styles and numbered canvas ("page X of Y"), a bookmark per section, vector charts. Sections: the
year at a glance, bands with the direction of travel, the Pareto chart, the what-if of the top
troublemakers, a verdict per client with its evidence, and the year's endings and how they went.
This module imports reportlab at the top: import it only when exporting.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Spacer,
    Table,
    TableStyle,
)

from clientfit.health.bands import ALL_BANDS, BY_KEY, UNKNOWN
from clientfit.packet import review_texts as R
from clientfit.packet import texts as T
from clientfit.packet.fonts import register_fonts
from clientfit.packet.page import (
    ClientfitDocument,
    running_header,
    sections_after,
    to_bytes,
    to_file,
)
from clientfit.packet.render import _numbered_canvas
from clientfit.packet.review_chart import ParetoChart
from clientfit.packet.review_data import ReviewData, YearFigures
from clientfit.packet.sections import Ctx, Heading
from clientfit.packet.styles import (
    facts_style,
    make_styles,
    table_style,
)

CHART_BARS = 15  # the Pareto chart names this many clients at most


def _table(rows: list[list], widths: list[float], style: list, repeat: int = 1) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=repeat, hAlign="LEFT", splitInRow=1)
    table.setStyle(TableStyle(style))
    return table


def _money(t: R.ReviewTexts, values: dict[str, Decimal]) -> str:
    """Each currency on its own line: money is never summed across currencies."""
    return "\n".join(t.money(v, cur) for cur, v in sorted(values.items())) or t(R.NONE)


def _rate(t: R.ReviewTexts, values: dict[str, Decimal]) -> str:
    return (
        "\n".join(t(R.PER_HOUR, amount=t.money(v, cur)) for cur, v in sorted(values.items())) or "–"
    )


def _overdue(t: R.ReviewTexts, f: YearFigures) -> str:
    lines = [
        f"{t.money(v, cur)} ({t(R.DAYS_LATE, days=round(f.days_late.get(cur, 0)))})"
        for cur, v in sorted(f.overdue.items())
    ]
    return "\n".join(lines) or t(R.NONE)


def _hours(t: R.ReviewTexts, hours: float) -> str:
    text = f"{hours:,.1f}"
    return text.replace(",", "\u00a0").replace(".", ",") if t.lang == "sv" else text


def _whole(t: R.ReviewTexts, value: float) -> str:
    text = f"{round(value):,}"
    return text.replace(",", "\u00a0") if t.lang == "sv" else text


def _figure_rows(t: R.ReviewTexts, cols: list[YearFigures]) -> list[tuple[str, list[str]]]:
    rows = [
        (t(R.CLIENTS), [str(f.clients) for f in cols]),
        (t(R.REVENUE), [_money(t, f.revenue) for f in cols]),
        (t(R.BILLED_HOURS), [_hours(t, f.billed_hours) for f in cols]),
        (
            t(R.MESSAGES),
            [
                f"{_whole(t, f.messages)} ({t(R.AFTER_HOURS)} {_whole(t, f.after_hours)})"
                for f in cols
            ],
        ),
        (t(R.ROUNDS), [_whole(t, f.rounds) for f in cols]),
        (t(R.OVERDUE), [_overdue(t, f) for f in cols]),
        (t(R.RATE), [_rate(t, f.rate) for f in cols]),
    ]
    based = [f.in_base for f in cols if f.in_base is not None]
    if based:
        code = based[0][0]
        rows += [
            (
                t(R.REVENUE_IN_BASE, currency=code),
                [t.money(f.in_base[1], code) if f.in_base else "–" for f in cols],
            ),
            (
                t(R.RATE_IN_BASE, currency=code),
                [
                    t(R.PER_HOUR, amount=t.money(f.in_base[2], code))
                    if f.in_base and f.in_base[2] is not None
                    else "–"
                    for f in cols
                ],
            ),
        ]
    return rows


def cover(ctx: Ctx) -> list[Flowable]:
    d, t, s = ctx.data, ctx.t, ctx.s
    pairs = _figure_rows(t, [d.totals])
    counts = ", ".join(
        t(R.BANDS_LINE, count=d.band_counts[b.key], band=t(b.label).lower())
        for b in ALL_BANDS
        if d.band_counts.get(b.key)
    )
    pairs.append((t(R.BAND), [counts or t(R.NONE)]))
    rows = [[ctx.p(label, s.label), ctx.p(v[0], s.cell)] for label, v in pairs]
    out: list[Flowable] = [
        Heading(t(R.TITLE), s.title, "cover"),
        ctx.p(t(R.SUBTITLE, year=d.year), s.subtitle),
        ctx.p(str(d.year), s.client),
        ctx.p(t(R.AT_A_GLANCE), s.h2),
        _table(rows, ctx.cols(0.34, 0.66), facts_style(), repeat=0),
        Spacer(1, 8),
        ctx.p(t(R.WINDOW, first=t.date(d.window_first), last=t.date(d.made_on)), s.small),
    ]
    out += [ctx.p(note, s.small) for note in d.notes]
    out += [Spacer(1, 6), ctx.p(t(T.MADE_WITH, date=t.date(d.made_on)), s.small)]
    return out


def _direction(t: R.ReviewTexts, line) -> str:
    arrow = R.ARROWS.get(line.direction, "·")
    if line.direction == "none" or line.slope is None:
        return f"{arrow} {t(R.NO_FORECAST, months=line.months)}"
    word = t(R.DIRECTIONS[line.direction])
    return f"{arrow} {t(R.DIRECTION_MONTHS, direction=word, slope=t.signed(line.slope), months=line.months)}"


def bands(ctx: Ctx) -> list[Flowable]:
    d, t, s = ctx.data, ctx.t, ctx.s
    head = [Heading(t(R.BANDS), s.h1, "bands"), ctx.p(t(R.BANDS_INTRO), s.small)]
    rows: list[list] = [[ctx.p(t(x), s.head) for x in (R.CLIENT, R.SCORE, R.BAND, R.TREND)]]
    style = table_style(zebra_rows=len(d.clients))
    for k, line in enumerate(d.clients, start=1):
        band = BY_KEY.get(line.band, UNKNOWN)
        rows.append(
            [
                ctx.p(line.name, s.cell_bold),
                ctx.p("–" if line.score is None else str(line.score), s.cell_right),
                ctx.p(t(band.label), s.cell),
                ctx.p(_direction(t, line), s.cell),
            ]
        )
        style.append(("LINEBEFORE", (2, k), (2, k), 3, colors.HexColor(band.colour)))
    return [*head, _table(rows, ctx.cols(0.32, 0.09, 0.24, 0.35), style)]


def pareto(ctx: Ctx) -> list[Flowable]:
    d, t, s = ctx.data, ctx.t, ctx.s
    head = Heading(t(R.PARETO), s.h1, "pareto")
    if not d.pareto:
        return [head, ctx.p(t(R.NO_PARETO), s.body)]
    top = [b for b in d.pareto if b.top]
    bars = list(d.pareto[:CHART_BARS])
    labels = (t(R.LEGEND_TROUBLE), t(R.LEGEND_REVENUE), t(R.LEGEND_CUMULATIVE))
    line = t(
        R.PARETO_LINE,
        count=len(top),
        trouble=t.share(d.pareto_top_trouble),
        revenue=t.share(d.pareto_top_revenue),
    )
    out: list[Flowable] = [head, ctx.p(line, s.body), ParetoChart(bars, labels, ctx.width)]
    if len(d.pareto) > len(bars):
        out.append(ctx.p(t(R.PARETO_SHOWN, shown=len(bars), total=len(d.pareto)), s.small))
    return [KeepTogether(out)]


def _names(t: R.ReviewTexts, names: tuple[str, ...], shown: int = 10) -> str:
    text = ", ".join(names[:shown])
    return text + t(R.AND_MORE, n=len(names) - shown) if len(names) > shown else text


def whatif(ctx: Ctx) -> list[Flowable]:
    d, t, s = ctx.data, ctx.t, ctx.s
    head = Heading(t(R.WHATIF), s.h1, "whatif")
    w = d.whatif
    if w is None:
        return [head, ctx.p(t(R.NO_WHATIF), s.body)]
    rows: list[list] = [[ctx.p(t(x), s.head) for x in (R.FIGURE, R.NOW, R.WITHOUT)]]
    figures = _figure_rows(t, [w.now, w.without])
    figures.append(
        (
            t(R.TOP_SHARE),
            [
                "–" if f.top_trouble_share is None else t.share(f.top_trouble_share)
                for f in (w.now, w.without)
            ],
        )
    )
    for label, (now, without) in figures:
        rows.append([ctx.p(label, s.cell_bold), ctx.p(now, s.cell), ctx.p(without, s.cell)])
    table = _table(rows, ctx.cols(0.32, 0.34, 0.34), table_style(zebra_rows=len(figures)))
    intro = ctx.p(t(R.WHATIF_INTRO, names=_names(t, w.removed)), s.body)
    out: list[Flowable] = [KeepTogether([head, intro, table]), Spacer(1, 6)]
    if w.remaining_trouble_share is not None:
        out.append(ctx.p(t(R.REMAINING, share=t.share(w.remaining_trouble_share)), s.body))
    if w.hours_to_keep_level and w.rate is not None:
        out.append(
            ctx.p(
                t(
                    R.KEEP_LEVEL,
                    hours=_whole(t, w.hours_to_keep_level),
                    rate=t.money(w.rate, w.currency),
                ),
                s.body,
            )
        )
    return out


def _verdict(t: R.ReviewTexts, line) -> str:
    if line.status == "archived":
        return t(R.ENDED)
    if line.status == "ending":
        return t(R.ENDING_NOW)
    text = t(R.VERDICT_TEXT.get(line.band, R.VERDICT_TEXT["unknown"]))
    if line.direction == "worsening" and line.band in ("healthy", "watch"):
        text = t(R.HEADING_DOWN, verdict=text)
    return text


def verdicts(ctx: Ctx) -> list[Flowable]:
    d, t, s = ctx.data, ctx.t, ctx.s
    rows: list[list] = [[ctx.p(t(x), s.head) for x in (R.CLIENT, R.VERDICT, R.EVIDENCE)]]
    for line in d.clients:
        evidence = f"{line.factor}: {line.evidence}" if line.factor else t(R.NO_EVIDENCE)
        rows.append(
            [
                ctx.p(line.name, s.cell_bold),
                ctx.p(_verdict(t, line), s.cell),
                ctx.p(evidence, s.cell),
            ]
        )
    return [
        Heading(t(R.VERDICTS), s.h1, "verdicts"),
        _table(rows, ctx.cols(0.26, 0.2, 0.54), table_style(zebra_rows=len(d.clients))),
    ]


def _yes_no(t: R.ReviewTexts, value: bool | None, unknown: str = R.UNKNOWN) -> str:
    return t(unknown) if value is None else t(R.YES if value else R.NO)


def endings(ctx: Ctx) -> list[Flowable]:
    d, t, s = ctx.data, ctx.t, ctx.s
    head = Heading(t(R.ENDINGS), s.h1, "endings")
    if not d.endings:
        return [head, ctx.p(t(R.NO_ENDINGS), s.body)]
    out: list[Flowable] = [head]
    for e in d.endings:

        def day(value):
            return t.date(value) if value else "–"

        referrals = (
            t(R.NOT_RECORDED)
            if e.referrals is None
            else (", ".join(e.referrals) or t(R.NONE_RECORDED))
        )
        pairs = [
            (t(T.REASON), e.reason),
            (t(R.STARTED), day(e.started_on)),
            (
                t(R.ANNOUNCED),
                day(e.announce_on)
                if e.announce_recorded or e.announce_on is None
                else t(R.PLANNED, date=day(e.announce_on)),
            ),
            (t(R.NOTICE_SENT), day(e.notice_sent_on)),
            (t(R.FINISHED), day(e.finished_on) if e.status == "finished" else t(R.RUNNING)),
            (t(R.NOTICE_KEPT), _yes_no(t, e.notice_kept)),
            (t(R.PAID_FIRST), _yes_no(t, e.paid_before_announcing)),
            (t(R.REFERRALS), referrals),
        ]
        rows = [[ctx.p(a, s.label), ctx.p(b, s.cell)] for a, b in pairs]
        out.append(
            KeepTogether(
                [
                    ctx.p(e.client, s.h2),
                    _table(rows, ctx.cols(0.3, 0.7), facts_style(), repeat=0),
                ]
            )
        )
    return out


SECTIONS = (bands, pareto, whatif, verdicts, endings)


class ReviewDocument(ClientfitDocument):
    def __init__(self, out: BinaryIO, data: ReviewData, texts: R.ReviewTexts, paper: str):
        self.data, self.texts = data, texts
        super().__init__(
            out,
            paper,
            texts.lang,
            {"pages": self._page},
            title=f"{texts(R.TITLE)} {data.year}",
            author=data.author,
            subject=texts(R.SUBJECT, year=data.year),
            keywords=[texts(R.TITLE), str(data.year)],
        )

    def _page(self, canvas, doc) -> None:
        if doc.page == 1:
            return
        left = f"{self.texts(R.TITLE)} {self.data.year}"
        running_header(canvas, self.pagesize, left, self.texts.date(self.data.made_on))

    def afterFlowable(self, flowable) -> None:
        if isinstance(flowable, Heading):
            self.canv.bookmarkPage(flowable.outline_key)
            self.canv.addOutlineEntry(flowable.outline_title, flowable.outline_key, level=0)


def story(data: ReviewData, texts: R.ReviewTexts, width: float) -> list[Flowable]:
    ctx = Ctx(data=data, t=texts, s=make_styles(), width=width)  # type: ignore[arg-type]
    return sections_after(cover(ctx), SECTIONS, ctx)


def render_review(data: ReviewData, out: BinaryIO, paper: str = "a4") -> int:
    """Write the review as PDF to a binary stream; returns the number of pages."""
    register_fonts()
    texts = R.ReviewTexts(data.lang)
    doc = ReviewDocument(out, data, texts, paper)
    doc.build(story(data, texts, doc.width), canvasmaker=_numbered_canvas(texts, False))
    return doc.page


def review_bytes(data: ReviewData, paper: str = "a4") -> bytes:
    return to_bytes(render_review, data, paper)


def write_review(data: ReviewData, path: Path | str, paper: str = "a4") -> Path:
    """Render to `path` atomically: a failure midway leaves the old file or none."""
    return to_file(render_review, data, path, paper)
