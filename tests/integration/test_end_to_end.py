"""Local API -> real handler -> real boto3 -> emulator, for success and every error class of the table."""

from __future__ import annotations

from typing import Any

import pytest

from sms_pool import core
from tests.integration.conftest import LocalMode, post

DISASSOCIATE = "DisassociateOriginationIdentity"


@pytest.fixture
def demo(local_mode: LocalMode) -> dict[str, Any]:
    return local_mode.seed()


def _request(demo: dict[str, Any], index: int = 2, /, **changes: str) -> dict[str, str]:
    return {
        "PoolId": demo["pool_id"],
        "OriginationIdentity": demo["phone_number_ids"][index],
        "IsoCountryCode": "US",
        **changes,
    }


def test_success_removes_the_identity(local_mode: LocalMode, demo: dict[str, Any]) -> None:
    status, headers, body = post(local_mode, _request(demo), {"Idempotency-Key": "order-1"})
    assert status == 200 and headers["Content-Type"] == "application/json"
    assert body == {
        "PoolArn": demo["pool_arn"],
        "PoolId": demo["pool_id"],
        "OriginationIdentityArn": demo["phone_number_arns"][2],
        "OriginationIdentity": demo["phone_number_ids"][2],
        "IsoCountryCode": "US",
    }
    assert demo["phone_number_ids"][2] not in local_mode.pool_identities(demo["pool_id"])
    calls = local_mode.control.calls(DISASSOCIATE)
    assert [c["client_token"] for c in calls] == [core.derive_client_token("order-1", _request(demo))]


def test_arns_are_accepted(local_mode: LocalMode, demo: dict[str, Any]) -> None:
    body = {"PoolId": demo["pool_arn"], "OriginationIdentity": demo["sender_id_arn"], "IsoCountryCode": "GB"}
    status, _, answer = post(local_mode, body)
    assert status == 200 and answer["OriginationIdentity"] == demo["sender_id"]
    assert demo["sender_id"] not in local_mode.pool_identities(demo["pool_id"])


def test_retry_with_same_key_is_applied_once(local_mode: LocalMode, demo: dict[str, Any]) -> None:
    first = post(local_mode, _request(demo), {"Idempotency-Key": "retry-me"})
    second = post(local_mode, _request(demo), {"Idempotency-Key": "retry-me"})
    assert first[0] == second[0] == 200 and first[2] == second[2]
    assert len(local_mode.pool_identities(demo["pool_id"])) == 3


def test_invalid_input_never_reaches_aws(local_mode: LocalMode, demo: dict[str, Any]) -> None:
    # The function answers, as deployed (no request validator): the field and what is wrong with it. (An E.164
    # number is a valid identity: it is resolved within the pool; "(206) 555-0100" is not one.)
    status, headers, body = post(local_mode, _request(demo, OriginationIdentity="(206) 555-0100"))
    assert status == 400 and headers["Content-Type"] == "application/problem+json"
    assert body["code"] == "INVALID_REQUEST" and body["detail"].startswith("OriginationIdentity: ")
    assert [error["field"] for error in body["errors"]] == ["OriginationIdentity"] and "gatewayError" not in body
    assert local_mode.control.calls() == []


@pytest.mark.parametrize(
    ("faults", "status", "code", "members"),
    [
        (
            {"error_code": "AccessDeniedException", "error_members": {"Reason": "ACCOUNT_DISABLED"}, "error_count": 1},
            403,
            "ACCESS_DENIED",
            {"reason": "ACCOUNT_DISABLED"},
        ),
        ({"throttle_count": 3}, 429, "THROTTLED", {}),
        ({"internal_error_count": 3}, 502, "UPSTREAM_INTERNAL_ERROR", {}),
        (
            {"error_code": "ServiceQuotaExceededException", "error_count": 1},
            502,
            "UPSTREAM_ERROR",
            {"awsErrorCode": "ServiceQuotaExceededException"},
        ),
        ({"malformed_count": 1}, 502, "UPSTREAM_ERROR", {}),
        ({"drop_count": 3}, 503, "UPSTREAM_UNAVAILABLE", {}),
        ({"latency_ms": 1500, "latency_count": 3}, 504, "UPSTREAM_TIMEOUT", {}),
    ],
)
def test_upstream_failures(
    local_mode: LocalMode, demo: dict[str, Any], faults: dict[str, Any], status: int, code: str, members: dict[str, Any]
) -> None:
    local_mode.control.set_faults(operations=[DISASSOCIATE], **faults)
    got_status, headers, body = post(local_mode, _request(demo))
    assert got_status == status and body["code"] == code
    assert {k: body[k] for k in members} == members
    assert headers["Content-Type"] == "application/problem+json"
    assert ("Retry-After" in headers) == (status in (429, 503))
    local_mode.control.clear_faults()
    assert post(local_mode, _request(demo, 1))[0] == 200  # the next normal call succeeds


