"""One sync of every mail source, and what it did to the health history: the summary the app's
status bar, its tray and `clientfit-cli sync` show (one summary per sync, never one per message).

`sync_all()` reads the sources (`intake.sync`), then - when mail came in - records the running
month's health snapshot again, so a band that moved shows in the trend at once, and reports
each client whose band is not the one last recorded. Qt-free: the app runs it off the GUI thread.
"""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass, field

from clientfit.health.trend import month_key, take_monthly_snapshots
from clientfit.i18n import _
from clientfit.intake.base import CancelFn
from clientfit.intake.sync import SourceResult, SyncProgress, find_past_mail, sync_sources
from clientfit.store.models import Client, HealthSnapshot


@dataclass(frozen=True)
class BandChange:
    """A client whose band moved with this sync: from the band last recorded to today's."""

    client_id: int
    client: str
    before: str  # a bands key
    after: str
    score_before: int | None
    score_after: int | None

    def as_dict(self) -> dict:
        return {
            "client_id": self.client_id,
            "client": self.client,
            "before": self.before,
            "after": self.after,
            "score_before": self.score_before,
            "score_after": self.score_after,
        }


@dataclass
class SyncReport:
    """What one sync did, per source, and the bands it moved."""

    sources: list[SourceResult] = field(default_factory=list)
    band_changes: list[BandChange] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def new_messages(self) -> int:
        return sum(r.new_messages for r in self.sources)

    @property
    def errors(self) -> list[SourceResult]:
        return [r for r in self.sources if r.error]

    def changed_anything(self) -> bool:
        return any(r.new_messages or r.updated for r in self.sources)

    def summary(self) -> str:
        """One line: the status bar's and the tray's."""
        text = _("Mail synced: new messages: {n}.").format(n=self.new_messages)
        if self.band_changes:
            text += " " + _("Bands changed: {n}.").format(n=len(self.band_changes))
        if self.errors:
            text += " " + _("Sources with problems: {n}.").format(n=len(self.errors))
        return text

    def lines(self) -> list[str]:
        out = [r.line() for r in self.sources]
        for r in self.sources:
            out.extend(f"  {note}" for note in r.notes)
            out.extend(f"  {rej}" for rej in r.rejected)
        for c in self.band_changes:
            out.append(
                _("{client}: band {before} → {after}").format(
                    client=c.client, before=c.before, after=c.after
                )
            )
        out.append(self.summary())
        return out

    def as_dict(self) -> dict:
        return {
            "sources": [r.as_dict() for r in self.sources],
            "new_messages": self.new_messages,
            "band_changes": [c.as_dict() for c in self.band_changes],
            "errors": len(self.errors),
            "seconds": round(self.seconds, 3),
        }


def _recorded(month: str) -> dict[int, tuple[int | None, str]]:
    query = HealthSnapshot.select(
        HealthSnapshot.client, HealthSnapshot.score, HealthSnapshot.band
    ).where(HealthSnapshot.month == month)
    return {cid: (score, band) for cid, score, band in query.tuples()}


def record_bands(at: dt.date | None = None) -> list[BandChange]:
    """Snapshot the running month again; the clients whose band differs from the one recorded
    last (this month's snapshot, else last month's)."""
    from clientfit.health.score import today

    at = at or today()
    month = month_key(at)
    first = at.replace(day=1)
    before = _recorded(month_key(first - dt.timedelta(days=1)))
    before.update(_recorded(month))
    take_monthly_snapshots(at, months=1)
    after = _recorded(month)
    moved = [cid for cid, (_s, band) in after.items() if cid in before and before[cid][1] != band]
    names = dict(Client.select(Client.id, Client.name).where(Client.id.in_(moved)).tuples())
    return [
        BandChange(
            cid, names.get(cid, ""), before[cid][1], after[cid][1], before[cid][0], after[cid][0]
        )
        for cid in sorted(moved, key=lambda c: names.get(c, ""))
    ]


def sync_all(
    *,
    only: int | None = None,
    progress: SyncProgress | None = None,
    cancel: CancelFn | None = None,
    at: dt.date | None = None,
) -> SyncReport:
    """Read every enabled source (or `only`); when mail came in, record the health history."""
    started = time.perf_counter()
    report = SyncReport(sources=sync_sources(only=only, progress=progress, cancel=cancel))
    if report.changed_anything():
        report.band_changes = record_bands(at)
    report.seconds = time.perf_counter() - started
    return report


def past_mail(client_id: int, *, progress: SyncProgress | None = None) -> SyncReport:
    """ "Find past mail" for one client, with the health history recorded like a sync."""
    started = time.perf_counter()
    report = SyncReport(sources=find_past_mail(client_id, progress=progress))
    if report.changed_anything():
        report.band_changes = record_bands()
    report.seconds = time.perf_counter() - started
    return report
