"""Per client, what an import does: a new or an existing client, and how many of its records are
new, updated or already there. The import preview shows this before anything is saved, so a
wrong match ("Acme" put on "Acme Bygg") is seen while it can still be cancelled.
"""

from __future__ import annotations

from dataclasses import dataclass

from clientfit.intake.base import ImportSummary
from clientfit.store.models import Client


@dataclass(frozen=True)
class ClientLine:
    client_id: int
    name: str
    new: bool  # the import creates this client (else it matched one already stored)
    created: int  # records added
    updated: int
    skipped: int  # already there


def client_lines(summary: ImportSummary) -> list[ClientLine]:
    """One line per client the import touches: new clients first, then by name."""
    ids = sorted(set(summary.by_client) | summary.new_client_ids)
    names: dict[int, str] = {}
    for start in range(0, len(ids), 900):
        chunk = ids[start : start + 900]
        names.update(Client.select(Client.id, Client.name).where(Client.id.in_(chunk)).tuples())
    lines = []
    for cid in ids:
        counts = summary.by_client.get(cid, {})
        lines.append(
            ClientLine(
                cid,
                names.get(cid, ""),
                cid in summary.new_client_ids,
                counts.get("created", 0),
                counts.get("updated", 0),
                counts.get("skipped", 0),
            )
        )
    lines.sort(key=lambda line: (not line.new, line.name.casefold()))
    return lines
