"""AWS unreachable: the emulator process stopped (503 / UpstreamUnavailableError), then restarted on the same
port and database (the same request succeeds, state intact, applied once)."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import boto3
import pytest

from local.emulator import EmulatorControl
from local.emulator.seed import seed_demo
from sms_pool import core
from tests.integration.conftest import ROOT, LocalMode, post, stop_local_mode
from tests.reliability.plugin import SfnWorker

DISASSOCIATE = "DisassociateOriginationIdentity"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class Emulator:
    """``python -m local.emulator`` as its own process, so a test can stop and restart it."""

    def __init__(self, workdir: Path) -> None:
        self.port, self.db, self.log = _free_port(), workdir / "emulator.sqlite3", workdir / "emulator.log"
        self.url = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        """Start and wait until it answers its health check."""
        with self.log.open("a") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "local.emulator", "--port", str(self.port), "--db", str(self.db)],
                cwd=ROOT, stdout=log, stderr=log,
            )
        deadline = time.monotonic() + 20
        while True:
            try:
                EmulatorControl(self.url, timeout=1).health()
                return
            except (urllib.error.URLError, ConnectionError):
                assert self.process.poll() is None and time.monotonic() < deadline, self.log.read_text()
                time.sleep(0.1)

    def stop(self) -> None:
        """SIGTERM, then SIGKILL."""
        assert self.process is not None
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


@pytest.fixture
def external(cdk_out: Path, tmp_path: Path) -> Iterator[tuple[Emulator, LocalMode, SfnWorker]]:
    emulator = Emulator(tmp_path)
    emulator.start()
    env = {**os.environ, "SMS_POOL_READ_TIMEOUT": "1", "SMS_POOL_CONNECT_TIMEOUT": "1"}
    log = (tmp_path / "local-api.log").open("w")
    api = subprocess.Popen(
        [sys.executable, "-m", "local.cli", "serve", "--api-port", "0", "--emulator-url", emulator.url,
         "--cdk-out", str(cdk_out), "--exit-with-parent"],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=log, text=True,
    )
    assert api.stdout is not None
    urls = json.loads(api.stdout.readline())
    assert urls["emulator"] == emulator.url
    client = boto3.client("pinpoint-sms-voice-v2", endpoint_url=emulator.url, region_name="us-east-1",
                          aws_access_key_id="x", aws_secret_access_key="y")
    mode = LocalMode(urls["api"], emulator.url, EmulatorControl(emulator.url), client, tmp_path / "local-api.log")
    worker = SfnWorker(emulator.url, tmp_path / "sfn-worker.log")
    yield emulator, mode, worker
    worker.close()
    stop_local_mode(api)
    log.close()
    if emulator.process is not None and emulator.process.poll() is None:
        emulator.stop()


def test_emulator_stopped_then_restarted(external: tuple[Emulator, LocalMode, SfnWorker]) -> None:
    emulator, mode, sfn = external
    demo: dict[str, Any] = seed_demo(mode.client)
    mode.control.clear_calls()
    http_request = {"PoolId": demo["pool_id"], "OriginationIdentity": demo["phone_number_ids"][2],
                    "IsoCountryCode": "US"}
    sfn_request = {**http_request, "OriginationIdentity": demo["phone_number_ids"][1], "IdempotencyKey": "exec-1"}

    emulator.stop()
    status, headers, body = post(mode, http_request, {"Idempotency-Key": "order-1"})
    assert (status, body["code"], headers.get("Retry-After")) == (503, "UPSTREAM_UNAVAILABLE", "2")
    answer = sfn.invoke(sfn_request)
    assert answer["errorType"] == "UpstreamUnavailableError", answer

    emulator.start()
    assert mode.pool_identities(demo["pool_id"]) == {*demo["phone_number_ids"], demo["sender_id"]}  # intact
    status, _, body = post(mode, http_request, {"Idempotency-Key": "order-1"})
    assert status == 200 and body["OriginationIdentity"] == demo["phone_number_ids"][2]
    assert sfn.invoke(sfn_request)["result"]["OriginationIdentity"] == demo["phone_number_ids"][1]
    assert mode.pool_identities(demo["pool_id"]) == {demo["phone_number_ids"][0], demo["sender_id"]}
    calls = mode.control.calls(DISASSOCIATE)  # only the attempts after the restart reached it
    assert [call["client_token"] for call in calls] == [
        core.derive_client_token("order-1", http_request),
        core.derive_client_token("exec-1", {k: v for k, v in sfn_request.items() if k != "IdempotencyKey"}),
    ]
