"""Differential: the same synthesized workflows on the second independent engine (moto's, LocalStack's port),
which turns a Lambda ``Invoke`` answer into ``Error``/``Cause`` itself, against aws-local-stepfunctions."""

from __future__ import annotations

import copy
import json
import sys
from collections.abc import Iterator
from typing import Any, Final

import pytest

from local.bulk import allow_long_maps
from tests.fixtures import SFN_OK_RESULT, VALID_REQUEST, FakeAws
from tests.stepfunctions.answers import FINAL, TIMEOUT_SECONDS
from tests.stepfunctions.bulk_cases import EVERY_OUTCOME_SUMMARY, every_outcome, make_numbers, make_pool, outcomes
from tests.stepfunctions.engine import Engine, Execution
from tests.stepfunctions.lambda_service import LambdaService
from tests.stepfunctions.moto_engine import MotoEngine, moto_engine

EXECUTION: Final = "arn:aws:states:us-east-1:123456789012:execution:example:diff"


@pytest.fixture
def moto(monkeypatch: pytest.MonkeyPatch) -> Iterator[MotoEngine]:
    with moto_engine(monkeypatch) as engine:
        yield engine


def _comparable(execution: Execution) -> tuple[Any, ...]:
    """What both engines must agree on: the request id and stack trace are the run's own."""
    cause: Any = execution.cause
    if execution.error is not None and cause is not None and cause.startswith("{"):
        envelope = json.loads(cause)
        cause = (list(envelope), envelope["errorType"], json.loads(envelope["errorMessage"]))
    return (execution.status, execution.output, execution.error, cause)


@pytest.mark.parametrize("case", ["success", *sorted(FINAL)])
@pytest.mark.usefixtures("one_allowed_pool")
def test_the_example_workflow_ends_alike_on_both_engines(
    engine: Engine, moto: MotoEngine, example: dict[str, Any], fake_aws: FakeAws, case: str
) -> None:
    data, answer = (VALID_REQUEST, FakeAws.ok) if case == "success" else FINAL[case]
    answer(fake_aws)
    answer(fake_aws)  # once for each engine
    timeout = TIMEOUT_SECONDS.get(case, LambdaService.timeout_seconds)
    local = engine.run(example, data, LambdaService(timeout_seconds=timeout), execution_id=EXECUTION)
    other = moto.run(example, data, LambdaService(timeout_seconds=timeout), name="diff")
    assert _comparable(other) == _comparable(local)
    assert other.status == ("SUCCEEDED" if case == "success" else "FAILED")
    if case != "success":
        assert list(json.loads(other.cause or "")) == ["errorMessage", "errorType", "requestId", "stackTrace"]


def test_a_lambda_service_exception_is_retried_on_moto_too(
    moto: MotoEngine, example: dict[str, Any], fake_aws: FakeAws
) -> None:
    fake_aws.ok()
    service = LambdaService(faults=["Lambda.ServiceException"])
    execution = moto.run(example, VALID_REQUEST, service, name="service")
    assert (execution.status, execution.output) == ("SUCCEEDED", SFN_OK_RESULT)
    assert service.attempts == 2 and len(service.payloads) == 1


def test_the_bulk_workflow_reports_every_outcome_on_moto(moto: MotoEngine, bulk: dict[str, Any], emulator: Any) -> None:
    case = every_outcome(emulator)
    unpaced = copy.deepcopy(bulk)
    unpaced["States"]["RemoveEach"]["ItemProcessor"]["States"]["Pace"]["Seconds"] = 0  # moto sleeps for real
    execution = moto.run(unpaced, case.request, LambdaService(), name="bulk")
    assert execution.status == "SUCCEEDED", (execution.error, execution.cause)
    assert outcomes(execution, case.request) == case.expected
    assert execution.output["Summary"] == EVERY_OUTCOME_SUMMARY


def test_a_list_without_every_outcome_counts_zeros_on_moto(
    moto: MotoEngine, bulk: dict[str, Any], emulator: Any
) -> None:
    # Needs the filter fix (getmoto/moto#10078): no item of three outcomes, three filters that match nothing.
    (keep, _), (gone, _) = make_numbers(emulator, 2)
    request = {"PoolId": make_pool(emulator, [keep, gone]), "IsoCountryCode": "US", "Identities": [gone]}
    execution = moto.run(bulk, request, LambdaService(), name="zeros")
    assert execution.status == "SUCCEEDED", (execution.error, execution.cause)
    assert execution.output["Summary"] == {"removed": 1, "not_in_pool": 0, "last_identity_refused": 0, "failed": 0}


def test_one_map_worker_runs_more_items_than_the_recursion_limit(
    moto: MotoEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    # At 1 request/s the Distributed Map has one worker; moto's worker recurses once per item, so without
    # local.bulk's iterative worker it stops after ~950 items and the execution stays RUNNING.
    processor = {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"}, "StartAt": "P"}
    definition = {
        "StartAt": "M",
        "States": {
            "M": {
                "Type": "Map",
                "ItemsPath": "$.items",
                "MaxConcurrency": 1,
                "ItemProcessor": {**processor, "States": {"P": {"Type": "Pass", "End": True}}},
                "ResultSelector": {"n.$": "States.ArrayLength($)"},
                "End": True,
            }
        },
    }
    assert sys.getrecursionlimit() < 1500
    allow_long_maps(monkeypatch.setattr)
    execution = moto.run(definition, {"items": list(range(1500))}, LambdaService(), name="long")
    assert (execution.status, execution.output) == ("SUCCEEDED", {"n": 1500})
