"""Export a client's offboarding packet to a PDF file: the one call the app and the CLI make.

Cheap to import: reportlab (and the fonts) are loaded only when a packet is actually rendered, so
the app starts without them. Call it off the GUI thread (a worker with a progress dialog); it
touches the database only to read, and writes the file atomically.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path


def export_packet(
    client_id: int,
    path: Path | str,
    lang: str | None = None,
    at: dt.date | None = None,
    paper: str | None = None,
) -> Path:
    """Assemble the packet of `client_id` as of `at` (default today) in `lang` ("en"/"sv", default
    the plan's language, else the app's) and write it to `path`. Paper "a4"/"letter" (default by
    locale). Returns the path written; raises LookupError for an unknown client."""
    from clientfit.packet.assemble import assemble_packet

    data = assemble_packet(client_id, lang=lang, at=at)
    return write_pdf(data, path, paper)


def write_pdf(data, path: Path | str, paper: str | None = None) -> Path:
    """Render ready-made PacketData to `path` (atomic)."""
    from clientfit.packet.render import write_packet
    from clientfit.packet.styles import default_paper

    return write_packet(data, path, paper or default_paper())
