"""`python -m clientfit` opens the app, as the `clientfit` entry point does."""

from clientfit.ui.app import main

raise SystemExit(main())
