"""Date headers read directly (the common shape) exactly as through the standard library."""

from __future__ import annotations

import datetime as dt
import email.utils
import os

from hypothesis import given, settings
from hypothesis import strategies as st

from clientfit.intake.base import plausible
from clientfit.intake.maildates import to_utc

EXAMPLES = int(os.environ.get("CLIENTFIT_FUZZ_EXAMPLES", "250"))


def _by_the_standard_library(text: str) -> dt.datetime | None:
    try:
        moment = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.timezone.utc).replace(tzinfo=None)
    moment = moment.replace(microsecond=0)
    return moment if plausible(moment) else None


@settings(max_examples=EXAMPLES * 8, deadline=None)
@given(
    day=st.sampled_from(["Sun, ", "Mon, ", "Xyz, ", ""]),
    date=st.integers(0, 32),
    month=st.sampled_from(["Jan", "feb", "DEC", "Foo", "Sep"]),
    year=st.integers(900, 2100),
    clock=st.tuples(st.integers(0, 61), st.integers(0, 61), st.integers(0, 61)),
    zone=st.tuples(st.sampled_from("+-"), st.integers(0, 99), st.integers(0, 99)),
)
def test_the_common_shape_reads_as_the_standard_library_reads_it(
    day, date, month, year, clock, zone
):
    text = (
        f"{day}{date:02d} {month} {year:04d} {clock[0]:02d}:{clock[1]:02d}:{clock[2]:02d} "
        f"{zone[0]}{zone[1]:02d}{zone[2]:02d}"
    )

    assert to_utc(text) == _by_the_standard_library(text)
