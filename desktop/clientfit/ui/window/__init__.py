"""The main window and what hangs off it: its menus' commands, the window geometry kept in
QSettings, and the single-instance lock that lets one window own a database.

May import Qt, the layers below the faces and any screen of `ui/` (it opens them).
"""
