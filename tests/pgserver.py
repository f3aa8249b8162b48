"""A throwaway PostgreSQL server for one test or benchmark run, from the binaries on this machine.

Why not pytest-postgresql: it runs `initdb` as the current user, and CI runs as root, which
`initdb` refuses. So the cluster lives in a folder owned by the server's own user (`postgres`),
`initdb` and `pg_ctl` run as that user through `runuser`, the server listens on a free loopback
port and on a Unix socket in its own folder under /tmp, and everything goes when the run ends.
Nothing here is a mock: the tests talk to a real server.

`unavailable()` says in one line why there is no server (no binaries, no `postgres` user, no
psycopg), so the PostgreSQL half of the tests skips with that line and `.ci/run` prints it.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path

SERVER_USER = "postgres"
INSTALL_HINT = "install the Debian package postgresql (apt-get install postgresql)"


def _binary(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    for candidate in sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), reverse=True):
        return candidate
    return None


def unavailable() -> str | None:
    """Why no test server can be started here, in one line; None when it can."""
    missing = [name for name in ("initdb", "pg_ctl") if _binary(name) is None]
    if missing:
        return f"PostgreSQL tests skipped: {' and '.join(missing)} not found; {INSTALL_HINT}."
    try:
        pwd.getpwnam(SERVER_USER)
    except KeyError:
        return f"PostgreSQL tests skipped: no '{SERVER_USER}' user to run the server as."
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return "PostgreSQL tests skipped: psycopg is not installed (pip install 'psycopg[binary]')."
    return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class TestServer:
    """One PostgreSQL cluster: `start()`, then `create_database()` per test, `stop()` at the end."""

    def __init__(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="clientfit-pg-", dir="/tmp"))
        self.data = self.root / "data"
        self.socket_dir = self.root / "socket"
        self.port = _free_port()
        self.superuser = SERVER_USER
        self._as_user: list[str] = []

    def _run(self, *args: str) -> None:
        proc = subprocess.run(
            [*self._as_user, *args], capture_output=True, text=True, timeout=120, check=False
        )
        if proc.returncode != 0:
            raise RuntimeError(f"{args[0]} failed: {(proc.stderr or proc.stdout).strip()[-1500:]}")

    def start(self) -> None:
        user = pwd.getpwnam(SERVER_USER)
        self.socket_dir.mkdir(parents=True)
        if os.geteuid() == 0:  # initdb refuses root: run the server as its own user
            os.chown(self.root, user.pw_uid, user.pw_gid)
            os.chown(self.socket_dir, user.pw_uid, user.pw_gid)
            self._as_user = ["runuser", "-u", SERVER_USER, "--"]
        else:
            self.superuser = pwd.getpwuid(os.geteuid()).pw_name
        self._run(
            _binary("initdb"),
            "-D",
            str(self.data),
            "-U",
            self.superuser,
            "--auth=trust",
            "--encoding=UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
        )
        options = (
            f"-p {self.port} -k {self.socket_dir} -c listen_addresses=127.0.0.1 "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
            "-c max_connections=200 -c shared_buffers=64MB -c TimeZone=UTC"
        )
        self._run(
            _binary("pg_ctl"),
            "-D",
            str(self.data),
            "-o",
            options,
            "-l",
            str(self.root / "server.log"),
            "-w",
            "-t",
            "60",
            "start",
        )

    def url(self, dbname: str) -> str:
        """A connection URL over the Unix socket (no TCP: the tests forbid sockets)."""
        return f"postgresql://{self.superuser}@/{dbname}?host={self.socket_dir}&port={self.port}"

    def _admin(self):
        import psycopg

        return psycopg.connect(self.url("postgres"), autocommit=True)

    def create_database(self, template: str | None = None) -> str:
        name = "t_" + uuid.uuid4().hex[:12]
        with self._admin() as conn:
            conn.execute(
                f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else "")
            )
        return name

    def migrated_database(self, migrate) -> str:
        """A new database copied from one `migrate(url)` prepared once for the run (copying a
        template is a file copy: much cheaper than running every migration for every test)."""
        if getattr(self, "_template", None) is None:
            name = self.create_database()
            migrate(self.url(name))
            self._template = name
        return self.create_database(template=self._template)

    def drop_database(self, name: str) -> None:
        with self._admin() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def stop(self) -> None:
        with contextlib.suppress(Exception):
            self._run(_binary("pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.root, ignore_errors=True)
