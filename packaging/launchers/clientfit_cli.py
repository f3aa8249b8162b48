"""PyInstaller entry for the console `clientfit-cli` executable: the same `main` as `clientfit-cli`."""

from clientfit.cli import main

raise SystemExit(main())
