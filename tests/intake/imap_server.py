"""A real IMAP server in the test process: pymap's in-memory (dict) backend on free local ports,
with TLS from a throw-away certificate made here, for the IMAP sync tests. No test reaches the
internet: the sockets are loopback only.

- `implicit_port`: TLS from the start (as on 993), through `proxy` - a byte pipe that counts what
  the server sent and can cut the connection after so many bytes (a dropped connection);
- `starttls_port`: plain, STARTTLS required before LOGIN (as on 143).
- `append(folder, message)`, `recreate(folder)` (a new UIDVALIDITY) work over a second client.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import ipaddress
import socket
import ssl
import threading
from argparse import Namespace
from collections.abc import Iterable
from pathlib import Path

USER = "eva@studio.se"
PASSWORD = "app-password-1234"


def make_certificate(folder: Path) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 and localhost (its own CA), and its key."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Clientfit test IMAP")])
    now = dt.datetime.now(dt.timezone.utc)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=2))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "server.pem", folder / "server.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


def _args(tls: bool) -> Namespace:
    return Namespace(
        debug=False,
        host="127.0.0.1",
        port=0,
        cert=None,
        key=None,
        tls=tls,
        passlib_cfg=None,
        proxy_protocol=None,
        demo_data=False,
        demo_user=USER,
        demo_password=PASSWORD,
        insecure_login=False,
    )


class Proxy:
    """Loopback TCP pipe to the server; counts the bytes the server sent, and can cut a
    connection once it has passed `cut_after` more bytes (the next connections pass)."""

    def __init__(self, target_port: int) -> None:
        self.target = target_port
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.sent = 0  # bytes from the server to clients, all connections
        self.cut_after: int | None = None
        self.cuts = 0
        self._lock = threading.Lock()
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _addr = self.listener.accept()
            except OSError:
                return
            upstream = socket.create_connection(("127.0.0.1", self.target))
            threading.Thread(target=self._pipe, args=(client, upstream, False), daemon=True).start()
            threading.Thread(target=self._pipe, args=(upstream, client, True), daemon=True).start()

    def _pipe(self, src: socket.socket, dst: socket.socket, from_server: bool) -> None:
        try:
            while True:
                data = src.recv(65536)
                if not data:
                    break
                if from_server:
                    with self._lock:
                        self.sent += len(data)
                        if self.cut_after is not None:
                            if len(data) >= self.cut_after:
                                data = data[: self.cut_after]
                                self.cut_after = None
                                self.cuts += 1
                                dst.sendall(data)
                                raise OSError("cut")
                            self.cut_after -= len(data)
                dst.sendall(data)
        except OSError:
            pass
        for s in (src, dst):
            with contextlib.suppress(OSError):
                s.shutdown(socket.SHUT_RDWR)
            s.close()

    def close(self) -> None:
        self.listener.close()


class ImapServer:
    """pymap in a thread of its own, with an event loop of its own."""

    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.cert, self.key = make_certificate(folder)
        self.loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()
        if not self._ready.wait(30):
            raise RuntimeError("the test IMAP server did not start")
        self.proxy = Proxy(self.implicit_port)

    def _run(self) -> None:
        asyncio.set_event_loop(self.loop)
        self.loop.run_until_complete(self._start())
        self._ready.set()
        self.loop.run_forever()

    async def _start(self) -> None:
        from pymap.backend.dict import Config, DictBackend
        from pymap.imap import IMAPServer
        from pysasl.hashing import BuiltinHash

        tls_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        tls_context.load_cert_chain(self.cert, self.key)
        # the server's own password hashing kept cheap (pymap's default is 500,000 PBKDF2
        # rounds a login): it is not what the tests and the benchmark look at
        cheap = {"invalid_user_sleep": 0.0, "hash_context": BuiltinHash(rounds=1000)}
        backend, config = await DictBackend.init(_args(tls=True), ssl_context=tls_context, **cheap)
        self._config = config
        # TLS from the start: the transport is already encrypted, so LOGIN is allowed at once
        plain = Config.from_args(_args(tls=False), ssl_context=tls_context, **cheap)
        self._servers = []
        for cfg, ctx in ((config, None), (plain, tls_context)):
            handler = IMAPServer(backend.login, cfg)

            async def accept(reader, writer, handler=handler):
                from proxyprotocol.sock import SocketInfoLocal

                await handler(reader, writer, SocketInfoLocal(writer))

            server = await asyncio.start_server(accept, "127.0.0.1", 0, ssl=ctx)
            self._servers.append(server)
        self.starttls_port = self._servers[0].sockets[0].getsockname()[1]
        self.implicit_port = self._servers[1].sockets[0].getsockname()[1]

    def client(self):
        from imapclient import IMAPClient

        ctx = ssl.create_default_context(cafile=str(self.cert))
        c = IMAPClient("127.0.0.1", port=self.implicit_port, ssl=True, ssl_context=ctx, timeout=10)
        c.login(USER, PASSWORD)
        return c

    def append(self, folder: str, *messages: bytes) -> None:
        with self.client() as c:
            if not c.folder_exists(folder):
                c.create_folder(folder)
            for msg in messages:
                c.append(folder, msg.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"))

    def fill(self, folder: str, messages: Iterable[bytes]) -> None:
        """Put many messages into a folder at once, straight into the dict backend (what APPEND
        does, without a round trip and a literal each: the benchmark's 100,000-message folder).
        The folder is read over IMAP as any other."""
        from pymap.parsing.message import AppendMessage

        async def put() -> None:
            mailboxes, _filters = self._config.set_cache[USER]
            box = await mailboxes.get_mailbox(folder)
            for msg in messages:
                literal = msg.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
                await box.append(AppendMessage(literal))

        with self.client() as c:  # logs in (the user's folders are made then) and makes `folder`
            if not c.folder_exists(folder):
                c.create_folder(folder)
        asyncio.run_coroutine_threadsafe(put(), self.loop).result()

    def recreate(self, folder: str) -> None:
        """The folder deleted and made again: the server gives it a new UIDVALIDITY."""
        with self.client() as c:
            c.delete_folder(folder)
            c.create_folder(folder)

    def close(self) -> None:
        self.proxy.close()

        def stop() -> None:
            for server in self._servers:
                server.close()
            self.loop.stop()

        self.loop.call_soon_threadsafe(stop)
        self._thread.join(10)


class NonsenseServer:
    """An IMAP server over TLS that logs in and opens INBOX properly, then answers FETCH with a
    response no parser can read (a server with a bug, a proxy that mangles)."""

    def __init__(self, cert: Path, key: Path) -> None:
        self.context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        self.context.load_cert_chain(cert, key)
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        threading.Thread(target=self._serve, daemon=True).start()

    def _answer(self, tag: str, command: str) -> bytes:
        replies = {
            "CAPABILITY": "* CAPABILITY IMAP4rev1\r\n{t} OK done",
            "LOGIN": "{t} OK logged in",
            "LIST": '* LIST () "/" INBOX\r\n{t} OK done',
            "EXAMINE": "* 1 EXISTS\r\n* OK [UIDVALIDITY 7] ok\r\n{t} OK [READ-ONLY] done",
            "SEARCH": "* SEARCH 1\r\n{t} OK done",
            "FETCH": '* 1 FETCH (UID 1 BODYSTRUCTURE ("text" ((("\r\n{t} OK done',
            "LOGOUT": "* BYE bye\r\n{t} OK done",
        }
        return (replies.get(command, "{t} OK done").format(t=tag) + "\r\n").encode()

    def _serve(self) -> None:
        while True:
            try:
                raw, _addr = self.listener.accept()
            except OSError:
                return
            try:
                conn = self.context.wrap_socket(raw, server_side=True)
                conn.sendall(b"* OK [CAPABILITY IMAP4rev1] nonsense server ready\r\n")
                reader = conn.makefile("rb")
                for line in reader:
                    words = line.decode("ascii", "replace").split()
                    if len(words) < 2:
                        continue
                    tag, command = words[0], words[1].upper()
                    if command == "UID" and len(words) > 2:
                        command = words[2].upper()
                    conn.sendall(self._answer(tag, command))
                    if command == "LOGOUT":
                        break
                conn.close()
            except OSError:
                continue

    def close(self) -> None:
        self.listener.close()
