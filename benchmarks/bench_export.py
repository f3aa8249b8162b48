"""Exporting an offboarding packet against a bare reportlab document of the same number of pages.

Clientfit: `clientfit-cli packet NAME -o FILE --at DAY` in a fresh process, for the portfolio's
busiest client with an offboarding plan started (`clientfit-cli offboard`). Baseline: a fresh
process that writes the packet's own text (read back with pypdf beforehand) as a plain reportlab
document of the same page count: `bench_packet.bare_document`, the packet helper's floor (built-in
Helvetica, no outline, no numbered canvas, no font fallback). `bench_packet.py` itself times the
packet in a warm process on the small demo portfolio; this one is the big portfolio, cold.

    python benchmarks/bench_export.py bare PAGES.json FILE      (the baseline)
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import sys
from pathlib import Path

from benchlib import BENCH_DIR, CLI, PYTHON, Result, bench_env, median, not_available, timed_run


def bare_from_json(pages_json: Path, path: Path) -> None:
    pages = json.loads(pages_json.read_text(encoding="utf-8"))
    try:
        from bench_packet import bare_document  # the packet helper's floor, when it is there
    except ImportError:
        bare_document = _bare_document
    path.write_bytes(bare_document(pages))


def _bare_document(pages: list[str]) -> bytes:
    import io

    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    styles = getSampleStyleSheet()
    story: list = []
    for text in pages:
        for line in text.splitlines():
            if line.strip():
                story.append(
                    Paragraph(line.replace("&", "&amp;").replace("<", "&lt;"), styles["BodyText"])
                )
        story.append(PageBreak())
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer).build(story[:-1])
    return buffer.getvalue()


def page_texts(path: Path) -> list[str]:
    from pypdf import PdfReader

    return [p.extract_text() or "" for p in PdfReader(str(path)).pages]


def busiest_client(db: Path) -> str:
    con = sqlite3.connect(str(db))
    row = con.execute(
        "SELECT c.name FROM client c JOIN message m ON m.client_id = c.id "
        "GROUP BY c.id ORDER BY COUNT(*) DESC LIMIT 1"
    ).fetchone()
    con.close()
    return row[0]


def run(db: Path, tmp: Path, runs: int) -> list[Result]:
    measure = "export an offboarding packet"
    env = bench_env(tmp)
    probe = timed_run([*CLI, "packet", "--help"], env)[1]
    if probe.returncode != 0:
        return [not_available(measure, "`clientfit-cli packet` is not in this checkout", "s")]
    name, day = busiest_client(db), dt.date.today().isoformat()
    offboard = timed_run(
        [*CLI, "--db", str(db), "offboard", name, "--reason", "Benchmark", "--at", day], env
    )[1]
    out = tmp / "packet.pdf"
    cmd = [*CLI, "--db", str(db), "packet", name, "-o", str(out), "--at", day]
    ours = []
    for _ in range(runs):
        seconds, proc = timed_run(cmd, env)
        if proc.returncode != 0:
            return [
                Result(
                    measure,
                    None,
                    None,
                    "s",
                    note=f"not available: packet failed ({proc.returncode}): {proc.stderr.strip()[-300:]}",
                )
            ]
        ours.append(seconds)
    try:
        texts = page_texts(out)
    except ImportError:
        return [
            not_available(measure, "pypdf (the test extras) is needed to read the packet back", "s")
        ]
    pages = len(texts)
    pages_json = tmp / "packet-pages.json"
    pages_json.write_text(json.dumps(texts), encoding="utf-8")
    bare_out = tmp / "bare.pdf"
    bare_cmd = [PYTHON, str(BENCH_DIR / "bench_export.py"), "bare", str(pages_json), str(bare_out)]
    base = [timed_run(bare_cmd, env)[0] for _ in range(runs)]
    return [
        Result(
            measure,
            median(ours),
            median(base),
            "s",
            "ratio",
            1.5,
            note=(
                f"{pages} pages for {name!r} (offboarding plan: "
                f"{'yes' if offboard.returncode == 0 else 'no'}), {out.stat().st_size / 1e3:.0f} kB "
                f"vs {bare_out.stat().st_size / 1e3:.0f} kB; fresh processes, median of {runs}"
            ),
            details={"clientfit_s": ours, "baseline_s": base, "pages": pages},
        )
    ]


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "bare":
        bare_from_json(Path(sys.argv[2]), Path(sys.argv[3]))
    else:
        sys.exit(__doc__)
