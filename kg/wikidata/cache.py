"""The on-disk answer cache of the Wikidata and MediaWiki clients (SQLite)."""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from collections.abc import Iterable
from pathlib import Path

from kg.errors import OutputError


class Cache:
    """Answers already received, in ``DIR/wikidata-cache.sqlite3``.

    Keyed by service URL + method + key (a title, a label lookup or a QID). Misses are cached
    too, so a second run sends nothing for titles already asked. Entries older than
    ``max_age_days`` are ignored (None keeps them forever).
    """

    FILE = "wikidata-cache.sqlite3"

    def __init__(self, directory: str | Path, max_age_days: float | None = 30.0):
        self.directory = Path(directory)
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.directory / self.FILE, check_same_thread=False)
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS answers (service TEXT NOT NULL, method TEXT NOT NULL,"
                " key TEXT NOT NULL, value TEXT NOT NULL, stored REAL NOT NULL,"
                " PRIMARY KEY (service, method, key))"
            )
            self._db.commit()
        except (OSError, sqlite3.Error) as err:
            raise OutputError(f"cache directory {self.directory}: {err}") from err
        self.max_age = None if max_age_days is None else max_age_days * 86400.0
        self._lock = threading.Lock()

    def get_many(self, service: str, method: str, keys: Iterable[str]) -> dict[str, object]:
        found: dict[str, object] = {}
        oldest = 0.0 if self.max_age is None else time.time() - self.max_age
        with self._lock:
            for key in keys:
                row = self._db.execute(
                    "SELECT value FROM answers WHERE service=? AND method=? AND key=? AND stored>=?",
                    (service, method, key, oldest),
                ).fetchone()
                if row is not None:
                    found[key] = json.loads(row[0])
        return found

    def put_many(self, service: str, method: str, items: dict[str, object]) -> None:
        now = time.time()
        with self._lock:
            self._db.executemany(
                "INSERT OR REPLACE INTO answers VALUES (?, ?, ?, ?, ?)",
                [
                    (service, method, k, json.dumps(v, sort_keys=True), now)
                    for k, v in items.items()
                ],
            )
            self._db.commit()

    def close(self) -> None:
        with self._lock:
            self._db.close()


class NoCache:
    """The cache interface with nothing behind it (``--no-cache``)."""

    def get_many(self, service: str, method: str, keys: Iterable[str]) -> dict[str, object]:
        return {}

    def put_many(self, service: str, method: str, items: dict[str, object]) -> None:
        return None

    def close(self) -> None:
        return None
