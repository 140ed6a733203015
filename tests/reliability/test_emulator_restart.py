"""AWS unreachable: the emulator process stopped (503 / UpstreamUnavailableError), then restarted on the same
port and database (the same request succeeds, state intact, applied once)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from local.emulator import EmulatorControl, auth
from local.emulator.seed import seed_demo
from local.servers import LocalServers, start_servers
from sms_pool import core
from tests.integration.conftest import LocalMode, post
from tests.reliability.plugin import SfnWorker

DISASSOCIATE = "DisassociateOriginationIdentity"


@pytest.fixture
def external(cdk_out: Path, tmp_path: Path) -> Iterator[tuple[LocalServers, LocalMode, SfnWorker]]:
    servers = start_servers(cdk_out, tmp_path, {"SMS_POOL_READ_TIMEOUT": "1", "SMS_POOL_CONNECT_TIMEOUT": "1"})
    client = auth.client(servers.emulator)
    mode = LocalMode(servers.api, servers.emulator, EmulatorControl(servers.emulator), client, servers.log_path)
    worker = SfnWorker(servers.emulator, tmp_path / "sfn-worker.log")
    yield servers, mode, worker
    worker.close()
    servers.stop()


def test_emulator_stopped_then_restarted(external: tuple[LocalServers, LocalMode, SfnWorker]) -> None:
    servers, mode, sfn = external
    demo: dict[str, Any] = seed_demo(mode.client)
    mode.control.clear_calls()
    http_request = {
        "PoolId": demo["pool_id"],
        "OriginationIdentity": demo["phone_number_ids"][2],
        "IsoCountryCode": "US",
    }
    sfn_request = {**http_request, "OriginationIdentity": demo["phone_number_ids"][1], "IdempotencyKey": "exec-1"}

    servers.emulator_process.stop()
    status, headers, body = post(mode, http_request, {"Idempotency-Key": "order-1"})
    assert (status, body["code"], headers.get("Retry-After")) == (503, "UPSTREAM_UNAVAILABLE", "2")
    answer = sfn.invoke(sfn_request)
    assert answer["errorType"] == "UpstreamUnavailableError", answer

    servers.emulator_process.start()
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
