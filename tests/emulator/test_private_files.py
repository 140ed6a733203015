"""The emulator's state (phone numbers, recorded calls) is written mode 0600, in a directory it creates 0700,
whatever the umask; a database left 0644 by an older run is tightened."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from local.emulator import EmulatorServer
from tests.emulator.conftest import ClientFactory


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def permissive_umask() -> Iterator[None]:
    old = os.umask(0o022)  # the common default: files 0644, directories 0755
    yield
    os.umask(old)


@pytest.mark.usefixtures("permissive_umask")
def test_the_state_files_are_the_users_alone(tmp_path: Path, make_client: ClientFactory) -> None:
    db = tmp_path / "fresh" / "state.sqlite3"
    with EmulatorServer(db, port=0) as server, contextlib.closing(sqlite3.connect(db)) as reader:
        reader.execute("SELECT 1 FROM sqlite_master").fetchall()  # an open reader keeps -wal/-shm after each call
        make_client(server.url).describe_pools()  # a write
        files = [db, Path(f"{db}-wal"), Path(f"{db}-shm")]
        assert all(path.exists() for path in files)
        assert {path.name: _mode(path) for path in files} == {path.name: 0o600 for path in files}
    assert _mode(db.parent) == 0o700


@pytest.mark.usefixtures("permissive_umask")
def test_an_older_world_readable_database_is_tightened(tmp_path: Path) -> None:
    db = tmp_path / "old.sqlite3"
    db.touch(mode=0o644)
    db.chmod(0o644)
    with EmulatorServer(db, port=0):
        assert _mode(db) == 0o600
