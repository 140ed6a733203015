"""Reliability fixtures (a dedicated local mode, a warm Step Functions worker) and the session's log check.

Registered from ``tests/conftest.py``. At the end of the session every ``*.log`` under pytest's base temp
directory (each local mode's subprocess log, the workers' logs and the in-process log written here) is
scanned for seeded phone numbers in full; one found fails the run.
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.integration.conftest import LocalMode, start_local_mode
from tests.reliability.logscan import scan_logs
from tests.synth import ROOT

_STATE: dict[str, Path] = {}


class SfnWorker:
    """``tests.reliability.sfn_worker`` in a subprocess: the handler's direct-invoke path, warm."""

    def __init__(self, endpoint: str, log_path: Path, env: dict[str, str] | None = None) -> None:
        env = {**os.environ, "SMS_POOL_READ_TIMEOUT": "1", "SMS_POOL_CONNECT_TIMEOUT": "1", **(env or {})}
        self._log = log_path.open("a")
        self._process = subprocess.Popen(
            [sys.executable, "-m", "tests.reliability.sfn_worker", "--endpoint", endpoint],
            cwd=ROOT,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._log,
            text=True,
        )

    def invoke(self, payload: Any) -> dict[str, Any]:
        """``{"result": ...}`` or ``{"errorType", "errorMessage"}`` for one payload."""
        assert self._process.stdin is not None and self._process.stdout is not None
        self._process.stdin.write(json.dumps(payload) + "\n")
        self._process.stdin.flush()
        line = self._process.stdout.readline()
        assert line, "the Step Functions worker died; see its log"
        answer: dict[str, Any] = json.loads(line)
        return answer

    def close(self) -> None:
        """Close stdin (the worker exits) and wait."""
        assert self._process.stdin is not None
        self._process.stdin.close()
        try:
            self._process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        self._log.close()


@pytest.fixture(scope="session")
def rel_mode(cdk_out: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalMode]:
    """A local mode of its own, so fault injection and load never disturb the integration tests' servers."""
    process, mode = start_local_mode(cdk_out, tmp_path_factory.mktemp("rel-mode"))
    yield mode
    process.stop()


@pytest.fixture(scope="session")
def sfn(rel_mode: LocalMode, tmp_path_factory: pytest.TempPathFactory) -> Iterator[SfnWorker]:
    """A warm Step Functions worker on ``rel_mode``'s emulator."""
    worker = SfnWorker(rel_mode.emulator, tmp_path_factory.mktemp("sfn-worker") / "sfn-worker.log")
    yield worker
    worker.close()


@pytest.fixture(scope="session", autouse=True)
def _in_process_log(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Copy the in-process service logger (formatted and masked as in Lambda) and ``local.*`` to a file."""
    from sms_pool.observability import logger

    base = tmp_path_factory.getbasetemp()
    _STATE["base"] = base
    path = base / "in-process.log"
    service = logging.FileHandler(path, encoding="utf-8")
    service.setFormatter(logger.registered_formatter)
    local = logging.FileHandler(path, encoding="utf-8")
    local.setFormatter(logging.Formatter("%(asctime)s %(name)s %(message)s"))
    local_logger = logging.getLogger("local")
    old_level = local_logger.level
    local_logger.setLevel(logging.INFO)
    logger._logger.addHandler(service)
    local_logger.addHandler(local)
    yield path
    logger._logger.removeHandler(service)
    local_logger.removeHandler(local)
    local_logger.setLevel(old_level)
    service.close()
    local.close()


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Fail the run if any log written during it holds a seeded phone number in full."""
    base = _STATE.get("base")
    if base is None:
        return
    leaks = scan_logs(sorted(base.rglob("*.log")))
    if leaks:
        reporter = session.config.pluginmanager.get_plugin("terminalreporter")
        if reporter is not None:
            reporter.write_line("Seeded phone numbers in full in the logs:\n" + "\n".join(leaks[:20]), red=True)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
