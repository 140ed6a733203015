"""The synthesized bulk workflow, run end to end: its definition interpreted (tests/reliability/asl.py), each
Task a real direct invoke of the handler (tests/reliability/sfn_worker.py) against the emulator."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bench.scale_setup import Worker
from infra.bulk_workflow import OUTCOMES
from infra.rate import map_pacing
from local.emulator import EmulatorControl, EmulatorServer
from local.load import emulator_client
from tests.infra.support import render
from tests.reliability import asl
from tests.synth import Synth


@pytest.fixture
def emulator(tmp_path: Path) -> Iterator[EmulatorServer]:
    with EmulatorServer(tmp_path / "bulk.sqlite3", port=0) as server:
        yield server


@pytest.fixture
def worker(emulator: EmulatorServer, tmp_path: Path) -> Iterator[Worker]:
    running = Worker(emulator.url, tmp_path / "worker.log")
    yield running
    running.close()


def _definition(synth: Synth) -> dict[str, Any]:
    (machine,) = [
        r for k, r in synth.resources("AWS::StepFunctions::StateMachine").items() if k.startswith("BulkWorkflow")
    ]
    return json.loads(render(machine["Properties"]["DefinitionString"]))  # type: ignore[no-any-return]


def _pool(emulator: EmulatorServer, size: int) -> tuple[str, list[str]]:
    client = emulator_client(emulator.url)
    ids = [
        client.request_phone_number(
            IsoCountryCode="US", MessageType="TRANSACTIONAL", NumberCapabilities=["SMS"], NumberType="SIMULATOR"
        )["PhoneNumberId"]
        for _ in range(size)
    ]
    pool = client.create_pool(OriginationIdentity=ids[0], IsoCountryCode="US", MessageType="TRANSACTIONAL")["PoolId"]
    for identity in ids[1:]:
        client.associate_origination_identity(PoolId=pool, OriginationIdentity=identity, IsoCountryCode="US")
    return str(pool), ids


def test_each_outcome_is_reported_and_a_redrive_applies_nothing_twice(
    synth: Synth, emulator: EmulatorServer, worker: Worker
) -> None:
    pool, (first, second, last) = _pool(emulator, 3)
    unknown, invalid = "phone-" + "0" * 32, "not an id!"
    request = {"PoolId": pool, "IsoCountryCode": "US", "Identities": [first, second, unknown, invalid, last]}
    execution = "arn:aws:states:us-east-1:123456789012:execution:bulk:offboard-1"
    definition = _definition(synth)

    output, run = asl.start(definition, request, worker, execution)

    assert [(r["OriginationIdentity"], r["Outcome"]) for r in output["Results"]] == [
        (first, "removed"),
        (second, "removed"),
        (unknown, "failed"),  # no such identity is not "not in the pool": a caller's list may hold a typo
        (invalid, "failed"),
        (last, "last_identity_refused"),
    ]
    assert output["Results"][2]["Code"] == "ResourceNotFoundError"
    assert output["Results"][3]["Code"] == "InvalidRequestError"
    assert output["Results"][4]["Code"] == "LastIdentityError"
    assert output["Summary"] == {
        "removed": 2,
        "not_in_pool": 0,
        "last_identity_refused": 1,
        "failed": 2,
    }
    assert set(output["Summary"]) == set(OUTCOMES) and output["Total"] == 5 and output["PoolId"] == pool
    assert run.invocations == 1 + 5 and run.retries == 0  # the resolution step, then one per item
    control = EmulatorControl(emulator.url)
    applied = [c for c in control.calls("DisassociateOriginationIdentity") if c["status"] == 200]
    assert len(applied) == 2

    # A redrive of the same execution: the same per-item keys, so AWS answers the two removals from its
    # idempotency record; they are reported removed again and nothing is applied a second time.
    again, _ = asl.start(definition, request, worker, execution)
    assert again["Results"] == output["Results"]
    applied_after = [c for c in control.calls("DisassociateOriginationIdentity") if c["status"] == 200]
    assert len({c["client_token"] for c in applied_after}) == 2
    assert len(emulator.store.calls("DisassociateOriginationIdentity")) == 2 * 4  # invalid never reaches AWS

    # Another execution is another key: the removed numbers are now simply not in the pool.
    other, _ = asl.start(definition, request, worker, execution.replace("offboard-1", "offboard-2"))
    assert [r["Outcome"] for r in other["Results"][:2]] == ["not_in_pool", "not_in_pool"]
    assert [r["Code"] for r in other["Results"][:2]] == ["NotInPoolError", "NotInPoolError"]


def test_throttling_is_retried_then_reported_failed(synth: Synth, emulator: EmulatorServer, worker: Worker) -> None:
    pool, (keep, gone) = _pool(emulator, 2)
    EmulatorControl(emulator.url).set_faults(throttle_count=1000)  # every call throttled
    request = {"PoolId": pool, "IsoCountryCode": "US", "Identities": [gone]}
    output, run = asl.start(_definition(synth), request, worker, "arn:aws:states:::execution:bulk:throttled")
    assert output["Results"] == [{"OriginationIdentity": gone, "Outcome": "failed", "Code": "ThrottledError"}]
    task = _definition(synth)["States"]["RemoveEach"]["ItemProcessor"]["States"]["Disassociate"]
    (throttle_retry,) = [r for r in task["Retry"] if "ThrottledError" in r["ErrorEquals"]]
    assert run.retries == throttle_retry["MaxAttempts"]
    assert keep  # the pool's other number is untouched by the failure


def test_more_than_the_limit_fails_before_any_call(synth: Synth, worker: Worker) -> None:
    from infra.bulk_workflow import MAX_ITEMS, TOO_LARGE_ERROR

    request = {"PoolId": "pool-x", "IsoCountryCode": "US", "Identities": ["phone-1"] * (MAX_ITEMS + 1)}
    with pytest.raises(asl.StatesError) as failed:
        asl.start(_definition(synth), request, worker, "arn:aws:states:::execution:bulk:big")
    assert failed.value.error == TOO_LARGE_ERROR


def test_paced_run_stays_within_the_quota(synth: Synth, emulator: EmulatorServer, worker: Worker) -> None:
    pool, ids = _pool(emulator, 4)
    control = EmulatorControl(emulator.url)
    control.clear_calls()
    control.set_quotas(True)  # AWS's 1 call/s for DisassociateOriginationIdentity
    request = {"PoolId": pool, "IsoCountryCode": "US", "Identities": ids[1:]}
    started = time.monotonic()
    output, run = asl.start(_definition(synth), request, worker, "arn:aws:states:::execution:bulk:paced", time.sleep)
    elapsed = time.monotonic() - started
    assert output["Summary"]["removed"] == 3 and run.retries == 0
    calls = control.calls("DisassociateOriginationIdentity")
    assert [c["error_code"] for c in calls] == [None, None, None]  # the pacing wait kept AWS from throttling
    assert elapsed >= 3 * map_pacing(1).wait_seconds
