"""The offboarding meeting as a calendar file: the plan's event (offboarding) written by intake's
.ics writer. Both faces call it - the dialog's "Export to calendar…" and `offboard --ics`."""

from __future__ import annotations

from pathlib import Path

from clientfit.intake.calendar import write_ics
from clientfit.offboarding.views import CalendarEvent


def write_meeting_ics(path: Path, event: CalendarEvent) -> None:
    """Write the meeting to `path` as a one-event .ics file (offboarding itself knows no files)."""
    write_ics(
        path,
        [
            {
                "title": event.title,
                "start": event.start_utc,
                "end": event.end_utc,
                "description": event.description,
                "location": event.location,
                "uid": event.uid,
            }
        ],
    )
