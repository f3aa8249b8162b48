"""The direction of travel from monthly snapshots: least squares, at least four, steady under 2."""

from __future__ import annotations

import pytest

from clientfit.core.forecast import direction_of, forecasts, slope
from clientfit.store.models import HealthSnapshot

from .conftest import AT


def test_slope_is_least_squares_over_month_numbers():
    # y = 80, 76, 75, 69 at x = 0..3: slope = sum((x-1.5)(y-75)) / sum((x-1.5)^2) = -17 / 5
    assert slope([(0, 80), (1, 76), (2, 75), (3, 69)]) == pytest.approx(-3.4)


@pytest.mark.parametrize(
    ("scores", "direction"),
    [
        ([80, 76, 75, 69], "worsening"),  # -3.4 a month
        ([60, 62, 64, 66], "improving"),  # exactly +2 a month
        ([60, 61, 63, 64], "steady"),  # +1.4 a month
        ([70, 50, 90], "none"),  # three months are not enough
    ],
)
def test_direction(scores, direction):
    months = [f"2026-0{k + 1}" for k in range(len(scores))]
    f = direction_of(months, scores)
    assert f.direction == direction
    assert f.months == tuple(months)
    assert (f.slope is None) == (direction == "none")


def test_a_gap_between_months_counts_as_time():
    # 80 from January to March, 72 in July (x = 0, 1, 2, 6): -30 / 20.75 = -1.45 a month,
    # steady; read as four consecutive months it would be -12 / 5 = -2.4, worsening.
    f = direction_of(["2026-01", "2026-02", "2026-03", "2026-07"], [80, 80, 80, 72])
    assert f.slope == pytest.approx(-1.45) and f.direction == "steady"
    assert direction_of(
        ["2026-01", "2026-02", "2026-03", "2026-04"], [80, 80, 80, 72]
    ).direction == ("worsening")


def test_forecasts_read_scored_snapshots_of_the_last_twelve_months(portfolio):
    alfa, beta = portfolio["alfa"], portfolio["beta"]
    rows = [
        (alfa, "2025-05", 99),  # older than twelve months: left out
        (alfa, "2025-07", 80),
        (alfa, "2025-08", 72),
        (alfa, "2025-09", None),  # unknown that month: does not count
        (alfa, "2025-10", 66),
        (alfa, "2025-11", 60),
        (alfa, "2026-07", 10),  # after AT: left out
        (beta, "2026-04", 50),
        (beta, "2026-05", 55),
        (beta, "2026-06", 60),
    ]
    for client, month, score in rows:
        HealthSnapshot.create(client=client, month=month, score=score, band="watch")
    got = forecasts([alfa.id, beta.id, portfolio["gamma"].id], AT)
    assert got[alfa.id].months == ("2025-07", "2025-08", "2025-10", "2025-11")
    assert got[alfa.id].direction == "worsening"
    # x = 0, 1, 3, 4 (mean 2); y = 80, 72, 66, 60 (mean 69.5): -46 / 10
    assert got[alfa.id].slope == pytest.approx(-4.6)
    assert got[beta.id].direction == "none" and got[beta.id].months == (
        "2026-04",
        "2026-05",
        "2026-06",
    )
    assert got[portfolio["gamma"].id].direction == "none"
