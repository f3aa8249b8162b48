"""Send a desktop notification: the freedesktop notification service on Linux (through `jeepney`,
over the user's session bus - a local socket, never the network), the tray's own balloon
elsewhere or when no service answers.

Each notice replaces the previous one Clientfit showed (its id is kept), so a day of syncs
leaves one notification on screen, not a pile.
"""

from __future__ import annotations

import logging
import sys

log = logging.getLogger(__name__)

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
TIMEOUT_MS = 10_000


class FreedesktopNotifier:
    """`send(title, body) -> bool`: True when the notification service took it."""

    def __init__(self, app_name: str = "Clientfit", icon: str = "clientfit") -> None:
        self.app_name = app_name
        self.icon = icon
        self._last_id = 0

    @staticmethod
    def available() -> bool:
        if not sys.platform.startswith("linux"):
            return False
        try:
            import jeepney  # noqa: F401
        except ImportError:
            return False
        return True

    def send(self, title: str, body: str) -> bool:
        try:
            from jeepney import DBusAddress, new_method_call
            from jeepney.io.blocking import open_dbus_connection
        except ImportError:
            return False
        address = DBusAddress(PATH, bus_name=SERVICE, interface=SERVICE)
        message = new_method_call(
            address,
            "Notify",
            "susssasa{sv}i",
            (self.app_name, self._last_id, self.icon, title, body, [], {}, TIMEOUT_MS),
        )
        try:
            with open_dbus_connection(bus="SESSION") as connection:
                reply = connection.send_and_get_reply(message, timeout=2)
        except Exception as exc:  # no session bus, no service: the tray's balloon instead
            log.info("no desktop notification service (%s)", exc)
            return False
        if reply.header.message_type.name != "method_return":
            return False
        self._last_id = int(reply.body[0])
        return True
