"""File → Backups…: the list of backups, Back up now, Restore, and the automatic backups.

May import Qt, the layers below the faces and `ui.common`.
"""
