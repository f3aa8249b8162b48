"""The health gauge, the band marker and the health panel (offscreen; any Qt warning fails a test)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage, QPalette

from clientfit.health.bands import ALL_BANDS, band_for
from clientfit.ui.common.band_style import band_colour, band_icon, band_label, risk_colour
from clientfit.ui.health.charts import FactorBar, TrendChart
from clientfit.ui.health.gauge import HealthGauge, angle_for


def _paint(widget, size=(240, 170)) -> QImage:
    widget.resize(*size)
    return widget.grab().toImage()


def _has_colour(image: QImage, colour: str, tolerance: int = 12) -> bool:
    want = QColor(colour)
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            c = image.pixelColor(x, y)
            if (
                abs(c.red() - want.red()) <= tolerance
                and abs(c.green() - want.green()) <= tolerance
                and abs(c.blue() - want.blue()) <= tolerance
            ):
                return True
    return False


@pytest.mark.parametrize("score", [None, 0, 39, 40, 69, 70, 100])
def test_the_gauge_paints_every_score_without_warnings(qtbot, score):
    gauge = HealthGauge()
    qtbot.addWidget(gauge)
    gauge.set_score(score)
    image = _paint(gauge)
    assert not image.isNull()
    expected = "No score" if score is None else f"Score {score} of 100"
    assert gauge.accessibleDescription().startswith(expected)


def test_the_gauge_draws_the_current_band_in_its_full_colour(qtbot):
    gauge = HealthGauge()
    qtbot.addWidget(gauge)
    gauge.set_score(20)
    assert _has_colour(_paint(gauge), band_for(20).colour)


def test_the_gauge_reads_its_text_colour_from_the_palette(qtbot):
    gauge = HealthGauge()
    qtbot.addWidget(gauge)
    palette = gauge.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#f0f0f0"))
    gauge.setPalette(palette)
    gauge.setAutoFillBackground(True)
    gauge.set_score(55)
    assert _has_colour(_paint(gauge), "#f0f0f0", tolerance=4)


def test_scores_clamp_and_the_needle_angle_runs_left_to_right():
    gauge = HealthGauge()
    gauge.set_score(140)
    assert gauge.score == 100
    assert angle_for(0) == 180 and angle_for(50) == 90 and angle_for(100) == 0


def test_every_band_has_a_marker_colour_and_a_label(qtbot):
    for band in ALL_BANDS:
        assert band_colour(band.key) == QColor(band.colour)
        assert not band_icon(band.key).isNull()
        assert band_label(band.key) == band.label
    assert band_icon("watch") is band_icon("watch")  # cached
    assert band_colour("nonsense") == QColor(band_for(None).colour)


def test_a_factor_risk_takes_the_colour_of_its_band():
    assert risk_colour(0.0) == QColor(band_for(100).colour)
    assert risk_colour(0.9) == QColor(band_for(10).colour)


def test_factor_bar_and_trend_chart_paint_with_and_without_data(qtbot):
    bar = FactorBar()
    qtbot.addWidget(bar)
    for risk in (None, 0.0, 0.5, 1.0):
        bar.set_risk(risk)
        assert not bar.grab().isNull()
    assert bar.accessibleDescription() == "Risk 100 %"
    chart = TrendChart()
    qtbot.addWidget(chart)
    _paint(chart, (240, 90))
    assert chart.accessibleDescription() == "No history yet"
    chart.set_points([("2026-01", 80), ("2026-02", None), ("2026-03", 35)])
    _paint(chart, (240, 90))
    assert chart.accessibleDescription() == "Jan 2026: 80, Mar 2026: 35"


# --- the panel ---------------------------------------------------------------------------------


@pytest.fixture
def panel(qtbot, demo_db):
    from clientfit.ui.health.panel import HealthPanel

    widget = HealthPanel()
    qtbot.addWidget(widget)
    widget.resize(1000, 330)
    widget.show()
    return widget


def _client(name):
    from clientfit.store.models import Client

    return Client.get(Client.name == name).id


def _show(qtbot, panel, client_id):
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.set_client(client_id)


def test_the_panel_shows_no_data_for_a_client_without_records(qtbot, panel):
    from clientfit.store.clients import add_client

    # Given a client with nothing recorded yet
    client = add_client("Brand New AB")
    # When the panel shows it
    _show(qtbot, panel, client.id)
    # Then the gauge has no score and every factor says "No data"
    assert panel.gauge.score is None
    assert all(row.detail.text().startswith("No data") for row in panel.rows.values())
    assert all(row.bar.risk() is None for row in panel.rows.values())
    assert not panel.revision_button.isEnabled()  # no deliverables to log a round on
    # and it says plainly what a score needs instead of a number and empty bars
    assert panel.no_score.isVisibleTo(panel)
    assert not panel.gauge_box.isVisibleTo(panel) and not panel.factors_box.isVisibleTo(panel)
    assert panel.no_score.missing.text().splitlines()[:2] == [
        "Missing:",
        "• No messages, hours or invoices yet",
    ]


def test_the_panel_says_what_a_new_client_with_three_messages_lacks(qtbot, panel):
    import datetime as dt

    from clientfit.store.clients import add_client
    from clientfit.store.models import Message, utcnow

    client = add_client("Fresh Import AB")
    for k in range(3):
        Message.create(
            client=client,
            sent_at=utcnow() - dt.timedelta(days=k + 1),
            direction="in",
            message_id=f"<fresh{k}@test.invalid>",
        )
    _show(qtbot, panel, client.id)
    assert panel.gauge.score is None
    text = panel.no_score.missing.text()
    assert "needs 28 days of history" in text
    assert "3 messages from the client so far (last 90 days); needs 10 over 4 weeks" in text


def test_the_panel_shows_the_score_factors_and_trend_of_a_problem_client(qtbot, panel):
    _show(qtbot, panel, _client("Sundqvist Event & PR"))
    assert panel.gauge.score is not None and panel.gauge.score < 40
    after_hours = panel.rows["after_hours"]
    assert "after 18:00" in after_hours.detail.text()
    assert after_hours.bar.risk() == 1.0
    assert panel.trend.points()[-1][1] == panel.gauge.score
    assert "3×" in panel.considered_label.text()


def test_logging_that_you_considered_ending_updates_the_gut_factor(qtbot, panel):
    client_id = _client("Lumo Studio")
    _show(qtbot, panel, client_id)
    before = panel.data.considered
    with qtbot.waitSignal(panel.changed), qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.consider_button.click()
    assert panel.data.considered == before + 1
    assert f"{before + 1} times" in panel.rows["gut"].detail.text()


def test_logging_a_revision_round_and_a_gut_rating(qtbot, panel):
    client_id = _client("Grönvik Förlag")
    _show(qtbot, panel, client_id)
    actions = panel.revision_menu.actions()
    assert actions and "rounds so far" in actions[0].text()
    rounds = panel.data.deliverables[0].rounds
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        actions[0].trigger()
    assert panel.data.deliverables[0].rounds == rounds + 1
    with qtbot.waitSignal(panel.changed), qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.gut_combo.setCurrentIndex(panel.gut_combo.findData(1))
        panel.gut_combo.activated.emit(panel.gut_combo.currentIndex())
    assert panel.data.gut == 1
    assert panel.rows["gut"].detail.text().startswith("Your rating: 1 of 5")


def test_set_client_none_empties_the_panel(qtbot, panel):
    _show(qtbot, panel, _client("Nordlys Bageri AB"))
    _show(qtbot, panel, None)
    assert panel.gauge.score is None and not panel.consider_button.isEnabled()


def test_clicking_through_clients_quickly_ends_on_the_last_one(qtbot, panel):
    ids = [_client(n) for n in ("Lumo Studio", "Grönvik Förlag", "Sundqvist Event & PR")]
    for client_id in ids:
        panel.set_client(client_id)
    qtbot.waitUntil(lambda: not panel.loading, timeout=20_000)
    assert panel.data.client_id == ids[-1]
    assert panel.data.score.name == "Sundqvist Event & PR"


def test_a_rate_unit_is_never_split_at_its_slash():
    from clientfit.ui.common.formatting import keep_units_together

    text = keep_units_together("Effective rate 25 SEK/h, median 29,605 kr/tim; 1 / 2 stays")
    assert "SEK\u2060/\u2060h" in text and "kr\u2060/\u2060tim" in text
    assert "1 / 2 stays" in text
