"""The Qt layer: windows, dialogs, item models and painted widgets. PySide6 lives only here."""
