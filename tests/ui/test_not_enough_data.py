"""A client without enough data for a score says so, plainly, in the client view and the roster:
what is missing and what to do (import, add deliverables), not a grey gauge and seven empty bars
(issue 17, point 2; DESIGN.md's "unknown")."""

from __future__ import annotations

from PySide6.QtCore import Qt

from clientfit.store.clients import add_client
from clientfit.ui.roster.model import RosterModel


def test_a_client_without_records_gets_a_note_with_what_is_missing_and_what_to_do(
    demo_db, open_window, show_named, monkeypatch
):
    from clientfit import health
    from clientfit.ui.client.view import ClientView
    from clientfit.ui.window.main_window import MainWindow

    asked = []
    monkeypatch.setattr(MainWindow, "import_file", lambda self: asked.append("import"))
    monkeypatch.setattr(ClientView, "add_deliverable", lambda self: asked.append("deliverable"))
    # Given a new client with no records beside the demo portfolio
    add_client("Nyberg Design")
    window = open_window()

    # When it is selected
    client = show_named(window, "Nyberg Design")

    # Then the panel shows the note, not the gauge and the bars
    panel = window.health_panel
    assert panel.no_score.isVisible()
    assert not panel.gauge_box.isVisible() and not panel.factors_box.isVisible()
    missing = health.score_client(client).missing
    assert missing  # the health layer's own list of lacks
    shown = panel.no_score.missing.text()
    assert all(line in shown for line in missing)
    assert "Import…" in panel.no_score.todo.text()
    # and the roster says it too, with the lacks in the tooltip
    row = next(
        r
        for r in range(window.proxy.rowCount())
        if window.proxy.index(r, RosterModel.NAME).data() == "Nyberg Design"
    )
    health_cell = window.proxy.index(row, RosterModel.HEALTH)
    assert health_cell.data() == "No score yet"
    assert missing[0] in health_cell.data(Qt.ItemDataRole.ToolTipRole)

    # and its buttons lead to the import and the deliverable form
    panel.no_score.import_button.click()
    panel.no_score.deliverable_button.click()
    assert asked == ["import", "deliverable"]


def test_a_scored_client_shows_its_gauge_and_factors_and_no_note(demo_db, open_window, show_named):
    window = open_window()
    show_named(window, "Kvarnström & Co Advokatbyrå")
    panel = window.health_panel
    assert not panel.no_score.isVisible()
    assert panel.gauge_box.isVisible() and panel.factors_box.isVisible()
