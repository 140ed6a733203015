"""The function under each answer AWS could plausibly give a ClientToken reused with different parameters.

AWS's model documents only that a token makes a request idempotent (the same token and parameters: the same
answer, applied once); what a reuse with other parameters gets is not documented, so the emulator can give each
plausible answer (``POST /_emulator/idempotency``, its README's "ClientToken"). In every case the second identity
stays in the pool and the caller is never told it was removed.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.integration.conftest import LocalMode, post

TOKEN = "caller-token-0001"


@pytest.fixture
def seeded(local_mode: LocalMode) -> Iterator[dict[str, Any]]:
    demo = local_mode.seed()
    yield demo
    local_mode.control.set_token_reuse("validation")  # the emulator's default, for the tests after this one


def _removal(demo: dict[str, Any], index: int) -> dict[str, Any]:
    phone = demo["phone_number_ids"][index]
    return {"PoolId": demo["pool_id"], "OriginationIdentity": phone, "IsoCountryCode": "US", "ClientToken": TOKEN}


@pytest.mark.parametrize("reuse", ["validation", "conflict", "replay"])
def test_the_same_token_and_parameters_is_the_same_200_applied_once(
    local_mode: LocalMode, seeded: dict[str, Any], reuse: str
) -> None:
    local_mode.control.set_token_reuse(reuse)
    first = post(local_mode, _removal(seeded, 0))
    again = post(local_mode, _removal(seeded, 0))
    assert first[0] == again[0] == 200 and first[2] == again[2]
    assert [c["status"] for c in local_mode.control.calls("DisassociateOriginationIdentity")] == [200, 200]


@pytest.mark.parametrize(
    ("reuse", "status", "code"),
    [("validation", 400, "AWS_VALIDATION_FAILED"), ("conflict", 409, "CONFLICT"), ("replay", 200, None)],
)
def test_a_token_reused_for_another_identity_never_reports_it_removed(
    local_mode: LocalMode, seeded: dict[str, Any], reuse: str, status: int, code: str | None
) -> None:
    local_mode.control.set_token_reuse(reuse)
    assert post(local_mode, _removal(seeded, 0))[0] == 200
    answer_status, headers, body = post(local_mode, _removal(seeded, 1))
    assert answer_status == status
    second = seeded["phone_number_ids"][1]
    assert second in local_mode.pool_identities(seeded["pool_id"])
    if code is None:  # the first call's answer: it names the first identity, not the one asked for
        assert body["OriginationIdentity"] == seeded["phone_number_ids"][0] != second
    else:  # not retryable: a retry with the same token would meet the same answer
        assert body["code"] == code and "Retry-After" not in headers
