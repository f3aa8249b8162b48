"""Restart Clientfit (after a language change): close the window, start a new process, quit.

The new process waits until this one has gone before it opens the database, because a database
belongs to one window at a time (`single_instance`, `store.lock`): it is started with the old
process id in `CLIENTFIT_RESTART_AFTER`, and `wait_for_previous_instance()` (the first thing the
app's `main` does) waits for that process to end.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QCoreApplication, QProcess, QProcessEnvironment

RESTART_AFTER = "CLIENTFIT_RESTART_AFTER"
_REQUESTED = "clientfit_restart_requested"


def restart_command(argv: list[str] | None = None) -> tuple[str, list[str]]:
    """The program and arguments that start this app again with the same options."""
    argv = list(sys.argv if argv is None else argv)
    if getattr(sys, "frozen", False):  # a PyInstaller bundle: the executable is the app
        return sys.executable, argv[1:]
    return sys.executable, ["-m", "clientfit", *argv[1:]]


def request_restart(app: QCoreApplication | None = None) -> None:
    """Quit now and start again once the event loop has ended (`start_again_if_requested`)."""
    app = app or QCoreApplication.instance()
    app.setProperty(_REQUESTED, True)
    from PySide6.QtWidgets import QApplication

    if isinstance(app, QApplication):
        app.closeAllWindows()  # each window saves its state, as on any quit
    app.quit()


def restart_requested(app: QCoreApplication | None = None) -> bool:
    app = app or QCoreApplication.instance()
    return bool(app is not None and app.property(_REQUESTED))


def start_again_if_requested(app: QCoreApplication | None = None) -> bool:
    """After `app.exec()` returned: start the new process if a restart was asked for."""
    if not restart_requested(app):
        return False
    program, arguments = restart_command()
    return launch(program, arguments, {RESTART_AFTER: str(os.getpid())})


def launch(program: str, arguments: list[str], extra_env: dict[str, str]) -> bool:
    """Start `program` on its own (it outlives this process), with `extra_env` added."""
    env = QProcessEnvironment.systemEnvironment()
    for key, value in extra_env.items():
        env.insert(key, value)
    process = QProcess()
    process.setProgram(program)
    process.setArguments(arguments)
    process.setProcessEnvironment(env)
    return bool(process.startDetached())


def process_alive(pid: int) -> bool:
    """True while process `pid` runs (without signalling it: on Windows os.kill would end it)."""
    if os.name == "nt":
        import ctypes

        kernel = ctypes.windll.kernel32
        handle = kernel.OpenProcess(0x00100000, False, pid)  # SYNCHRONIZE
        if not handle:
            return False
        try:
            return kernel.WaitForSingleObject(handle, 0) == 0x102  # WAIT_TIMEOUT: still running
        finally:
            kernel.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except (ProcessLookupError, PermissionError):  # gone (or the number is someone else's now)
        return False
    return True


def wait_for_previous_instance(timeout: float = 20.0) -> None:
    """A restarted app: wait (at most `timeout` seconds) until the process it replaces has ended."""
    value = os.environ.pop(RESTART_AFTER, "")
    if not value.isdigit():
        return
    pid, deadline = int(value), time.monotonic() + timeout
    while process_alive(pid) and time.monotonic() < deadline:
        time.sleep(0.05)