@pytest.mark.parametrize(
    ("change", "status", "code", "members"),
    [
        (
            {"OriginationIdentity": "phone-00000000000000000000000000000000"},
            404,
            "RESOURCE_NOT_FOUND",
            {"resourceType": "phone-number", "resourceId": "phone-00000000000000000000000000000000"},
        ),
        ({"PoolId": "pool-00000000000000000000000000000000"}, 404, "RESOURCE_NOT_FOUND", {"resourceType": "pool"}),
        ({"IsoCountryCode": "GB"}, 400, "AWS_VALIDATION_FAILED", {"reason": "COUNTRY_CODE_MISMATCH"}),
    ],
)
def test_aws_rejections(
    local_mode: LocalMode, demo: dict[str, Any], change: dict[str, str], status: int, code: str, members: dict[str, Any]
) -> None:
    got_status, _, body = post(local_mode, _request(demo, **change))
    assert got_status == status and body["code"] == code
    assert {k: body[k] for k in members} == members
    assert len(local_mode.pool_identities(demo["pool_id"])) == 4


def test_last_identity_conflict(local_mode: LocalMode, demo: dict[str, Any]) -> None:
    for index in (0, 1):
        assert post(local_mode, _request(demo, index))[0] == 200
    sender = {"PoolId": demo["pool_id"], "OriginationIdentity": demo["sender_id"], "IsoCountryCode": "GB"}
    assert post(local_mode, sender)[0] == 200
    status, _, body = post(local_mode, _request(demo))
    assert status == 409 and body["code"] == "LAST_IDENTITY_IN_POOL" and body["reason"] == "LAST_PHONE_NUMBER"
    assert local_mode.pool_identities(demo["pool_id"]) == {demo["phone_number_ids"][2]}


def test_routing_errors(local_mode: LocalMode, demo: dict[str, Any]) -> None:
    # With AWS_IAM, API Gateway answers an unknown method or path 403 Missing Authentication Token.
    for method, path in (("GET", "/disassociate-origination-identity"), ("POST", "/nowhere")):
        status, _, body = post(local_mode, {} if method == "POST" else None, method=method, path=path)
        assert status == 403 and body["code"] == "MISSING_AUTHENTICATION"
        assert body["detail"] == "Missing Authentication Token"
    status, _, body = post(local_mode, _request(demo), {"Content-Type": "text/plain"})
    assert status == 415 and body["code"] == "UNSUPPORTED_MEDIA_TYPE"
    assert local_mode.control.calls() == []


def test_already_not_in_the_pool_is_told_apart_from_no_such_identity(
    local_mode: LocalMode, demo: dict[str, Any]
) -> None:
    # The emulator answers as the model suggests (ConflictException PHONE_NUMBER_NOT_ASSOCIATED_TO_POOL); the
    # function answers its own code, so a caller tells "already not in this pool" (409) from "no such identity" (404).
    assert post(local_mode, _request(demo))[0] == 200
    status, _, body = post(local_mode, _request(demo))
    assert status == 409 and body["code"] == "NOT_IN_POOL"
    assert body["reason"] == "PHONE_NUMBER_NOT_ASSOCIATED_TO_POOL" and body["resourceType"] == "phone-number"
    status, _, body = post(local_mode, _request(demo, OriginationIdentity="phone-00000000000000000000000000000000"))
    assert status == 404 and body["code"] == "RESOURCE_NOT_FOUND"
