"""PyInstaller entry for the windowed `Clientfit` executable: the same `main` as `clientfit`."""

from clientfit.ui.app import main

raise SystemExit(main())
