"""The desktop notifier (ui/tray/desktop.py) against a real D-Bus session bus of its own.

A private `dbus-daemon --session` runs for these tests (a local socket, no network), and a fake
notification service - `org.freedesktop.Notifications` answered by this process over jeepney -
records what each `Notify` call carried. So the tests see the exact message a desktop's
notification daemon would get: the app name, the id it replaces, title, body, timeout; and that
client names reach it only when the user allows them.
"""

from __future__ import annotations

import datetime as dt
import shutil
import socket
import subprocess
import threading

import pytest

from clientfit.core.today import TodayItem, TodayList
from clientfit.ui.tray.desktop import PATH, SERVICE, TIMEOUT_MS, FreedesktopNotifier

pytestmark = pytest.mark.skipif(
    shutil.which("dbus-daemon") is None, reason="no dbus-daemon here (apt install dbus)"
)

AT = dt.date(2026, 6, 30)


_REAL_CONNECT = socket.socket.connect


@pytest.fixture
def session_bus(monkeypatch, tmp_path):
    """A session bus of these tests' own: DBUS_SESSION_BUS_ADDRESS points at it. Only its local
    socket (in this test's folder) may be connected to; anything else still fails the test."""

    def connect(self, address):
        if self.family != socket.AF_UNIX or not str(address).startswith(str(tmp_path)):
            raise AssertionError(f"Clientfit tried to connect to {address}")
        return _REAL_CONNECT(self, address)

    monkeypatch.setattr(socket.socket, "connect", connect)
    config = tmp_path / "session.conf"
    config.write_text(
        "<!DOCTYPE busconfig PUBLIC '-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN'"
        " 'http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd'>"
        "<busconfig><type>session</type>"
        f"<listen>unix:dir={tmp_path}</listen>"
        "<policy context='default'><allow send_destination='*' eavesdrop='true'/>"
        "<allow eavesdrop='true'/><allow own='*'/></policy></busconfig>",
        encoding="utf-8",
    )
    daemon = subprocess.Popen(
        ["dbus-daemon", f"--config-file={config}", "--print-address=1", "--nofork", "--nopidfile"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        address = daemon.stdout.readline().strip()
        assert address.startswith("unix:"), address
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
        yield address
    finally:
        daemon.terminate()
        daemon.wait(10)


class NotificationService:
    """`org.freedesktop.Notifications` on the test bus: answers Notify with an id (a new one
    unless the call replaces one) and keeps each call's arguments."""

    def __init__(self) -> None:
        from jeepney.bus_messages import message_bus
        from jeepney.io.blocking import open_dbus_connection

        self.calls: list[tuple] = []
        self.connection = open_dbus_connection(bus="SESSION")
        reply = self.connection.send_and_get_reply(message_bus.RequestName(SERVICE), timeout=5)
        assert reply.body == (1,)  # primary owner
        self._stop = threading.Event()
        self._next_id = 41
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        from jeepney import HeaderFields, MessageType, new_method_return

        while not self._stop.is_set():
            try:
                msg = self.connection.receive(timeout=0.1)
            except TimeoutError:
                continue
            fields = msg.header.fields
            if (
                msg.header.message_type is MessageType.method_call
                and fields.get(HeaderFields.member) == "Notify"
                and fields.get(HeaderFields.path) == PATH
            ):
                self.calls.append(msg.body)
                replaces = msg.body[1]
                if not replaces:
                    self._next_id += 1
                self.connection.send(new_method_return(msg, "u", (replaces or self._next_id,)))

    def close(self) -> None:
        self._stop.set()
        self._thread.join(5)
        self.connection.close()


@pytest.fixture
def service(session_bus):
    svc = NotificationService()
    yield svc
    svc.close()


def test_a_notice_reaches_the_service_and_the_next_one_replaces_it(service):
    notifier = FreedesktopNotifier()
    assert notifier.send("Clientfit: Today", "2 items are due.")
    assert notifier.send("Clientfit: Today", "1 more item is due (3 in all).")
    first, second = service.calls
    assert first == ("Clientfit", 0, "clientfit", "Clientfit: Today", "2 items are due.", [], {},
                     TIMEOUT_MS)  # fmt: skip
    # the second one replaces the first on screen (the id the service gave), not a pile
    assert second[1] == 42 and second[4] == "1 more item is due (3 in all)."


def test_no_service_on_the_bus_or_no_bus_at_all_is_a_false_not_an_error(
    session_bus, monkeypatch, tmp_path
):
    assert FreedesktopNotifier().send("Clientfit: Today", "2 items are due.") is False  # no owner
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={tmp_path}/no-bus-here")
    assert FreedesktopNotifier().send("Clientfit: Today", "2 items are due.") is False


def _item(n: int, client: str) -> TodayItem:
    return TodayItem(
        f"invoice_overdue:{n}",
        "invoice_overdue",
        n,
        client,
        AT,
        f"Invoice {n}: unpaid",
        3,
        None,
    )


@pytest.mark.parametrize("names", [False, True])
def test_the_tray_sends_counts_and_names_only_when_allowed(database, qtbot, service, names):
    from PySide6.QtWidgets import QWidget

    from clientfit.ui.tray import preferences
    from clientfit.ui.tray.icon import TrayController

    preferences.save(preferences.NotifyPreferences(names=names))
    window = QWidget()
    qtbot.addWidget(window)

    class Panel(QWidget):
        from PySide6.QtCore import Signal

        listed = Signal(object)
        listing = None

    panel = Panel()
    qtbot.addWidget(panel)
    tray = TrayController(window, panel, notifier=FreedesktopNotifier(), parent=window)
    listing = TodayList(AT, [_item(1, "Acme AB"), _item(2, "Beta Design")])
    panel.listed.emit(listing)
    assert tray.notify_pending() is not None

    ((app, _replaces, _icon, title, body, _actions, _hints, _timeout),) = service.calls
    assert (app, title) == ("Clientfit", "Clientfit: Today")
    if names:
        assert body == "2 items are due.\nAcme AB, Beta Design"
    else:
        assert body == "2 items are due."
        assert "Acme" not in body and "Beta" not in body
