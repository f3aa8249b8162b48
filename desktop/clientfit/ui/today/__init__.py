"""The Today view: what is due across every client (`core.today`), in the main window."""
