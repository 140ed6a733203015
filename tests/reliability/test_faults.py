"""Emulator fault injection, one row per fault, over HTTP and the Step Functions path.

Each row asserts the HTTP status (and Retry-After), the Step Functions errorType, the recorded calls and their
ClientTokens, that a caller's retry with the same key succeeds where the change was applied before the failure,
that the next normal call succeeds, and the emulator's state afterwards.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from sms_pool import core
from sms_pool.observability import masked
from tests.integration.conftest import LocalMode, post
from tests.reliability.logscan import body_leaks
from tests.reliability.plugin import SfnWorker

DISASSOCIATE = "DisassociateOriginationIdentity"
FIGURES: list[dict[str, Any]] = []


@dataclass(frozen=True)
class Fault:
    """One row: the emulator's fault settings and what each caller must see."""

    name: str
    settings: dict[str, Any]
    status: int
    error_type: str | None  # None: the call succeeds
    attempts: int  # calls the emulator records for one request
    applied: bool  # the change was applied although the caller saw a failure (or success)
    retry_after: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


ROWS = [
    Fault("throttle-burst-2", {"throttle_count": 2}, 200, None, 3, True),
    Fault("throttle-burst-3", {"throttle_count": 3}, 429, "ThrottledError", 3, False, "1"),
    Fault("internal-error-1", {"internal_error_count": 1}, 200, None, 2, True),
    Fault("internal-error-3", {"internal_error_count": 3}, 502, "UpstreamInternalError", 3, False),
    Fault("latency-past-read-timeout", {"latency_ms": 1500, "latency_count": 3}, 504, "UpstreamTimeoutError", 3, True),
    Fault(
        "drop-after-apply", {"drop_count": 3, "drop_after_apply": True}, 503, "UpstreamUnavailableError", 3, True, "2"
    ),
    Fault("malformed-after-apply", {"malformed_count": 1}, 502, "UpstreamError", 1, True),
]


def _request(demo: dict[str, Any], index: int) -> dict[str, str]:
    return {"PoolId": demo["pool_id"], "OriginationIdentity": demo["phone_number_ids"][index], "IsoCountryCode": "US"}


def _success(demo: dict[str, Any], index: int) -> dict[str, str]:
    return {
        "PoolArn": demo["pool_arn"],
        "PoolId": demo["pool_id"],
        "OriginationIdentityArn": demo["phone_number_arns"][index],
        "OriginationIdentity": demo["phone_number_ids"][index],
        "IsoCountryCode": "US",
    }


def _calls_for(mode: LocalMode, token: str) -> list[dict[str, Any]]:
    return [call for call in mode.control.calls(DISASSOCIATE) if call["client_token"] == token]


@pytest.mark.parametrize("row", ROWS, ids=[row.name for row in ROWS])
def test_fault(rel_mode: LocalMode, sfn: SfnWorker, row: Fault) -> None:
    demo = rel_mode.seed()
    http_request, sfn_request = _request(demo, 2), _request(demo, 1)
    http_token = core.derive_client_token(f"http-{row.name}", http_request)
    sfn_token = core.derive_client_token(f"sfn-{row.name}", sfn_request)

    rel_mode.control.set_faults(operations=[DISASSOCIATE], **row.settings)
    started = time.perf_counter()
    status, headers, body = post(rel_mode, http_request, {"Idempotency-Key": f"http-{row.name}"})
    http_seconds = time.perf_counter() - started
    assert status == row.status, body
    assert headers.get("Retry-After") == row.retry_after
    if row.error_type is None:
        assert body == _success(demo, 2)
    else:
        assert body["code"] and headers["Content-Type"] == "application/problem+json"
        assert body_leaks(json.dumps(body), json.dumps(http_request)) == []

    rel_mode.control.set_faults(operations=[DISASSOCIATE], **row.settings)
    started = time.perf_counter()
    answer = sfn.invoke({**sfn_request, "IdempotencyKey": f"sfn-{row.name}"})
    sfn_seconds = time.perf_counter() - started
    if row.error_type is None:
        assert answer == {"result": masked(_success(demo, 1))}  # as Step Functions gets it: masked as logs are
    else:
        assert answer.get("errorType") == row.error_type, answer
        assert json.loads(answer["errorMessage"])["code"] == body["code"]
    rel_mode.control.clear_faults()

    # Every attempt of one request reached the emulator with the same ClientToken.
    http_calls, sfn_calls = _calls_for(rel_mode, http_token), _calls_for(rel_mode, sfn_token)
    assert len(http_calls) == len(sfn_calls) == row.attempts
    assert len(rel_mode.control.calls(DISASSOCIATE)) == 2 * row.attempts

    removed = {demo["phone_number_ids"][2], demo["phone_number_ids"][1]}
    in_pool = rel_mode.pool_identities(demo["pool_id"])
    assert (removed & in_pool) == (set() if row.applied else removed)
    if row.applied and row.error_type is not None:
        # The caller retries with the same key: same token, the first answer again, nothing applied twice.
        status, _, again = post(rel_mode, http_request, {"Idempotency-Key": f"http-{row.name}"})
        assert (status, again) == (200, _success(demo, 2))
        assert sfn.invoke({**sfn_request, "IdempotencyKey": f"sfn-{row.name}"}) == {"result": masked(_success(demo, 1))}
        assert len(_calls_for(rel_mode, http_token)) == len(_calls_for(rel_mode, sfn_token)) == row.attempts + 1
        assert rel_mode.pool_identities(demo["pool_id"]) == in_pool

    # The next normal call succeeds, and the pool holds exactly what the outcomes imply.
    sender = {"PoolId": demo["pool_id"], "OriginationIdentity": demo["sender_id"], "IsoCountryCode": "GB"}
    assert post(rel_mode, sender)[0] == 200
    expected = {demo["phone_number_ids"][0]} | (set() if row.applied else removed)
    assert rel_mode.pool_identities(demo["pool_id"]) == expected
    FIGURES.append(
        {
            "fault": row.name,
            "http_status": status if row.error_type is None else row.status,
            "sfn": row.error_type or "result",
            "attempts": row.attempts,
            "http_seconds": round(http_seconds, 2),
            "sfn_seconds": round(sfn_seconds, 2),
        }
    )


@pytest.fixture(scope="module", autouse=True)
def _write_fault_figures(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """After the table ran: this run's timings, for docs/reliability.md."""
    yield
    path: Path = tmp_path_factory.getbasetemp() / "fault-figures.json"
    path.write_text(json.dumps(FIGURES, indent=1))
