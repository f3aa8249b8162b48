"""The tray icon with the count of due items, and the desktop notifications (one per refresh)."""
