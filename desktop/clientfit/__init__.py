"""Clientfit: a local-first client roster with a health gauge and a careful way to end a relationship."""

__version__ = "0.1.0"
APP_NAME = "Clientfit"
APP_ID = "se.clientfit.Clientfit"
