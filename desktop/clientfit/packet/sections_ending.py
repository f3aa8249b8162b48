"""The packet's sections for ending well, one small function each (PacketData in, flowables out):
the money summary, the handover list, the evidence log, the note on rights, the client's personal
data, what actually happened, and the closing letter on its own page. `PACKET_SECTIONS` is the
order of the whole packet after the cover.
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Paragraph, Spacer

from clientfit.packet import sections as S
from clientfit.packet import texts as T
from clientfit.packet import texts_ending as TE
from clientfit.packet.letter import letter as letter_flow
from clientfit.packet.sections import CHECKED, UNCHECKED, Ctx, Heading, _table
from clientfit.packet.styles import table_style


def money(ctx: Ctx) -> list[Flowable]:
    d, t, s = ctx.data, ctx.t, ctx.s
    if not d.money and not d.final_invoice:
        return []
    out: list[Flowable] = [Heading(t(TE.MONEY), s.h1, "money")]
    if d.money:
        names = (TE.CURRENCY, TE.INVOICED, TE.PAID, TE.OPEN)
        rows: list[list] = [
            [ctx.p(t(n), s.head if n == TE.CURRENCY else s.head_right) for n in names]
        ]
        for line in d.money:
            rows.append(
                [
                    ctx.p(line.currency, s.cell_bold),
                    ctx.p(t.money(line.invoiced, line.currency), s.cell_right),
                    ctx.p(t.money(line.paid, line.currency), s.cell_right),
                    ctx.p(t.money(line.open, line.currency), s.cell_right),
                ]
            )
        out.append(
            _table(rows, ctx.cols(0.16, 0.28, 0.28, 0.28), table_style(zebra_rows=len(d.money)))
        )
    out.append(ctx.p(t(TE.FINAL_INVOICE), s.h2))
    if d.final_invoice:
        out += [
            ctx.p(
                f"{UNCHECKED}  {f.title}"
                + (f": {t.money(f.amount, f.currency)}" if f.amount is not None else ""),
                s.body,
            )
            for f in d.final_invoice
        ]
    else:
        out.append(ctx.p(t(TE.NO_FINAL_INVOICE), s.body))
    return [KeepTogether(out)]


def handover(ctx: Ctx) -> list[Flowable]:
    d, t, s = ctx.data, ctx.t, ctx.s
    if not d.handover:
        return []
    head = Heading(t(TE.HANDOVER), s.h1, "handover")
    rows: list[list] = [
        [ctx.p(t(x), s.head) for x in (T.DONE, TE.WHAT, TE.WHOSE, TE.ACTION, TE.BY)]
    ]
    for item in d.handover:
        rows.append(
            [
                Paragraph(CHECKED if item.done else UNCHECKED, s.check),
                ctx.p(item.what, s.cell_bold),
                ctx.p(t(TE.THEIRS if item.owner == "theirs" else TE.YOURS), s.cell),
                ctx.p(item.action, s.cell),
                ctx.p(t.short_date(item.by) if item.by else "–", s.cell),
            ]
        )
    table = _table(
        rows, ctx.cols(0.08, 0.3, 0.12, 0.32, 0.18), table_style(zebra_rows=len(d.handover))
    )
    block = [head, ctx.p(t(TE.HANDOVER_HINT), s.small), table]
    return [KeepTogether(block)] if len(d.handover) <= 14 else block


def evidence(ctx: Ctx) -> list[Flowable]:
    d, t, s = ctx.data, ctx.t, ctx.s
    out: list[Flowable] = [
        CondPageBreak(120),
        Heading(t(TE.EVIDENCE), s.h1, "evidence"),
        ctx.p(t(TE.EVIDENCE_HINT), s.small),
    ]
    if not d.evidence:
        return [*out, ctx.p(t(TE.NO_EVIDENCE), s.body)]
    rows: list[list] = [[ctx.p(t(T.DATE), s.head), ctx.p(t(TE.WHAT), s.head)]]
    for fact in d.evidence:
        rows.append([ctx.p(t.short_date(fact.on), s.cell), ctx.p(fact.text, s.cell)])
    out.append(_table(rows, ctx.cols(0.2, 0.8), table_style(zebra_rows=len(d.evidence))))
    return out


def rights(ctx: Ctx) -> list[Flowable]:
    d, t, s = ctx.data, ctx.t, ctx.s
    if d.decision is None:
        return []
    body = d.rights or t(TE.RIGHTS_NONE)
    return [KeepTogether([Heading(t(TE.RIGHTS), s.h1, "rights"), ctx.p(body, s.body)])]


def personal_data(ctx: Ctx) -> list[Flowable]:
    d, t, s = ctx.data, ctx.t, ctx.s
    if not d.personal_data:
        return []
    by = t.short_date(d.data_by) if d.data_by else "–"
    rows: list[list] = [
        [ctx.p(t(x), s.head) for x in (T.DONE, TE.DATA_KIND, TE.DATA_COUNT, TE.DATA_ACTION)]
    ]
    rows[0][2] = ctx.p(t(TE.DATA_COUNT), s.head_right)
    for held in d.personal_data:
        rows.append(
            [
                Paragraph(UNCHECKED, s.check),
                ctx.p(held.label, s.cell),
                ctx.p(str(held.count), s.cell_right),
                ctx.p(by, s.cell),
            ]
        )
    table = _table(
        rows, ctx.cols(0.08, 0.5, 0.12, 0.3), table_style(zebra_rows=len(d.personal_data))
    )
    head = Heading(t(TE.PERSONAL_DATA), s.h1, "personal_data")
    return [KeepTogether([head, ctx.p(t(TE.PERSONAL_DATA_TEXT), s.body), table])]


def happened(ctx: Ctx) -> list[Flowable]:
    d, t, s = ctx.data, ctx.t, ctx.s
    if d.decision is None:
        return []
    head = Heading(t(TE.HAPPENED), s.h1, "happened")
    if not d.events:
        return [KeepTogether([head, ctx.p(t(TE.NOTHING_HAPPENED), s.body)])]
    rows: list[list] = [[ctx.p(t(T.DATE), s.head), ctx.p(t(TE.WHAT), s.head)]]
    for event in d.events:
        text = event.label + (
            f": {event.detail}" if event.detail and event.kind != "referred" else ""
        )
        rows.append([ctx.p(t.short_date(event.on), s.cell), ctx.p(text, s.cell)])
    return [
        KeepTogether(
            [head, _table(rows, ctx.cols(0.2, 0.8), table_style(zebra_rows=len(d.events)))]
        )
    ]


def closing_letter(ctx: Ctx) -> list[Flowable]:
    d, t, s = ctx.data, ctx.t, ctx.s
    if d.letter is None:
        return []
    announce = d.notice.announce_on if d.notice else d.made_on
    return [
        PageBreak(),
        Heading(t(TE.LETTER), s.h1, "letter"),
        ctx.p(t(TE.LETTER_HINT), s.small),
        Spacer(1, 10),
        *letter_flow(
            s,
            ctx.width,
            list(d.letter.letterhead),
            t.date(announce),
            list(d.letter.recipient),
            d.letter.body,
        ),
    ]


PACKET_SECTIONS: tuple[Callable[[Ctx], list[Flowable]], ...] = (
    S.health,
    S.decision,
    S.checklist,
    S.invoices,
    money,
    S.meeting,
    S.message,
    S.notice,
    handover,
    S.referrals,
    evidence,
    rights,
    personal_data,
    happened,
    S.notes,
    closing_letter,
)
