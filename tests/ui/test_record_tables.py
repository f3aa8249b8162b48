"""The app's record tables (`ui.common.tables.record_table`): set up as Qt's own tables are."""

from __future__ import annotations


def test_a_record_tables_own_viewport_is_set_up_and_painted_as_qts_own(qtbot):
    """record_table gives each table a viewport made from Python (PySide then need not work out
    its class on the first `viewport()` call): it must be Qt's own in all but that."""
    from PySide6.QtCore import QStringListModel
    from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

    from clientfit.ui.common.tables import record_table

    ours = record_table(QStringListModel([f"Client {n}" for n in range(40)]), "Clients", "roster")
    ours.model().setParent(ours)
    theirs = QTableView()  # what record_table sets up, on Qt's own viewport
    theirs.setModel(QStringListModel(ours.model().stringList(), theirs))
    theirs.setSortingEnabled(True)
    theirs.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    theirs.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    theirs.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    theirs.setAlternatingRowColors(True)
    theirs.verticalHeader().hide()
    for table in (ours, theirs):
        qtbot.addWidget(table)
        table.resize(320, 240)
        table.show()
        qtbot.waitExposed(table)
    ours.selectRow(2)
    theirs.selectRow(2)

    def described(table):
        viewport = table.viewport()
        children = [c for c in table.children() if isinstance(c, QWidget)]
        return (
            viewport.objectName(),
            viewport.backgroundRole(),
            viewport.autoFillBackground(),
            viewport.focusProxy() is table,
            children.index(viewport),
            viewport.geometry().getRect(),
            viewport.isVisible(),
        )

    assert described(ours) == described(theirs)
    assert ours.grab().toImage() == theirs.grab().toImage()
