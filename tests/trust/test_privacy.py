"""Private by default: every file Clientfit writes is the user's alone (0600), and nothing - not the
app's modules, the CLI, the packet renderer - ever opens a network connection."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from clientfit.cli import main as cli

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")

INTAKE_FIXTURES = Path(__file__).resolve().parents[1] / "intake" / "fixtures"


@pytest.fixture
def open_umask():
    """The most careless umask there is: whatever Clientfit makes private, it makes so itself."""
    old = os.umask(0)
    yield
    os.umask(old)


def first_client(db: Path, capsys) -> str:
    capsys.readouterr()
    assert cli(["--db", str(db), "clients", "--json"]) == 0
    return json.loads(capsys.readouterr().out)[0]["name"]


def test_every_file_clientfit_writes_is_readable_by_the_user_alone(
    tmp_path, open_umask, capsys, qapp
):
    home = tmp_path / "home"
    home.mkdir()
    dbf = home / "clientfit.db"
    out = home / "exports"
    out.mkdir()
    run = lambda *argv: cli(["--db", str(dbf), *argv])  # noqa: E731

    assert run("demo") == 0
    name = first_client(dbf, capsys)
    assert run("import", "vcard", str(INTAKE_FIXTURES / "contacts.vcf")) in (0, 1)
    assert run("export", "json", "-o", str(out / "dump.json")) == 0
    for what in ("roster", "time", "invoices"):
        assert run("export", "csv", what, "-o", str(out / f"{what}.csv")) == 0
    assert (
        run(
            "export",
            "ics",
            "-o",
            str(out / "meeting.ics"),
            "--title",
            "Meet",
            "--start",
            "2026-12-01 10:00",
        )
        == 0
    )
    assert run("offboard", name, "--reason", "Scope creep", "--at", "2026-11-01") == 0
    assert run("packet", name, "-o", str(out / "packet.pdf"), "--at", "2026-11-20") == 0
    assert run("backup") == 0
    assert run("backup", "-o", str(out / "by-hand.db")) == 0
    assert run("restore", str(out / "by-hand.db")) == 0

    # the database while open: -wal and -shm exist now
    from clientfit.store.backup import auto_backup
    from clientfit.store.database import close_database, open_database
    from clientfit.ui.window.single_instance import Outcome, SingleInstance

    instance = SingleInstance(dbf)
    assert instance.acquire() is Outcome.ACQUIRED
    open_database(dbf)
    from clientfit.store.models import Note

    Note.create(client=1, body="written through the WAL")
    import datetime as dt

    later = dt.datetime.now(dt.timezone.utc) + dt.timedelta(hours=1)
    assert auto_backup(dbf, now=later) is not None

    files = [p for p in home.rglob("*") if p.is_file()]
    names = {p.name for p in files}
    for expected in ("clientfit.db", "clientfit.db-wal", "clientfit.db-shm", "clientfit.db.lock"):
        assert expected in names
    assert {
        "dump.json",
        "roster.csv",
        "time.csv",
        "invoices.csv",
        "meeting.ics",
        "packet.pdf",
    } <= names
    assert sum(".db" in n and "-" in n for n in names if n.startswith("clientfit-")) >= 3  # backups
    modes = {str(p.relative_to(home)): stat.S_IMODE(p.stat().st_mode) for p in files}
    assert {p: oct(m) for p, m in modes.items() if m != 0o600} == {}
    assert stat.S_IMODE((home / "backups").stat().st_mode) == 0o700
    print(f"\n{len(modes)} files checked, all 0600: {sorted(modes)}")

    close_database()
    instance.release()


NO_NETWORK = textwrap.dedent(
    """
    import json, os, pkgutil, socket, sys, importlib
    attempts = []

    def refuse(what):
        def guard(*args, **kwargs):
            attempts.append(what)
            raise OSError(f"Clientfit tried to use the network ({what})")
        return guard

    socket.socket.__init__ = refuse("socket")
    for name in ("create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex",
                 "create_server", "socketpair", "fromfd"):
        setattr(socket, name, refuse(name))

    import clientfit
    modules = []
    for info in pkgutil.walk_packages(clientfit.__path__, "clientfit."):
        if info.name.endswith("__main__"):
            continue
        importlib.import_module(info.name)
        modules.append(info.name)

    from clientfit.cli import main as cli
    db, out, vcf, mode = sys.argv[1:5]
    codes = [
        cli(["--db", db, "demo"]),
        cli(["--db", db, "import", "vcard", vcf]),
        cli(["--db", db, "score", "--json"]),
        cli(["--db", db, "pareto", "--json"]),
        cli(["--db", db, "client", "add", 'Evil <img src="http://127.0.0.1:9/x.png"/> AB']),
        cli(["--db", db, "offboard", 'evil <img src="http://127.0.0.1:9/x.png"/> ab', "--reason",
             '<img src="https://example.com/track.png"/> <a href="http://x">x</a>']),
        cli(["--db", db, "packet", 'evil <img src="http://127.0.0.1:9/x.png"/> ab', "-o", out]),
        cli(["--db", db, "export", "json", "-o", out + ".json"]),
        cli(["--db", db, "backup"]),
    ]
    fetch = None
    if mode == "reportlab":
        from reportlab.lib.utils import open_for_read
        try:
            open_for_read("http://127.0.0.1:9/logo.png")
            fetch = "fetched"
        except Exception as exc:
            fetch = type(exc).__name__
    print(json.dumps({"modules": len(modules), "codes": codes, "attempts": attempts,
                      "fetch": fetch, "pdf": os.path.getsize(out)}))
    """
)


def run_without_network(tmp_path: Path, mode: str = "", env: dict | None = None) -> dict:
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            NO_NETWORK,
            str(tmp_path / "c.db"),
            str(tmp_path / "p.pdf"),
            str(INTAKE_FIXTURES / "contacts.vcf"),
            mode,
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})},
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_no_module_and_no_command_ever_creates_a_socket(tmp_path):
    result = run_without_network(tmp_path)

    assert result["attempts"] == []
    assert result["modules"] >= 60
    assert result["codes"][1] in (0, 1)  # the fixture has a card or two to reject
    assert result["codes"][:1] + result["codes"][2:] == [0] * 8
    assert result["pdf"] > 10_000


def test_reportlab_may_not_fetch_a_url_even_when_its_settings_would_allow_it(tmp_path):
    result = run_without_network(
        tmp_path, "reportlab", {"RL_trustedHosts": "*", "RL_trustedSchemes": "http,https,file"}
    )

    assert result["fetch"] not in (None, "fetched")
    assert result["attempts"] == []
