"""Over the local mode: removal by E.164 number, dry runs, and the audit record in the function's log."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import pytest

from local import sigv4
from local.emulator.identities import NUMBER_BLOCKS
from sms_pool.constants import AUDIT_TYPE
from sms_pool.phone import mask
from tests.integration.conftest import LocalMode, post
from tests.reliability.logscan import number_leaks
from tests.synth import ROOT

DISASSOCIATE = "DisassociateOriginationIdentity"
LIST = "ListPoolOriginationIdentities"
DESCRIBE = "DescribePhoneNumbers"


@pytest.fixture
def demo(local_mode: LocalMode) -> dict[str, Any]:
    return local_mode.seed()


def _by_number(demo: dict[str, Any], index: int = 2, **changes: Any) -> dict[str, Any]:
    return {"PoolId": demo["pool_id"], "OriginationIdentity": demo["phone_numbers"][index], "IsoCountryCode": "US"} | (
        changes
    )


def _audit(local_mode: LocalMode, request_id: str) -> dict[str, Any]:
    lines = local_mode.log_path.read_text(errors="replace").splitlines()
    records = [json.loads(line) for line in lines if f'"type":"{AUDIT_TYPE}"' in line and request_id in line]
    assert len(records) == 1, records
    return dict(records[0])


def _add_numbers(local_mode: LocalMode, pool_id: str, count: int, country: str = "US") -> list[dict[str, Any]]:
    numbers = []
    for _ in range(count):
        number = local_mode.client.request_phone_number(
            IsoCountryCode=country, MessageType="TRANSACTIONAL", NumberCapabilities=["SMS"], NumberType="SIMULATOR"
        )
        local_mode.client.associate_origination_identity(
            PoolId=pool_id, OriginationIdentity=number["PhoneNumberId"], IsoCountryCode=country
        )
        numbers.append(number)
    return numbers


def test_remove_by_number_over_http(local_mode: LocalMode, demo: dict[str, Any]) -> None:
    status, _, body = post(local_mode, _by_number(demo), {"Idempotency-Key": "offboard-1"})
    assert status == 200 and body["OriginationIdentity"] == demo["phone_number_ids"][2]
    assert body["OriginationIdentityArn"] == demo["phone_number_arns"][2]
    # The number index lists the account's US numbers (whatever earlier tests left in the container's index); the
    # pool itself is never listed.
    assert all(
        call["params"]["Filters"] == [{"Name": "iso-country-code", "Values": ["US"]}]
        for call in local_mode.control.calls(DESCRIBE)
        if "Filters" in call["params"]
    )
    assert local_mode.control.calls(LIST) == []
    assert demo["phone_number_ids"][2] not in local_mode.pool_identities(demo["pool_id"])
    record = _audit(local_mode, demo["pool_id"])  # a fresh pool per test: its id finds the record
    assert record["outcome"] == "OK" and record["status"] == 200 and record["via"] == "http"
    assert record["resolvedIdentity"] == demo["phone_number_ids"][2] and record["dryRun"] is False
    assert record["identity"] == "+*******" + demo["phone_numbers"][2][-4:]
    # The caller is the identity of the local key the local API verified (post() signs with the first one).
    key = sigv4.configured_keys()[0]
    assert record["caller"] == key.caller and record["userArn"] == mask(key.user_arn)
    assert record["accountId"] == mask(key.account_id)


def test_audit_record_of_a_dry_run_and_a_rejection(local_mode: LocalMode, demo: dict[str, Any]) -> None:
    assert post(local_mode, _by_number(demo, 1, DryRun=True))[0] == 200
    preview = _audit(local_mode, demo["pool_id"])
    assert preview["dryRun"] is True and preview["outcome"] == "OK"
    status, _, problem = post(local_mode, _by_number(demo, 1, PoolId="pool-00000000000000000000000000000000"))
    assert status == 404
    record = _audit(local_mode, problem["requestId"])
    assert record["outcome"] == "RESOURCE_NOT_FOUND" and record["status"] == 404 and record["via"] == "http"
    assert record["identity"] == "+*******" + demo["phone_numbers"][1][-4:] and record["dryRun"] is False
    assert not number_leaks([json.dumps(record)], demo["phone_numbers"])


def test_remove_by_number_over_step_functions(local_mode: LocalMode, demo: dict[str, Any]) -> None:
    execution = "arn:aws:states:us-east-1:123456789012:execution:Offboard:run-1"
    payload = {**_by_number(demo, 0), "IdempotencyKey": execution}
    cli = [sys.executable, "-m", "local.cli", "invoke", "-", "--endpoint", local_mode.emulator]
    run = subprocess.run(
        cli, input=json.dumps(payload), capture_output=True, text=True, cwd=ROOT, timeout=60, check=False
    )
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout)["OriginationIdentity"] == demo["phone_number_ids"][0]
    assert demo["phone_number_ids"][0] not in local_mode.pool_identities(demo["pool_id"])
    [record] = [json.loads(line) for line in run.stderr.splitlines() if f'"type":"{AUDIT_TYPE}"' in line]
    assert record["outcome"] == "OK" and record["via"] == "stepfunctions"
    assert record["resolvedIdentity"] == demo["phone_number_ids"][0]
    assert record["stateMachine"] == "arn:aws:states:us-east-1:********9012:stateMachine:Offboard"
    assert not number_leaks(run.stderr.splitlines(), demo["phone_numbers"])


def test_a_number_not_in_the_pool(local_mode: LocalMode, demo: dict[str, Any]) -> None:
    missing = NUMBER_BLOCKS["US"][0] + NUMBER_BLOCKS["US"][1] + "9999"
    status, _, body = post(local_mode, _by_number(demo, OriginationIdentity=missing))
    assert status == 404 and body["code"] == "PHONE_NUMBER_NOT_IN_POOL" and body["phoneNumber"].endswith("9999")
    assert local_mode.control.calls(DISASSOCIATE) == []


def test_the_country_filter_applies(local_mode: LocalMode, demo: dict[str, Any]) -> None:
    [canadian] = _add_numbers(local_mode, demo["pool_id"], 1, country="CA")
    as_us = _by_number(demo, OriginationIdentity=canadian["PhoneNumber"])
    assert post(local_mode, as_us)[2]["code"] == "PHONE_NUMBER_NOT_IN_POOL"
    status, _, body = post(local_mode, {**as_us, "IsoCountryCode": "CA"})
    assert status == 200 and body["OriginationIdentity"] == canadian["PhoneNumberId"]


def test_resolution_follows_many_pages(local_mode: LocalMode, demo: dict[str, Any]) -> None:
    last = _add_numbers(local_mode, demo["pool_id"], 110)[-1]  # 113 US numbers: two pages of 100
    local_mode.control.clear_calls()
    status, _, body = post(local_mode, _by_number(demo, OriginationIdentity=last["PhoneNumber"]))
    assert status == 200 and body["OriginationIdentity"] == last["PhoneNumberId"]
    # A number bought after the container's index was complete: one new build, paged to the number's page.
    assert [bool(call["params"].get("NextToken")) for call in local_mode.control.calls(DESCRIBE)] == [False, True]


def test_dry_run_changes_nothing(local_mode: LocalMode, demo: dict[str, Any]) -> None:
    before = local_mode.pool_identities(demo["pool_id"])
    sender = {**_by_number(demo), "OriginationIdentity": demo["sender_id_arn"], "IsoCountryCode": "GB"}
    for request in (_by_number(demo, DryRun=True), {**sender, "DryRun": True}):
        status, _, body = post(local_mode, request, {"Idempotency-Key": "preview-1"})
        assert status == 200 and body["DryRun"] is True
    assert body["WouldDisassociate"]["OriginationIdentity"] == demo["sender_id"]
    assert body["WouldDisassociate"]["PoolArn"] == demo["pool_arn"]
    assert local_mode.pool_identities(demo["pool_id"]) == before
    assert local_mode.control.calls(DISASSOCIATE) == []


def test_dry_run_errors_are_the_real_ones(local_mode: LocalMode, demo: dict[str, Any]) -> None:
    missing = _by_number(
        demo, OriginationIdentity=NUMBER_BLOCKS["US"][0] + NUMBER_BLOCKS["US"][1] + "9998", DryRun=True
    )
    assert post(local_mode, missing)[2]["code"] == "PHONE_NUMBER_NOT_IN_POOL"
    lone = local_mode.client.request_phone_number(
        IsoCountryCode="US", MessageType="TRANSACTIONAL", NumberCapabilities=["SMS"], NumberType="SIMULATOR"
    )
    pool = local_mode.client.create_pool(
        OriginationIdentity=lone["PhoneNumberId"], IsoCountryCode="US", MessageType="TRANSACTIONAL"
    )
    last = {"PoolId": pool["PoolId"], "OriginationIdentity": lone["PhoneNumber"], "IsoCountryCode": "US"}
    preview = post(local_mode, {**last, "DryRun": True})
    real = post(local_mode, last)
    assert preview[0] == real[0] == 409
    assert preview[2]["reason"] == real[2]["reason"] == "LAST_PHONE_NUMBER"
    assert local_mode.pool_identities(pool["PoolId"]) == {lone["PhoneNumberId"]}
