"""The local mode as separate processes: the emulator on its own, the local API pointed at it.

Unlike ``python -m local.cli serve`` (both in one process), the emulator can be stopped and restarted under a
running API (fault tests), and the two do not share one interpreter's lock (load tests).
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.error
from dataclasses import dataclass, field
from pathlib import Path

from local import launcher
from local.emulator import EmulatorControl
from local.launcher import ROOT, LocalProcess, stop_process
from local.private_files import open_private


def free_port() -> int:
    """A port that was free on 127.0.0.1 a moment ago."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@dataclass
class EmulatorProcess:
    """``python -m local.emulator`` on a fixed port and database, so it can be restarted where it was."""

    workdir: Path
    port: int = field(default_factory=free_port)
    process: subprocess.Popen[str] | None = None

    @property
    def url(self) -> str:
        """Its base URL."""
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout: float = 20.0) -> None:
        """Start it and wait until it answers its health check."""
        with open_private(self.workdir / "emulator.log") as log:
            self.process = subprocess.Popen(  # noqa: S603 - this interpreter, fixed arguments
                [
                    sys.executable,
                    "-m",
                    "local.emulator",
                    "--port",
                    str(self.port),
                    "--db",
                    str(self.workdir / "emulator.sqlite3"),
                    "--quiet",
                ],
                cwd=ROOT,
                stdout=log,
                stderr=log,
                text=True,
            )
        deadline = time.monotonic() + timeout
        while True:
            try:
                EmulatorControl(self.url, timeout=1).health()
                return
            except (urllib.error.URLError, ConnectionError):
                if self.process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"the emulator did not start; see {self.workdir / 'emulator.log'}") from None
                time.sleep(0.1)

    def stop(self) -> None:
        """SIGTERM, then SIGKILL; a no-op when it is not running."""
        if self.process is not None and self.process.poll() is None:
            stop_process(self.process)


@dataclass
class LocalServers:
    """A running emulator process and local API process."""

    emulator_process: EmulatorProcess
    api_process: LocalProcess

    @property
    def api(self) -> str:
        """The local API's base URL."""
        return self.api_process.api

    @property
    def emulator(self) -> str:
        """The emulator's base URL."""
        return self.emulator_process.url

    @property
    def log_path(self) -> Path:
        """The local API's (and so the handler's) log file."""
        return self.api_process.log_path

    def stop(self) -> None:
        """Stop the API, then the emulator."""
        self.api_process.stop()
        self.emulator_process.stop()


def start_servers(cdk_out: Path, workdir: Path, env: dict[str, str] | None = None) -> LocalServers:
    """Start the emulator, then the local API pointed at it; logs go to ``workdir``."""
    workdir.mkdir(parents=True, exist_ok=True)
    emulator = EmulatorProcess(workdir)
    emulator.start()
    try:
        api = launcher.start(cdk_out, workdir, env, emulator_url=emulator.url)
    except Exception:
        emulator.stop()
        raise
    return LocalServers(emulator, api)
