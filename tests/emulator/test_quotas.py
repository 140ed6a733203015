"""AWS's rate quotas in the emulator: per account, region and operation token buckets, off by default."""

from __future__ import annotations

from typing import Any

import pytest
from botocore.exceptions import ClientError

from local.emulator import EmulatorControl, EmulatorServer
from local.emulator.quotas import DEFAULT_RATES, QuotaLimiter, settings_from_env


class _Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_one_call_per_second_per_account_region_and_operation() -> None:
    clock = _Clock()
    limiter = QuotaLimiter(enabled=True, clock=clock)
    op = "DisassociateOriginationIdentity"
    assert limiter.allow("111122223333", "us-east-1", op)
    assert not limiter.allow("111122223333", "us-east-1", op)
    # Other buckets are untouched: another operation, region or account.
    assert limiter.allow("111122223333", "us-east-1", "ListPoolOriginationIdentities")
    assert limiter.allow("111122223333", "eu-west-1", op)
    assert limiter.allow("444455556666", "us-east-1", op)
    clock.now += 0.5
    assert not limiter.allow("111122223333", "us-east-1", op)
    clock.now += 0.5
    assert limiter.allow("111122223333", "us-east-1", op)


def test_rates_are_configurable_and_bad_settings_are_refused() -> None:
    clock = _Clock()
    limiter = QuotaLimiter(clock=clock)
    assert all(limiter.allow("a", "r", "CreatePool") for _ in range(10))  # off: everything passes
    limiter.configure({"enabled": True, "rates": {"CreatePool": 3}})
    assert [limiter.allow("a", "r", "CreatePool") for _ in range(4)] == [True, True, True, False]
    for bad in ({"rates": {"CreatePool": 0}}, {"enabled": "yes"}, {"burst": 1}, {"rates": {"CreatePool": True}}):
        with pytest.raises(ValueError, match=r"rates|enabled|unknown"):
            limiter.configure(bad)


def test_defaults_are_the_documented_one_per_second() -> None:
    assert DEFAULT_RATES["DisassociateOriginationIdentity"] == 1
    assert DEFAULT_RATES["ListPoolOriginationIdentities"] == 1
    assert DEFAULT_RATES["AssociateOriginationIdentity"] == 1
    assert settings_from_env({}) == {"enabled": False}
    assert settings_from_env({}, default=True) == {"enabled": True}
    assert settings_from_env({"SMS_EMULATOR_QUOTAS": "off"}, default=True) == {"enabled": False}
    assert settings_from_env({"SMS_EMULATOR_QUOTAS": '{"CreatePool": 5}'}) == {
        "enabled": True,
        "rates": {"CreatePool": 5},
    }
    with pytest.raises(ValueError, match="SMS_EMULATOR_QUOTAS"):
        settings_from_env({"SMS_EMULATOR_QUOTAS": "sometimes"})


def test_over_the_quota_aws_answers_throttling_exception(
    emulator: EmulatorServer, raw_client: Any, demo: dict[str, Any]
) -> None:
    control = EmulatorControl(emulator.url)
    assert control.set_quotas(True)["enabled"] is True
    assert raw_client.list_pool_origination_identities(PoolId=demo["pool_id"])["PoolId"] == demo["pool_id"]
    with pytest.raises(ClientError) as caught:
        raw_client.list_pool_origination_identities(PoolId=demo["pool_id"])
    assert caught.value.response["Error"]["Code"] == "ThrottlingException"
    assert caught.value.response["ResponseMetadata"]["HTTPStatusCode"] == 400
    # The throttled call changed nothing and is recorded as AWS would log it.
    recorded = control.calls("ListPoolOriginationIdentities")
    assert [c["error_code"] for c in recorded][-1] == "ThrottlingException"
    assert control.set_quotas(False)["enabled"] is False
    for _ in range(3):
        raw_client.list_pool_origination_identities(PoolId=demo["pool_id"])
