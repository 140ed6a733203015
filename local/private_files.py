"""Files the local mode writes (the emulator's state, the servers' logs) are its user's alone: mode 0600 in a
directory it creates 0700, whatever the umask. The state holds phone numbers and the logs requests."""

from __future__ import annotations

import os
from pathlib import Path
from typing import IO

FILE_MODE = 0o600
DIR_MODE = 0o700


def private_dir(path: Path) -> None:
    """Create ``path`` (and missing parents) 0700; an existing directory is left as it is (it may be shared)."""
    if not path.exists():
        path.mkdir(parents=True, mode=DIR_MODE)
        path.chmod(DIR_MODE)  # mkdir's mode is masked by the umask


def private_file(path: Path) -> Path:
    """``path`` created empty if missing, and mode 0600 either way (a file left by an older run is tightened)."""
    private_dir(path.parent)
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, FILE_MODE))
    path.chmod(FILE_MODE)
    return path


def open_private(path: Path) -> IO[str]:
    """``path`` opened for appending text, mode 0600."""
    return private_file(path).open("a")
