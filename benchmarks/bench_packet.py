"""Benchmark: exporting an offboarding packet, against a bare reportlab document of the same pages.

Fills a temporary database with the demo portfolio, starts a plan for its most troubled client,
then times (best and median of --runs, after a warm-up):
  - `clientfit-cli packet` as a user runs it (a fresh process: imports, fonts, database, PDF);
  - `export_packet` in a warm process (assemble from the database + render + atomic write);
  - `render_bytes` of the same PacketData (the renderer alone);
  - the baseline: reportlab's SimpleDocTemplate with the packet's own text, the same number of
    pages, built-in Helvetica, no outline, no numbered canvas, no font fallback.

    .venv/bin/python benchmarks/bench_packet.py [--runs 10] [--json]
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

AT = dt.date(2026, 11, 26)


def timed(fn: Callable[[], object], runs: int) -> tuple[float, float]:
    """(best, median) wall time in seconds over `runs` calls, after one warm-up call."""
    fn()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times), statistics.median(times)


def bare_document(pages: list[str]) -> bytes:
    """The floor: the same text on the same number of pages, plain reportlab."""
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table

    styles = getSampleStyleSheet()
    story: list = []
    for text in pages:
        lines = [line for line in text.splitlines() if line.strip()]
        half = len(lines) // 2
        esc = [line.replace("&", "&amp;").replace("<", "&lt;") for line in lines]
        story += [Paragraph(line, styles["BodyText"]) for line in esc[:half]]
        story += [Table([[line[:45], line[45:90]] for line in lines[half:]]), PageBreak()]
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer).build(story)
    return buffer.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)

    from pypdf import PdfReader

    from clientfit import offboarding
    from clientfit.health import score_portfolio
    from clientfit.packet.assemble import assemble_packet
    from clientfit.packet.export import export_packet
    from clientfit.packet.render import render_bytes
    from clientfit.store.database import close_database, open_database
    from clientfit.store.demo import load_demo
    from clientfit.store.models import Client

    with tempfile.TemporaryDirectory() as tmp:
        db_path, out = Path(tmp) / "bench.db", Path(tmp) / "packet.pdf"
        open_database(db_path)
        load_demo(today=AT)
        scores = score_portfolio(at=AT)
        worst = min(scores.values(), key=lambda s: s.score if s.score is not None else 101)
        client = Client.get_by_id(worst.client_id)
        plan = offboarding.start_plan(client, "I no longer believe I am the right fit.", on=AT)
        offboarding.schedule_meeting(plan, dt.datetime(2026, 12, 1, 10, 0), "video")
        close_database()

        cli = [sys.executable, "-m", "clientfit.cli", "--db", str(db_path), "packet", client.name]
        cli += ["-o", str(out), "--at", AT.isoformat()]
        cold = timed(lambda: subprocess.run(cli, check=True, capture_output=True), args.runs)

        open_database(db_path)
        data = assemble_packet(client.id, lang="en", at=AT)
        warm = timed(lambda: export_packet(client.id, out, lang="en", at=AT), args.runs)
        assemble = timed(lambda: assemble_packet(client.id, lang="en", at=AT), args.runs)
        render = timed(lambda: render_bytes(data), args.runs)
        pages = [p.extract_text() or "" for p in PdfReader(str(out)).pages]
        bare = timed(lambda: bare_document(pages), args.runs)
        size = out.stat().st_size
        close_database()

    rows = {
        "cli_packet_cold_s": cold,
        "export_packet_warm_s": warm,
        "assemble_s": assemble,
        "render_s": render,
        "bare_reportlab_same_pages_s": bare,
    }
    if args.json:
        result = {k: {"best": v[0], "median": v[1]} for k, v in rows.items()}
        print(json.dumps({**result, "pages": len(pages), "bytes": size, "client": client.name}))
        return 0
    print(f"packet of {client.name!r}: {len(pages)} pages, {size:,} bytes")
    for name, (best, median) in rows.items():
        print(f"  {name:<30} best {best * 1000:7.1f} ms   median {median * 1000:7.1f} ms")
    print(f"  renderer / bare reportlab: {render[1] / bare[1]:.1f}x (medians)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
