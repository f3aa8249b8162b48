"""Health on screen: the painted gauge and charts, the client's health panel and the Pareto view.

May import Qt, the layers below the faces and `ui.common`.
"""
