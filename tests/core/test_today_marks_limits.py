"""A Today reason is refused whole when too long, never cut (issue 19's rule for every text)."""

from __future__ import annotations

import datetime as dt

import pytest

from clientfit.core.today import TodayError, check_reason
from clientfit.store import today as store


def test_a_reason_over_the_limit_is_refused_for_done_and_snooze():
    assert check_reason("x" * store.MAX_REASON, required=False) == "x" * store.MAX_REASON
    with pytest.raises(TodayError, match="too long"):
        check_reason("x" * (store.MAX_REASON + 1), required=False)
    with pytest.raises(TodayError, match="too long"):
        check_reason("x" * (store.MAX_REASON + 1))
    with pytest.raises(TodayError, match="Say why"):
        check_reason("  ")
    assert check_reason("  ", required=False) == ""


def test_the_store_refuses_a_longer_reason_rather_than_cutting_it(database):
    from clientfit.store.clients import add_client

    client = add_client("Acme")
    with pytest.raises(ValueError, match="at most"):
        store.save_mark("k", client.id, "done", dt.date(2026, 12, 6), None, "r" * 1001)
    store.save_mark("k", client.id, "done", dt.date(2026, 12, 6), None, "r" * 1000)
