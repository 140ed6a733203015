"""SQLite state of the emulator: one connection and one ``BEGIN IMMEDIATE`` transaction per request.

Resources are stored as JSON documents shaped like the API's ``*Information`` structures, keyed by
their id, with the owning pool id in a column so pool membership can be queried and updated
atomically. Recorded calls live in the same file so they survive restarts too.
"""

from __future__ import annotations

import contextlib
import json
import secrets
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from local.private_files import private_file

DEFAULT_DB_PATH = Path(".local") / "emulator.sqlite3"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS scoped_resources (
    scope TEXT NOT NULL,
    kind TEXT NOT NULL,
    id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    pool_id TEXT,
    doc TEXT NOT NULL,
    PRIMARY KEY (scope, kind, id)
);
CREATE INDEX IF NOT EXISTS scoped_resources_pool ON scoped_resources (scope, pool_id);
CREATE TABLE IF NOT EXISTS counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS idempotency (
    operation TEXT NOT NULL,
    client_token TEXT NOT NULL,
    request_hash TEXT NOT NULL,
    response TEXT NOT NULL,
    created REAL NOT NULL,
    PRIMARY KEY (operation, client_token)
);
CREATE TABLE IF NOT EXISTS calls (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    timestamp REAL NOT NULL,
    operation TEXT NOT NULL,
    params TEXT NOT NULL,
    client_token TEXT,
    status INTEGER NOT NULL,
    error_code TEXT,
    request_id TEXT NOT NULL,
    fault TEXT,
    duration_ms REAL NOT NULL
);
"""

POOL = "pool"
PHONE = "phone-number"
SENDER = "sender-id"


def scope_of(account: str, region: str) -> str:
    """The partition of the state one caller sees: AWS keeps resources per account and region."""
    return f"{account}/{region}"


class Tx:
    """Operations on the state of one scope (account/region) inside one open transaction."""

    def __init__(self, conn: sqlite3.Connection, scope: str = "") -> None:
        self.conn = conn
        self.scope = scope

    def next_seq(self, name: str = "seq") -> int:
        row = self.conn.execute(
            "INSERT INTO counters (name, value) VALUES (?, 1) "
            "ON CONFLICT(name) DO UPDATE SET value = value + 1 RETURNING value",
            (name,),
        ).fetchone()
        return int(row[0])

    def get(self, kind: str, rid: str) -> dict[str, Any] | None:
        row = self.conn.execute(
            "SELECT doc FROM scoped_resources WHERE scope = ? AND kind = ? AND id = ?", (self.scope, kind, rid)
        ).fetchone()
        return None if row is None else _load(row[0])

    def put(self, kind: str, rid: str, doc: dict[str, Any]) -> None:
        pool_id = doc.get("PoolId") if kind != POOL else None
        text = json.dumps(doc, sort_keys=True)
        updated = self.conn.execute(
            "UPDATE scoped_resources SET doc = ?, pool_id = ? WHERE scope = ? AND kind = ? AND id = ?",
            (text, pool_id, self.scope, kind, rid),
        ).rowcount
        if not updated:
            self.conn.execute(
                "INSERT INTO scoped_resources (scope, kind, id, seq, pool_id, doc) VALUES (?, ?, ?, ?, ?, ?)",
                (self.scope, kind, rid, self.next_seq(), pool_id, text),
            )

    def delete(self, kind: str, rid: str) -> None:
        self.conn.execute(
            "DELETE FROM scoped_resources WHERE scope = ? AND kind = ? AND id = ?", (self.scope, kind, rid)
        )

    def list_all(self, kind: str) -> list[dict[str, Any]]:
        rows = self.conn.execute(
            "SELECT doc FROM scoped_resources WHERE scope = ? AND kind = ? ORDER BY seq", (self.scope, kind)
        ).fetchall()
        return [_load(r[0]) for r in rows]

    def members(self, pool_id: str) -> list[tuple[str, dict[str, Any]]]:
        """(kind, doc) of every origination identity in the pool, in creation order."""
        rows = self.conn.execute(
            "SELECT kind, doc FROM scoped_resources WHERE scope = ? AND pool_id = ? ORDER BY seq",
            (self.scope, pool_id),
        ).fetchall()
        return [(str(r[0]), _load(r[1])) for r in rows]

    def token_key(self) -> int:
        """A random key of this state (kept across restarts, new after a reset) that signs NextTokens."""
        self.conn.execute(
            "INSERT OR IGNORE INTO counters (name, value) VALUES ('next-token-key', ?)", (secrets.randbits(62),)
        )
        row = self.conn.execute("SELECT value FROM counters WHERE name = 'next-token-key'").fetchone()
        return int(row[0])

    def idempotent_get(self, operation: str, token: str) -> tuple[str, dict[str, Any]] | None:
        row = self.conn.execute(
            "SELECT request_hash, response FROM idempotency WHERE operation = ? AND client_token = ?",
            (f"{self.scope}/{operation}", token),
        ).fetchone()
        return None if row is None else (str(row[0]), _load(row[1]))

    def idempotent_put(self, operation: str, token: str, request_hash: str, response: dict[str, Any]) -> None:
        self.conn.execute(
            "INSERT INTO idempotency (operation, client_token, request_hash, response, created) "
            "VALUES (?, ?, ?, ?, julianday('now'))",
            (f"{self.scope}/{operation}", token, request_hash, json.dumps(response)),
        )


def _load(text: str) -> dict[str, Any]:
    value: dict[str, Any] = json.loads(text)
    return value


class Store:
    """Opens a connection per transaction; safe to share between request threads."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        # 0600 before SQLite opens it: SQLite gives the -wal and -shm files the database file's mode.
        for part in (self.path, *(Path(f"{self.path}{suffix}") for suffix in ("-wal", "-shm"))):
            if part == self.path or part.exists():
                private_file(part)
        self._init_lock = threading.Lock()
        with self._init_lock, contextlib.closing(self._connect()) as conn:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.executescript(_SCHEMA)

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, timeout=60, isolation_level=None, check_same_thread=False)
        conn.execute("PRAGMA busy_timeout = 60000")
        conn.execute("PRAGMA synchronous = NORMAL")
        return conn

    @contextmanager
    def transaction(self, scope: str = "") -> Iterator[Tx]:
        """One write transaction: committed when the block ends, rolled back on any exception."""
        conn = self._connect()
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield Tx(conn, scope)
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")
        finally:
            conn.close()

    def record_call(self, call: dict[str, Any]) -> None:
        with self.transaction() as tx:
            tx.conn.execute(
                "INSERT INTO calls (timestamp, operation, params, client_token, status, error_code, "
                "request_id, fault, duration_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    call["timestamp"],
                    call["operation"],
                    json.dumps(call["params"]),
                    call.get("client_token"),
                    call["status"],
                    call.get("error_code"),
                    call["request_id"],
                    call.get("fault"),
                    call["duration_ms"],
                ),
            )

    def calls(self, operation: str | None = None) -> list[dict[str, Any]]:
        query = (
            "SELECT id, timestamp, operation, params, client_token, status, error_code, request_id, "
            "fault, duration_ms FROM calls"
        )
        args: tuple[str, ...] = ()
        if operation:
            query += " WHERE operation = ?"
            args = (operation,)
        with self.transaction() as tx:
            rows = tx.conn.execute(query + " ORDER BY id", args).fetchall()
        keys = (
            "id",
            "timestamp",
            "operation",
            "params",
            "client_token",
            "status",
            "error_code",
            "request_id",
            "fault",
            "duration_ms",
        )
        out = []
        for row in rows:
            item = dict(zip(keys, row, strict=True))
            item["params"] = json.loads(item["params"])
            out.append(item)
        return out

    def clear_calls(self) -> None:
        with self.transaction() as tx:
            tx.conn.execute("DELETE FROM calls")

    def reset(self) -> None:
        """Wipe every resource, idempotency token and recorded call."""
        with self.transaction() as tx:
            for table in ("scoped_resources", "counters", "idempotency", "calls"):
                tx.conn.execute(f"DELETE FROM {table}")  # noqa: S608 - fixed table names, no input  # nosec B608
