"""Security: phone numbers never logged in full, error bodies free of internals (the IAM policy's single action on
scoped resources is tested in tests/infra/test_function_and_iam.py; bandit runs in ``make lint``)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.integration.conftest import LocalMode, post
from tests.reliability.logscan import body_leaks, number_leaks, scan_logs
from tests.reliability.plugin import SfnWorker

DISASSOCIATE = "DisassociateOriginationIdentity"


def test_the_scanners_find_what_they_look_for(tmp_path: Path) -> None:
    log = tmp_path / "leak.txt"  # not *.log: the session-wide check would (rightly) fail the run
    log.write_text('{"msg": "ok"}\n{"identity": "+12065550003"}\n{"n": 4477009000012}\n')
    assert [line.split(": ", 1)[1] for line in scan_logs([log])] == ["+12065550003", "4477009000012"]
    assert number_leaks(['{"identity": "+*******0003"}']) == []
    assert body_leaks('Traceback (most recent call last):\n  File "/var/task/x.py", line 1')
    assert body_leaks("denied for arn:aws:iam::999988887777:role/x") == ["999988887777"]
    assert body_leaks("pool arn:aws:sms-voice:us-east-1:999988887777:pool/p", sent="999988887777") == []


def test_phone_numbers_are_never_logged_in_full(rel_mode: LocalMode, tmp_path: Path) -> None:
    demo = rel_mode.seed()
    numbers: list[str] = demo["phone_numbers"]
    base = {"PoolId": demo["pool_id"], "OriginationIdentity": demo["phone_number_ids"][2], "IsoCountryCode": "US"}
    bodies: list[Any] = [
        {**base, "OriginationIdentity": numbers[0].lstrip("+")},  # a number, but not E.164: not resolved
        {**base, "PoolId": numbers[1]},
        {**base, "Note": numbers[2]},
        {**base, "OriginationIdentity": int(numbers[1].lstrip("+"))},
    ]
    for body in bodies:
        assert post(rel_mode, body)[0] == 400
    assert post(rel_mode, base, {"Idempotency-Key": numbers[2]})[0] == 200
    # By number (resolved), previewed and real: the audit records name the number, masked.
    by_number = {**base, "OriginationIdentity": numbers[1]}
    assert post(rel_mode, {**by_number, "DryRun": True})[0] == 200
    assert post(rel_mode, by_number, {"Idempotency-Key": numbers[1]})[0] == 200
    audit = [line for line in rel_mode.log_path.read_text().splitlines() if '"type":"audit"' in line]
    assert sum(f'"identity":"+*******{numbers[1][-4:]}"' in line for line in audit) == 2
    # A worker that logs every event (POWERTOOLS_LOGGER_LOG_EVENT), so the numbers certainly reach the logger.
    log = tmp_path / "log-event-worker.log"
    worker = SfnWorker(rel_mode.emulator, log, {"POWERTOOLS_LOGGER_LOG_EVENT": "true"})
    try:
        for body in bodies:
            assert worker.invoke(body)["errorType"] == "InvalidRequestError"
        sender = {"PoolId": demo["pool_id"], "OriginationIdentity": demo["sender_id"], "IsoCountryCode": "GB"}
        assert "result" in worker.invoke({**sender, "IdempotencyKey": numbers[0]})
        # By number, previewed: numbers[0] is now the pool's last identity, so the preview is the real 409.
        preview = worker.invoke({**base, "OriginationIdentity": numbers[0], "DryRun": True})
        assert preview["errorType"] == "LastIdentityError" and "LAST_PHONE_NUMBER" in preview["errorMessage"]
    finally:
        worker.close()
    text = log.read_text()
    assert numbers[0][-4:] in text and '"IdempotencyKey":"+' in text  # logged, masked to the last 4 digits
    assert scan_logs([log, rel_mode.log_path], numbers) == []


def test_a_phone_number_as_a_key_is_masked_too(rel_mode: LocalMode, tmp_path: Path) -> None:
    demo = rel_mode.seed()
    number = demo["phone_numbers"][0]
    log = tmp_path / "log-event-worker.log"
    worker = SfnWorker(rel_mode.emulator, log, {"POWERTOOLS_LOGGER_LOG_EVENT": "true"})
    try:
        worker.invoke(
            {
                "PoolId": demo["pool_id"],
                "OriginationIdentity": demo["phone_number_ids"][2],
                "IsoCountryCode": "US",
                number: "x",
            }
        )
    finally:
        worker.close()
    assert scan_logs([log], [number]) == []


def test_error_bodies_never_carry_what_aws_said_about_itself(rel_mode: LocalMode) -> None:
    demo = rel_mode.seed()
    request = {"PoolId": demo["pool_id"], "OriginationIdentity": demo["phone_number_ids"][2], "IsoCountryCode": "US"}
    internals = 'Traceback (most recent call last): File "/var/task/app.py", line 9; arn:aws:iam::999988887777:root'
    rel_mode.control.set_faults(
        operations=[DISASSOCIATE],
        error_code="AccessDeniedException",
        error_count=1,
        error_members={"Reason": "ACCOUNT_DISABLED", "Message": internals},
    )
    status, _, body = post(rel_mode, request)
    assert (status, body["code"], body["reason"]) == (403, "ACCESS_DENIED", "ACCOUNT_DISABLED")
    assert body_leaks(json.dumps(body), json.dumps(request)) == []


@pytest.mark.parametrize(
    "members",
    [
        {
            "error_code": "ValidationException",
            "error_members": {
                "Reason": "OTHER",
                "Fields": [{"Name": "PoolId", "Message": "in /var/task/x.py 999988887777"}],
            },
        },
        {
            "error_code": "ResourceNotFoundException",
            "error_members": {"ResourceType": "pool", "ResourceId": "arn:aws:sms-voice:us-east-1:999988887777:pool/p"},
        },
    ],
    ids=["fields-message", "resource-id"],
)
def test_error_bodies_never_copy_aws_free_text(rel_mode: LocalMode, members: dict[str, Any]) -> None:
    demo = rel_mode.seed()
    request = {"PoolId": demo["pool_id"], "OriginationIdentity": demo["phone_number_ids"][2], "IsoCountryCode": "US"}
    rel_mode.control.set_faults(operations=[DISASSOCIATE], error_count=1, **members)
    status, _, body = post(rel_mode, request)
    assert status in (400, 404)
    assert body_leaks(json.dumps(body), json.dumps(request)) == []
