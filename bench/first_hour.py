"""A newcomer's first hour, timed: `make run` on a fresh clone (set-up to banner), then a no-change restart.

Also the installed size of what `make run` installs against what `make test` installs. The clone uses free
ports (LOCAL_API_PORT, SMS_EMULATOR_PORT), so it can run beside another local mode; pip's and jsii's caches in
the home directory are whatever this machine has (a first-ever set-up downloads more).
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time
from pathlib import Path
from typing import IO, Any

from local.launcher import interrupt_group

BANNER = "Local API:"  # the first line local.cli prints once both servers answer
SETUP_TIMEOUT_S = 1800.0


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def seconds_to_line(stream: IO[str], marker: str, started: float) -> float | None:
    """Read ``stream`` until a line contains ``marker``; the seconds since ``started``, or None at its end."""
    for line in stream:
        if marker in line:
            return time.monotonic() - started
    return None


def timed_make_run(clone: Path, env: dict[str, str], timeout: float = SETUP_TIMEOUT_S) -> float:
    """Seconds from `make run` to its banner in ``clone``; the servers are stopped (SIGINT, as Ctrl-C) after."""
    started = time.monotonic()
    proc = subprocess.Popen(
        ["make", "run"],
        cwd=clone,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,  # its own process group: Ctrl-C reaches make and the servers alike
    )
    watchdog = threading.Timer(timeout, lambda: os.killpg(proc.pid, signal.SIGKILL))
    watchdog.start()
    try:
        assert proc.stdout is not None
        elapsed = seconds_to_line(proc.stdout, BANNER, started)
    finally:
        watchdog.cancel()
        interrupt_group(proc)
    if elapsed is None:
        raise RuntimeError(f"`make run` in {clone} ended (exit {proc.returncode}) without printing its banner")
    return elapsed


def tree_mb(path: Path) -> float:
    """Bytes under ``path`` (files only, symlinks not followed), in MB."""
    total = sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())
    return total / 1e6


def measure(source: Path) -> dict[str, Any]:
    """Clone ``source`` (its committed HEAD), time `make run` twice and `make dev-venv`; sizes along the way."""
    env = {**os.environ, "LOCAL_API_PORT": str(free_port()), "SMS_EMULATOR_PORT": str(free_port())}
    env.pop("VIRTUAL_ENV", None)
    with tempfile.TemporaryDirectory(prefix="first-hour-") as tmp:
        clone = Path(tmp) / "clone"
        subprocess.run(["git", "clone", "-q", str(source), str(clone)], check=True)
        figures: dict[str, Any] = {"setup_s": timed_make_run(clone, env)}
        figures["restart_s"] = timed_make_run(clone, env)
        figures["run_venv_mb"] = tree_mb(clone / ".venv")
        figures["node_modules_mb"] = tree_mb(clone / "node_modules")
        started = time.monotonic()
        subprocess.run(["make", "dev-venv"], cwd=clone, env=env, check=True, stdout=subprocess.DEVNULL)
        figures["dev_install_s"] = time.monotonic() - started
        figures["test_venv_mb"] = tree_mb(clone / ".venv")
        shutil.rmtree(clone, ignore_errors=True)
    return figures
