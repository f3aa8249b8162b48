"""Ending a client: the guided dialog with one module per step page, and the panel of
upcoming dates across running plans.

May import Qt, the layers below the faces and `ui.common`.
"""
