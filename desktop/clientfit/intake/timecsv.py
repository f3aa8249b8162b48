"""Time-tracker exports into time entries: Toggl Track, Clockify and Harvest detailed CSVs, and
Clientfit's own time CSV (what `export csv time` writes).

The trackers write wall-clock times in the user's zone; they become naive UTC. Harvest gives a day
but no start time, so its entries start at noon (the day survives any zone). None of the three
exports carries an entry id, so an entry's key is a hash of its row (plus a counter for identical
rows), which makes importing the same file twice a no-op.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterator
from pathlib import Path

from clientfit.common.zone import local_to_utc, user_zone
from clientfit.i18n import _
from clientfit.intake.base import (
    BATCH,
    ImportContext,
    ImportSummary,
    Rejection,
    TimeRecord,
    at_line,
    not_future,
    plausible,
)
from clientfit.intake.clients import ClientBook
from clientfit.intake.csvfile import Row, date_reader, rows
from clientfit.intake.detect import Detected
from clientfit.intake.values import (
    DateReader,
    imported_text,
    parse_bool,
    parse_clock,
    parse_duration,
)
from clientfit.store.clients import MAX_NAME, MAX_NOTE, ValidationError
from clientfit.store.models import TimeEntry
from clientfit.store.seen_keys import SeenKeys

MAX_SECONDS = 7 * 24 * 3600  # an entry longer than a week is a tracker left running, not work
NOON = dt.time(12, 0)


def row_key(fmt: str, row: Row, seen: SeenKeys) -> str:
    """A stable key for a row with no id: its format and cells, hashed; twins get #2, #3, ..."""
    digest = hashlib.sha1("\x1f".join([fmt, *row.cells]).encode("utf-8")).hexdigest()[:32]
    n = seen.count(digest)
    return f"{fmt}:{digest}" + (f"#{n}" if n > 1 else "")


def _record(
    found: Detected, row: Row, dates: DateReader, zone, seen: SeenKeys, ctx: ImportContext
) -> TimeRecord:
    fmt = found.fmt
    client = row.get_text("client")
    if fmt == "clientfit_time":
        try:
            started = dt.datetime.fromisoformat(row.get_text("started_at"))
            seconds = int(row.get_text("seconds"))
        except ValueError:
            raise ValueError(
                _("started_at must be YYYY-MM-DDTHH:MM:SS and seconds a whole number")
            ) from None
        if started.tzinfo is not None:
            started = started.astimezone(dt.timezone.utc).replace(tzinfo=None)
        local = started.replace(tzinfo=dt.timezone.utc).astimezone(zone)
        not_future(local.date(), ctx, "date")
        key = row.get_text("source_key") or row_key(fmt, row, seen)
        notes, billable = row.get_text("description"), parse_bool(row.get_text("billable"))
    elif fmt == "harvest_time":
        day = not_future(dates(row.get_text("date")), ctx, "date")
        started = local_to_utc(dt.datetime.combine(day, NOON), zone)
        seconds = parse_duration(row.get_text("hours"))
        key = row_key(fmt, row, seen)
        notes = row.get_text("notes")
        billable = parse_bool(row.get_text("billable?", "billable"))
    else:  # toggl, clockify
        day = not_future(dates(row.get_text("start date")), ctx, "date")
        clock = parse_clock(row.get_text("start time"))
        started = local_to_utc(dt.datetime.combine(day, clock), zone)
        duration = row.get_text("duration") if fmt == "toggl" else row.get_text("duration (h)")
        if not duration and fmt == "clockify":
            duration = row.get_text("duration (decimal)")
        seconds = parse_duration(duration)
        key = row_key(fmt, row, seen)
        notes, billable = row.get_text("description"), parse_bool(row.get_text("billable"))
    if not client:
        raise ValueError(_("the entry names no client"))
    if not 0 < seconds <= MAX_SECONDS:
        raise ValueError(_("a duration of {s} seconds is not plausible").format(s=seconds))
    if not plausible(started):
        raise ValueError(_("the start {when} is not a plausible date").format(when=started.date()))
    return TimeRecord(
        where=at_line(row.line),
        client_name=client,
        started_at=started,
        seconds=seconds,
        project=imported_text(row.get_text("project"), MAX_NAME, _("the project name")),
        task=imported_text(row.get_text("task"), MAX_NAME, _("the task name")),
        description=imported_text(notes, MAX_NOTE, _("the description")),
        billable=billable,
        source_key=key,
    )


def parse(path: Path, found: Detected, ctx: ImportContext) -> Iterator[TimeRecord | Rejection]:
    date_col = {"harvest_time": "date", "clientfit_time": ""}.get(found.fmt, "start date")
    dates = date_reader(path, found, ctx, date_col) if date_col else DateReader()
    zone = user_zone()
    with SeenKeys() as seen:  # twins counted in bounded memory, however long the file
        for row in rows(path, found, ctx):
            if isinstance(row, Rejection):
                yield row
                continue
            try:
                yield _record(found, row, dates, zone, seen, ctx)
            except ValueError as exc:
                yield Rejection(at_line(row.line), str(exc))


def write(records: Iterator[TimeRecord | Rejection], summary: ImportSummary, source: str) -> None:
    """Entries into the database in batches; an entry whose key is already there is skipped, or
    moved to its start as read now (a file first read in the wrong date order is corrected by
    importing it again with the right one, not kept wrong as "already there")."""
    with SeenKeys() as keys_seen:  # a key twice in the file is skipped; bounded memory
        _write(records, summary, source, keys_seen)


def _write(records, summary: ImportSummary, source: str, keys_seen: SeenKeys) -> None:
    book = ClientBook(summary)
    batch: list[dict] = []

    def flush() -> None:
        if not batch:
            return
        keys = [row["source_key"] for row in batch]
        known = dict(
            TimeEntry.select(TimeEntry.source_key, TimeEntry.started_at)
            .where(TimeEntry.source_key.in_(keys))
            .tuples()
        )
        fresh = [row for row in batch if row["source_key"] not in known]
        for row in batch:
            stored = known.get(row["source_key"])
            if stored is None:
                continue
            if stored == row["started_at"]:
                summary.skipped["time_entries"] += 1
                summary.tally(row["client"], "skipped")
                continue
            # the same row read another way (a date order or time zone said differently now)
            TimeEntry.update(started_at=row["started_at"]).where(
                TimeEntry.source_key == row["source_key"]
            ).execute()
            summary.updated["time_entries"] += 1
            summary.tally(row["client"], "updated")
        if fresh:
            TimeEntry.insert_many(fresh).execute()
            summary.created["time_entries"] += len(fresh)
            for row in fresh:
                summary.tally(row["client"], "created")
        batch.clear()

    for rec in records:
        if isinstance(rec, Rejection):
            summary.rejected.append(rec)
            continue
        summary.read += 1
        if not keys_seen.first(rec.source_key):
            summary.skipped["time_entries"] += 1
            continue
        try:
            client_id = book.resolve(rec.client_name)
        except ValidationError as exc:
            summary.rejected.append(Rejection(rec.where, str(exc)))
            continue
        batch.append(
            {
                "client": client_id,
                "started_at": rec.started_at,
                "seconds": rec.seconds,
                "project": rec.project,
                "task": rec.task,
                "description": rec.description,
                "billable": rec.billable,
                "source": source,
                "source_key": rec.source_key,
            }
        )
        if len(batch) >= BATCH:
            flush()
    flush()
