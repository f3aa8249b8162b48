"""A sync that changes a client's band records it in the health history, and the trend shows it
(issue 16 point 4); a sync with nothing new records nothing."""

from __future__ import annotations

import datetime as dt

from tests.conftest import DEMO_DAY

from clientfit.core.sync import sync_all
from clientfit.health.trend import take_monthly_snapshots, trend
from clientfit.intake.sources import add_local
from clientfit.store.models import Client, HealthSnapshot

AT = DEMO_DAY.date()


def _demanding_mail(maildir, n: int) -> None:
    """n late-evening "change it again, urgent" messages from Nordlys Bageri over six weeks."""
    for sub in ("cur", "new", "tmp"):
        (maildir / sub).mkdir(parents=True, exist_ok=True)
    for i in range(n):
        when = dt.datetime(2026, 6, 29, 22, 30) - dt.timedelta(hours=13 * i)
        (maildir / "new" / f"{1780000000 + i}.M{i}.host").write_bytes(
            (
                f"Message-ID: <late{i}@nordlysbageri.se>\n"
                f"Date: {when:%a, %d %b %Y %H:%M:%S} +0200\n"
                "From: Elin <elin@nordlysbageri.se>\nTo: eva@studio.se\n"
                "Subject: Brådskande: kan vi ändra igen?\n\n"
                "Hej, det är inte riktigt det vi tänkt oss. Kan vi ändra en gång till?\n"
            ).encode()
        )


def test_a_sync_that_moves_a_band_records_it_and_the_trend_shows_it(demo_db, tmp_path):
    take_monthly_snapshots(AT, months=1)  # what the app records at start-up
    nordlys = Client.get(Client.name == "Nordlys Bageri AB")
    before = HealthSnapshot.get(client=nordlys, month="2026-06")
    assert before.band == "healthy"
    inbox = tmp_path / "Mail"
    _demanding_mail(inbox, 80)
    add_local("maildir", inbox)

    report = sync_all(at=AT)

    assert report.new_messages == 80
    (change,) = [c for c in report.band_changes if c.client_id == nordlys.id]
    assert change.before == "healthy" and change.after != "healthy"
    assert change.score_after < change.score_before
    after = HealthSnapshot.get(client=nordlys, month="2026-06")
    assert (after.band, after.score) == (change.after, change.score_after)
    assert trend(nordlys.id, at=AT)[-1].band == change.after
    assert any(change.client in line for line in report.lines())


def test_a_sync_with_nothing_new_records_nothing(demo_db, tmp_path):
    inbox = tmp_path / "Mail"
    _demanding_mail(inbox, 3)
    add_local("maildir", inbox)
    sync_all(at=AT)
    stamp = {r.client_id: r.computed_at for r in HealthSnapshot.select()}

    report = sync_all(at=AT)

    assert not report.changed_anything() and report.band_changes == []
    assert {r.client_id: r.computed_at for r in HealthSnapshot.select()} == stamp
