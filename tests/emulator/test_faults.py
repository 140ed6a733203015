"""Fault injection through the control endpoint and the environment; call recording."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

import pytest
from botocore.exceptions import ConnectionClosedError, ReadTimeoutError

from local.emulator import EmulatorControl, EmulatorServer, FaultConfig, FaultInjector

NO_RETRY = {"retries": {"total_max_attempts": 1}}


def test_throttle_count_is_deterministic(make_client: Any, control: EmulatorControl) -> None:
    client = make_client(**NO_RETRY)
    control.set_faults(throttle_count=2)
    for _ in range(2):
        with pytest.raises(client.exceptions.ThrottlingException) as exc:
            client.describe_pools()
        assert exc.value.response["ResponseMetadata"]["HTTPStatusCode"] == 400
    assert client.describe_pools()["Pools"] == []
    assert [c["error_code"] for c in control.calls()] == ["ThrottlingException", "ThrottlingException", None]
    assert control.get_faults()["throttle_count"] == 0


def test_throttled_mutation_is_not_applied(make_client: Any, control: EmulatorControl, demo: dict[str, Any]) -> None:
    client = make_client(**NO_RETRY)
    control.set_faults(throttle_count=1, operations=["DisassociateOriginationIdentity"])
    client.describe_pools()  # not in the operations list: not throttled
    with pytest.raises(client.exceptions.ThrottlingException):
        client.disassociate_origination_identity(
            PoolId=demo["pool_id"], OriginationIdentity=demo["phone_number_ids"][0]
        )
    assert len(client.list_pool_origination_identities(PoolId=demo["pool_id"])["OriginationIdentities"]) == 4


def test_botocore_retries_through_throttling(client: Any, control: EmulatorControl) -> None:
    control.set_faults(throttle_count=1)
    assert client.describe_pools()["ResponseMetadata"]["RetryAttempts"] == 1


def test_internal_error_is_500(make_client: Any, control: EmulatorControl) -> None:
    client = make_client(**NO_RETRY)
    control.set_faults(internal_error_count=1)
    with pytest.raises(client.exceptions.InternalServerException) as exc:
        client.describe_pools()
    assert exc.value.response["ResponseMetadata"]["HTTPStatusCode"] == 500
    assert exc.value.response["RequestId"] == exc.value.response["ResponseMetadata"]["RequestId"]


def test_drop_closes_the_connection(make_client: Any, control: EmulatorControl, demo: dict[str, Any]) -> None:
    client = make_client(**NO_RETRY)
    control.set_faults(drop_count=1)
    with pytest.raises(ConnectionClosedError):
        client.disassociate_origination_identity(
            PoolId=demo["pool_id"], OriginationIdentity=demo["phone_number_ids"][0]
        )
    assert len(client.list_pool_origination_identities(PoolId=demo["pool_id"])["OriginationIdentities"]) == 4
    dropped = control.calls("DisassociateOriginationIdentity")
    assert [(c["status"], c["fault"]) for c in dropped] == [(0, "drop")]


def test_drop_after_apply_applies_then_drops(make_client: Any, control: EmulatorControl, demo: dict[str, Any]) -> None:
    client = make_client(**NO_RETRY)
    control.set_faults(drop_count=1, drop_after_apply=True)
    params = {
        "PoolId": demo["pool_id"],
        "OriginationIdentity": demo["phone_number_ids"][0],
        "ClientToken": "t",
    }
    with pytest.raises(ConnectionClosedError):
        client.disassociate_origination_identity(**params)
    assert client.disassociate_origination_identity(**params)["PoolId"] == demo["pool_id"]
    assert len(client.list_pool_origination_identities(PoolId=demo["pool_id"])["OriginationIdentities"]) == 3


def test_latency_beyond_read_timeout(make_client: Any, control: EmulatorControl) -> None:
    client = make_client(read_timeout=0.2, **NO_RETRY)
    control.set_faults(latency_ms=800, latency_count=1)
    with pytest.raises(ReadTimeoutError):
        client.describe_pools()
    assert client.describe_pools()["Pools"] == []
    assert control.get_faults()["latency_ms"] == 0


def test_fault_control_endpoint_round_trip(control: EmulatorControl) -> None:
    assert control.set_faults(throttle_rate=0.5, seed=7)["throttle_rate"] == 0.5
    assert control.get_faults()["seed"] == 7
    assert control.clear_faults()["throttle_rate"] == 0.0
    with pytest.raises(Exception, match="400"):
        control.set_faults(throttle_rate=2)
    with pytest.raises(Exception, match="400"):
        control.set_faults(colour="red")


def test_rates_are_reproducible_with_a_seed() -> None:
    def pattern() -> list[bool]:
        injector = FaultInjector(FaultConfig(throttle_rate=0.5, seed=42))
        return [injector.decide("DescribePools").throttle for _ in range(40)]

    first = pattern()
    assert first == pattern()
    assert 5 < sum(first) < 35


def test_faults_from_environment(db_path: Path, make_client: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SMS_EMULATOR_FAULTS", json.dumps({"internal_error_count": 1}))
    with EmulatorServer(db_path.with_name("env.sqlite3"), faults=FaultConfig.from_env()) as server:
        client = make_client(url=server.url, **NO_RETRY)
        with pytest.raises(client.exceptions.InternalServerException):
            client.describe_pools()
        client.describe_pools()


def test_calls_are_recorded_filterable_and_clearable(client: Any, control: EmulatorControl) -> None:
    assert control.calls() == []
    client.request_sender_id(SenderId="REC", IsoCountryCode="GB", ClientToken="abc")
    client.describe_sender_ids()
    calls = control.calls()
    assert [c["operation"] for c in calls] == ["RequestSenderId", "DescribeSenderIds"]
    assert calls[0]["params"]["ClientToken"] == "abc"
    assert calls[0]["client_token"] == "abc"
    assert calls[0]["status"] == 200
    assert [c["operation"] for c in control.calls("DescribeSenderIds")] == ["DescribeSenderIds"]
    control.clear_calls()
    assert control.calls() == []


def test_reset_wipes_state(client: Any, control: EmulatorControl, demo: dict[str, Any]) -> None:
    control.reset()
    assert client.describe_pools()["Pools"] == []
    assert control.health()["status"] == "ok"


def test_logs_mask_phone_numbers(client: Any, demo: dict[str, Any], caplog: pytest.LogCaptureFixture) -> None:
    from local.emulator.calllog import mask_phone_numbers

    assert mask_phone_numbers('{"PhoneNumber": "+12065550123"}') == '{"PhoneNumber": "+*******0123"}'
    with caplog.at_level(logging.INFO, logger="local.emulator"):
        client.describe_phone_numbers()
    assert any("DescribePhoneNumbers 200" in r.getMessage() for r in caplog.records)


def test_injected_aws_error_with_members(make_client: Any, control: EmulatorControl) -> None:
    client = make_client(**NO_RETRY)
    control.set_faults(error_code="AccessDeniedException", error_members={"Reason": "ACCOUNT_DISABLED"}, error_count=1)
    with pytest.raises(client.exceptions.AccessDeniedException) as exc:
        client.describe_pools()
    assert exc.value.response["Reason"] == "ACCOUNT_DISABLED"
    assert client.describe_pools()["Pools"] == []


def test_error_count_needs_a_code(control: EmulatorControl) -> None:
    with pytest.raises(Exception, match="400"):
        control.set_faults(error_count=1)


def test_malformed_answer_is_applied_but_unparseable(
    make_client: Any, control: EmulatorControl, demo: dict[str, Any]
) -> None:
    client = make_client(**NO_RETRY)
    control.set_faults(malformed_count=1, operations=["DisassociateOriginationIdentity"])
    # botocore does not raise on a 200 it cannot parse: it returns no members (the service must check).
    result = client.disassociate_origination_identity(
        PoolId=demo["pool_id"], OriginationIdentity=demo["phone_number_ids"][0]
    )
    assert "PoolArn" not in result
    assert len(client.list_pool_origination_identities(PoolId=demo["pool_id"])["OriginationIdentities"]) == 3
