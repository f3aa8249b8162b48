"""Ending a client: the guided dialog with one module per step page (the plans' dates are on
the Today list, `ui.today`).

May import Qt, the layers below the faces and `ui.common`.
"""
