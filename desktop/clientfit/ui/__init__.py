"""The Qt face of Clientfit: windows, dialogs, item models and painted widgets. PySide6 lives only here.

`app.py` starts the app (the `clientfit` gui-script). The subpackages name the screens: `window/`
(the main window, its menus, the single-instance lock), `roster/`, `client/`, `health/`,
`offboarding/` (one module per step page), `importing/`, `settings/`, `backups/`; `common/` holds
what several screens share (the generic record table model, formatting, background tasks).

May import every layer below the faces (`store`, `common`, `health`, `offboarding`, `intake`,
`packet`, `core`); never the command line (`cli.py`, `commands/`).
"""
