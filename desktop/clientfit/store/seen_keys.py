"""The keys one import has already seen, in bounded memory whatever the size of the file.

An import must notice a record that appears twice in its file (an invoice number, a mail's
Message-ID, a time entry's key) and number identical time rows. A Python set of every key grows
with the file (about 200 bytes a record: 200 MB for a million rows), so `SeenKeys` keeps the first
`IN_MEMORY` keys in a dict and the rest in a private temporary SQLite file of its own: SQLite
deletes it when it is closed (on POSIX it has no name at all), its page cache is small, and it
holds 16-byte BLAKE2 digests of the keys, never the keys themselves - nothing readable lands on
disk, also beside an encrypted database. It is a separate connection, so it takes no part in the
import's transaction and needs none.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3

IN_MEMORY = 20_000  # keys kept in a dict before the rest go to the temporary file
CACHE_KIB = 2048  # the temporary file's page cache


class SeenKeys:
    """`count(key)`: how many times `key` has been seen, this time included (1 the first time);
    `first(key)`: True the first time. Use as a context manager, or call `close()`."""

    def __init__(self, in_memory: int | None = None) -> None:
        self._memory: dict[bytes, int] = {}
        self._limit = IN_MEMORY if in_memory is None else in_memory  # about 80 bytes a key
        self._disk: sqlite3.Connection | None = None

    @staticmethod
    def _digest(key: str) -> bytes:
        return hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=16).digest()

    def _spill(self) -> sqlite3.Connection:
        if self._disk is None:
            con = sqlite3.connect("", isolation_level=None)  # "": a private temporary file
            con.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
            con.execute("PRAGMA journal_mode = OFF")
            con.execute("PRAGMA synchronous = OFF")
            con.execute("CREATE TABLE seen (digest BLOB PRIMARY KEY, n INTEGER) WITHOUT ROWID")
            self._disk = con
        return self._disk

    def count(self, key: str) -> int:
        digest = self._digest(key)
        n = self._memory.get(digest)
        if n is not None:
            self._memory[digest] = n + 1
            return n + 1
        if len(self._memory) < self._limit:
            self._memory[digest] = 1
            return 1
        row = (
            self._spill()
            .execute(
                "INSERT INTO seen (digest, n) VALUES (?, 1) "
                "ON CONFLICT (digest) DO UPDATE SET n = n + 1 RETURNING n",
                (digest,),
            )
            .fetchone()
        )
        return int(row[0])

    def first(self, key: str) -> bool:
        return self.count(key) == 1

    def close(self) -> None:
        self._memory.clear()
        if self._disk is not None:
            self._disk.close()
            self._disk = None

    def __enter__(self) -> SeenKeys:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()


class KeyedLists:
    """Small items (tuples of str / int / None) gathered by key and read back by key: an Invoice
    Ninja export lists its payments after all its invoices, a FreshBooks export's line items of
    one invoice may lie apart, an import's matcher remembers which client has an address. The
    first `IN_MEMORY` items stay in a dict, the rest go to a private temporary file like
    `SeenKeys`' (keys as digests; the items are dates, amounts and ids, never names)."""

    def __init__(self, in_memory: int | None = None) -> None:
        self._memory: dict[str, list[tuple]] = {}
        self._held = 0
        self._limit = IN_MEMORY if in_memory is None else in_memory
        self._disk: sqlite3.Connection | None = None

    def add(self, key: str, item: tuple) -> None:
        if self._held < self._limit:
            self._memory.setdefault(key, []).append(item)
            self._held += 1
            return
        if self._disk is None:
            self._disk = sqlite3.connect("", isolation_level=None)
            self._disk.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
            self._disk.execute("PRAGMA journal_mode = OFF")
            self._disk.execute("PRAGMA synchronous = OFF")
            self._disk.execute("CREATE TABLE item (digest BLOB, value TEXT)")
            self._disk.execute("CREATE INDEX item_digest ON item (digest)")
        self._disk.execute(
            "INSERT INTO item (digest, value) VALUES (?, ?)",
            (SeenKeys._digest(key), json.dumps(list(item))),
        )

    def get(self, key: str) -> list[tuple]:
        items = list(self._memory.get(key, ()))
        if self._disk is not None:
            rows = self._disk.execute(
                "SELECT value FROM item WHERE digest = ? ORDER BY rowid", (SeenKeys._digest(key),)
            )
            items += [tuple(json.loads(value)) for (value,) in rows]
        return items

    def __contains__(self, key: str) -> bool:
        return bool(self.get(key))

    def close(self) -> None:
        self._memory.clear()
        if self._disk is not None:
            self._disk.close()
            self._disk = None

    def __enter__(self) -> KeyedLists:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()
