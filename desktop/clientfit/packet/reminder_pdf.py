"""The payment reminder as a one- or two-page PDF on the user's letterhead (reportlab).

Takes the plain `offboarding.reminder.PaymentReminder`; the text is the same the CLI prints, with
the invoices as a table. Imports reportlab at the top: import it only when writing one.
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.platypus import SimpleDocTemplate, Spacer, Table

from clientfit.packet import texts as T
from clientfit.packet import texts_ending as TE
from clientfit.packet.fonts import markup, register_fonts
from clientfit.packet.letter import letter
from clientfit.packet.page import doc_options, to_bytes, to_file
from clientfit.packet.render import rl_config  # noqa: F401  (no URL fetching, as for the packet)
from clientfit.packet.styles import (
    make_styles,
    table_style,
)


def _story(r, width: float) -> list:
    from reportlab.platypus import Paragraph

    s = make_styles()
    t = T.Texts(r.lang)
    body_lines = r.text.split("\n")
    # The first two lines are the title and the date: the letterhead block shows them.
    body = "\n".join(body_lines[3:])
    listing = [line for line in body.split("\n") if line.startswith("- ")]
    before, _sep, after = body.partition("\n".join(listing)) if listing else (body, "", "")
    flow = letter(s, width, r.letterhead, t.date(r.on), [r.client_name], "")
    flow += [Paragraph(markup(t(TE.REMINDER), bold=True), s.h1)]
    flow += letter(s, width, [], "", [], before)[2:]
    rows = [
        [
            Paragraph(markup(t(x)), s.head)
            for x in (T.INVOICE, T.DUE, T.OVERDUE, T.OUTSTANDING, TE.INTEREST)
        ]
    ]
    rows[0][3] = Paragraph(markup(t(T.OUTSTANDING)), s.head_right)
    rows[0][4] = Paragraph(markup(t(TE.INTEREST)), s.head_right)
    for line in r.lines:
        rows.append(
            [
                Paragraph(markup(line.number), s.cell_bold),
                Paragraph(markup(t.short_date(line.due_on)), s.cell),
                Paragraph(markup(t.days(line.days_late)), s.cell),
                Paragraph(markup(t.money(line.outstanding, line.currency)), s.cell_right),
                Paragraph(markup(t.money(line.interest, line.currency)), s.cell_right),
            ]
        )
    table = Table(
        rows,
        colWidths=[width * f for f in (0.2, 0.2, 0.16, 0.24, 0.2)],
        hAlign="LEFT",
        repeatRows=1,
    )
    from reportlab.platypus import TableStyle

    table.setStyle(TableStyle(table_style(zebra_rows=len(r.lines))))
    flow += [table, Spacer(1, 10)]
    flow += letter(s, width, [], "", [], after)[2:]  # the rest of the body, no letterhead again
    return flow


def render_reminder(r, paper: str = "a4") -> bytes:
    return to_bytes(_render, r, paper)


def write_reminder(r, path: Path | str, paper: str = "a4") -> Path:
    """Write the reminder PDF atomically."""
    return to_file(_render, r, path, paper)


def _render(r, out: BinaryIO, paper: str) -> None:
    register_fonts()
    t = T.Texts(r.lang)
    doc = SimpleDocTemplate(
        out,
        **doc_options(
            paper,
            r.lang,
            title=f"{t(TE.REMINDER)}: {r.client_name}",
            author=r.letterhead[0] if r.letterhead else None,
        ),
    )
    doc.build(_story(r, doc.width))
