"""What the user logs by hand: one gut writer, one "considered in the last 30 days"."""

from __future__ import annotations

import datetime as dt

import pytest

from clientfit import offboarding as ob
from clientfit.health import score_client
from clientfit.store import user_log
from clientfit.store.clients import ValidationError, add_client, set_gut, update_client
from clientfit.store.models import Client, Consideration

AT = dt.date(2026, 6, 30)


def test_both_gut_paths_refuse_the_same_way_and_store_the_same_way(database):
    client = add_client("Gut AB")
    with pytest.raises(ValidationError) as via_set:
        set_gut(client.id, 6)
    with pytest.raises(ValidationError) as via_update:
        update_client(client, gut=0)
    assert str(via_set.value) == str(via_update.value) == "The gut rating must be between 1 and 5."
    set_gut(client.id, 2)
    assert Client.get_by_id(client.id).gut == 2
    update_client(client, gut=4)
    assert Client.get_by_id(client.id).gut == 4
    set_gut(client.id, None)
    assert Client.get_by_id(client.id).gut is None


@pytest.mark.parametrize(("days_before", "counted"), [(0, True), (29, True), (30, False)])
def test_the_30_days_are_the_same_for_the_gut_factor_the_panel_and_the_plan(
    database, days_before, counted
):
    client = add_client("Considered AB")
    Client.update(created_at=dt.datetime(2025, 1, 1)).execute()
    Consideration.create(client=client, considered_on=AT - dt.timedelta(days=days_before))
    expected = 1 if counted else 0
    assert user_log.considerations(client.id, AT) == expected
    assert ob.considerations(client.id, AT, "en").last_30_days == expected
    detail = score_client(client.id, AT).factor("gut").detail
    assert ("1 time in the last 30 days" in detail) is counted, detail


def test_logging_for_a_client_or_deliverable_that_is_gone_is_refused(database):
    with pytest.raises(ValidationError, match="No client"):
        user_log.log_consideration(9999)
    with pytest.raises(ValidationError, match="No deliverable"):
        user_log.log_revision(9999)
