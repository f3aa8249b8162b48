"""A keyring for the encryption benchmark only: secrets in a JSON file named by BENCH_KEYRING_FILE.

It stands in for the OS keyring (Secret Service, Keychain, Credential Locker), so a benchmark's
child processes open an encrypted database without a passphrase, as the app does on a desktop.
Selected in a child with `PYTHON_KEYRING_BACKEND=bench_keyring.FileKeyring` (benchmarks/ on
PYTHONPATH). Never for real secrets: the file is plain text.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend


class FileKeyring(KeyringBackend):
    priority = 1

    def _file(self) -> Path:
        return Path(os.environ["BENCH_KEYRING_FILE"])

    def _load(self) -> dict:
        try:
            return json.loads(self._file().read_text())
        except FileNotFoundError:
            return {}

    def get_password(self, service, username):
        return self._load().get(f"{service}\n{username}")

    def set_password(self, service, username, password):
        kept = self._load()
        kept[f"{service}\n{username}"] = password
        self._file().write_text(json.dumps(kept))

    def delete_password(self, service, username):
        kept = self._load()
        kept.pop(f"{service}\n{username}", None)
        self._file().write_text(json.dumps(kept))
