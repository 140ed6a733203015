"""Start the local mode (``python -m local.cli serve``) in a child process on free ports, for tests and benches."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from local.private_files import open_private

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class LocalProcess:
    """A running local mode: its URLs, the child process and the file its logs go to."""

    api: str
    emulator: str
    process: subprocess.Popen[str]
    log_path: Path

    def stop(self) -> None:
        """SIGTERM, then SIGKILL after 10 s."""
        stop_process(self.process)


def stop_process(process: subprocess.Popen[str]) -> None:
    """SIGTERM, then SIGKILL after 10 s; a no-op for a process that has exited."""
    if process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def interrupt_group(process: subprocess.Popen[Any], timeout: float = 30.0) -> None:
    """Ctrl-C for a process started in its own session (``make run`` and the servers under it): SIGINT to the
    whole group, SIGKILL to it after ``timeout`` s; a no-op for a process that has exited."""
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGINT)
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()


def start(
    cdk_out: Path,
    workdir: Path,
    env: dict[str, str] | None = None,
    *,
    emulator_url: str | None = None,
    timeout: float = 60.0,
) -> LocalProcess:
    """Serve the stack in ``cdk_out``; return once it listens.

    Without ``emulator_url`` the child also runs the emulator (state in ``workdir``); with it, the local API
    uses that emulator (which can then be stopped and restarted under it). The child exits by itself if its
    parent dies (``--exit-with-parent``).
    """
    workdir.mkdir(parents=True, exist_ok=True)
    log_path = workdir / "local-mode.log"
    child_env = {**os.environ, **(env or {})}
    child_env.pop("AWS_ENDPOINT_URL_PINPOINT_SMS_VOICE_V2", None)  # the CLI points the handler at its emulator
    emulator_args = (
        ["--emulator-url", emulator_url]
        if emulator_url
        else ["--emulator-port", "0", "--db", str(workdir / "emulator.sqlite3")]
    )
    with open_private(log_path) as log:
        process = subprocess.Popen(  # noqa: S603 - our own CLI
            [
                sys.executable,
                "-m",
                "local.cli",
                "serve",
                "--api-port",
                "0",
                *emulator_args,
                "--cdk-out",
                str(cdk_out),
                "--exit-with-parent",
            ],
            cwd=ROOT,
            env=child_env,
            stdout=subprocess.PIPE,
            stderr=log,
            text=True,
        )
    try:
        urls = _ready_line(process, timeout)
    except Exception:
        stop_process(process)  # never leave a half-started child behind
        raise RuntimeError(f"local mode did not start within {timeout:g}s:\n{log_path.read_text()}") from None
    return LocalProcess(urls["api"], urls["emulator"], process, log_path)


def _ready_line(process: subprocess.Popen[str], timeout: float) -> dict[str, str]:
    """The child's first stdout line, its URLs as JSON; raises if it is late, missing or not that."""
    stdout = process.stdout
    assert stdout is not None
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.append(stdout.readline()), daemon=True)
    reader.start()
    reader.join(timeout)
    if not lines or not lines[0]:
        raise TimeoutError("no ready line")
    urls: dict[str, str] = json.loads(lines[0])
    if not {"api", "emulator"} <= urls.keys():
        raise ValueError(f"unexpected ready line {lines[0][:200]!r}")
    return urls
