"""The offboarding meeting as a calendar file: the plan's event (offboarding) written by intake's
.ics writer. Both faces call it - the dialog's "Export to calendar…" and `offboard --ics`."""

from __future__ import annotations

from pathlib import Path

from clientfit.common.calendar_event import CalendarEvent
from clientfit.intake.calendar import write_ics


def write_meeting_ics(path: Path, event: CalendarEvent) -> None:
    """Write the meeting to `path` as a one-event .ics file (offboarding itself knows no files).
    The plan's event is the same `CalendarEvent` intake writes: one definition, in common/."""
    write_ics(path, [event])
