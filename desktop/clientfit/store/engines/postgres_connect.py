"""How Clientfit connects to a PostgreSQL server: the password from the OS keyring, TLS required
unless the server is on this machine, and the server's certificate verified when a CA is given.

`connection_params(url)` turns the user's URL into psycopg's keyword arguments. A password in the
URL is used as given (scripts, tests); otherwise the keyring entry for `user@host:port/dbname`
(service `clientfit-postgresql`, set with `remember_password`) is. A server reached over the
network gets `sslmode=require` unless the URL says otherwise, and `verify-full` (the certificate
chains to the CA and names the host) when `sslrootcert` names a CA file; a Unix socket or
localhost needs no TLS.
"""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import parse_qs, urlsplit

SERVICE = "clientfit-postgresql"
LOCAL_HOSTS = {"", "localhost", "127.0.0.1", "::1"}


def account(url: str) -> str:
    """The keyring account name of the database at `url`: user@host:port/dbname."""
    parts = urlsplit(url)
    query = parse_qs(parts.query)
    host = parts.hostname or query.get("host", [""])[0]
    port = parts.port or query.get("port", ["5432"])[0]
    return f"{parts.username or ''}@{host}:{port}/{parts.path.lstrip('/')}"


def _keyring_password(name: str) -> str | None:
    try:
        import keyring

        return keyring.get_password(SERVICE, name)
    except Exception:  # no keyring here (a server, a container): the URL or .pgpass will do
        return None


def remember_password(url: str, password: str) -> bool:
    """Keep the password for `url` in the OS keyring; False when there is no keyring."""
    try:
        import keyring

        keyring.set_password(SERVICE, account(url), password)
        return True
    except Exception:
        return False


def is_local(url: str) -> bool:
    """Is the server on this machine (a Unix socket, or a loopback name)?"""
    parts = urlsplit(url)
    host = parts.hostname or parse_qs(parts.query).get("host", [""])[0]
    return host in LOCAL_HOSTS or host.startswith("/")


def connection_params(
    url: str, password_lookup: Callable[[str], str | None] = _keyring_password
) -> dict[str, str]:
    """psycopg keyword arguments beside the URL itself (conninfo)."""
    parts = urlsplit(url)
    query = parse_qs(parts.query)
    params: dict[str, str] = {}
    if parts.password is None and "password" not in query:
        found = password_lookup(account(url))
        if found:
            params["password"] = found
    if "sslmode" not in query and not is_local(url):
        params["sslmode"] = "verify-full" if "sslrootcert" in query else "require"
    return params
