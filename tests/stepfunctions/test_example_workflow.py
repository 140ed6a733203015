"""The single-item example workflow (infra/workflow.py), synthesized, run on the independent engine with the real
handler behind its Lambda task (AWS answered by ``fake_aws``)."""

from __future__ import annotations

import copy
import json
from typing import Any, Final

import pytest

from infra.workflow import LAMBDA_SERVICE_ERRORS, final_errors, retryable_errors
from sms_pool import errors
from tests.fixtures import SFN_OK_RESULT, VALID_REQUEST, FakeAws
from tests.stepfunctions.answers import FINAL, RETRYABLE, TIMEOUT_SECONDS, queue
from tests.stepfunctions.engine import Engine, Execution
from tests.stepfunctions.lambda_service import SERVICE_FAULTS, LambdaService

EXECUTION: Final = "arn:aws:states:us-east-1:123456789012:execution:example:offboard-1"
TASK: Final = "Disassociate"
NO_DELAY: Final = {TASK: 0.0}  # Retry intervals skipped (jitter and backoff are the engine's, not under test)
# Deployed with allowedPools: the requests' pool is the one allowed (answers.FINAL's PoolNotAllowedError is another).
pytestmark = pytest.mark.usefixtures("one_allowed_pool")


def _run(engine: Engine, example: dict[str, Any], data: Any, service: LambdaService) -> Execution:
    return engine.run(example, data, service, execution_id=EXECUTION, retry_seconds=NO_DELAY)


def _envelope(execution: Execution) -> dict[str, Any]:
    assert execution.cause is not None
    envelope: dict[str, Any] = json.loads(execution.cause)
    return envelope


def _retry(example: dict[str, Any], name: str) -> dict[str, Any]:
    retriers: list[dict[str, Any]] = [r for r in example["States"][TASK]["Retry"] if name in r["ErrorEquals"]]
    (retrier,) = retriers
    return retrier


def test_success_returns_the_function_result(engine: Engine, example: dict[str, Any], fake_aws: FakeAws) -> None:
    fake_aws.ok()
    service = LambdaService()
    execution = _run(engine, example, VALID_REQUEST, service)
    assert execution.status == "SUCCEEDED"
    # OutputPath $.Payload on a non-End state: the function's result only, masked as the logs are.
    assert execution.output == SFN_OK_RESULT
    assert service.payloads == [{**VALID_REQUEST, "IdempotencyKey": EXECUTION}]  # States.JsonMerge
    (call,) = fake_aws.calls
    assert len(call["ClientToken"]) <= 64 and call["PoolId"] == VALID_REQUEST["PoolId"]
    assert service.function_names == {example["States"][TASK]["Parameters"]["FunctionName"]}


def test_every_final_error_has_a_case() -> None:
    assert set(FINAL) == set(final_errors())
    assert set(RETRYABLE) == set(retryable_errors())


@pytest.mark.parametrize("error_type", sorted(FINAL))
def test_each_rejection_reaches_rejected_with_the_envelope_as_cause(
    engine: Engine, example: dict[str, Any], fake_aws: FakeAws, error_type: str
) -> None:
    data, answer = FINAL[error_type]
    answer(fake_aws)
    service = LambdaService(timeout_seconds=TIMEOUT_SECONDS.get(error_type, LambdaService.timeout_seconds))
    execution = _run(engine, example, data, service)
    assert (execution.status, execution.error) == ("FAILED", error_type)
    assert execution.count("StateCaught", TASK) == 1 and execution.count("StateEntered", "Rejected") == 1
    assert service.attempts == 1 and execution.count("StateRetried") == 0  # final: never retried
    envelope = _envelope(execution)
    assert list(envelope) == ["errorMessage", "errorType", "requestId", "stackTrace"]
    assert envelope["errorType"] == error_type and envelope["stackTrace"]
    problem = json.loads(envelope["errorMessage"])
    assert problem["code"] == errors.ERROR_CLASSES[error_type].row.code and isinstance(problem["detail"], str)
    assert "internal detail" not in execution.cause  # type: ignore[operator]


@pytest.mark.parametrize("error_type", sorted(RETRYABLE))
def test_each_retryable_error_is_retried_per_the_retry_block_then_fails_the_execution(
    engine: Engine, example: dict[str, Any], fake_aws: FakeAws, error_type: str
) -> None:
    queue(fake_aws, RETRYABLE[error_type], times=200)
    service = LambdaService()
    execution = _run(engine, example, VALID_REQUEST, service)
    max_attempts = _retry(example, error_type)["MaxAttempts"]
    assert service.attempts == 1 + max_attempts and execution.count("StateRetried", TASK) == max_attempts
    # Not in the Catch (retries exhausted is not a rejection): the execution fails from the task, not Rejected.
    assert (execution.status, execution.error) == ("FAILED", error_type)
    assert execution.count("StateEntered", "Rejected") == 0
    assert json.loads(_envelope(execution)["errorMessage"])["code"] == errors.ERROR_CLASSES[error_type].row.code
    # Every attempt of this execution sends AWS the same ClientToken.
    assert len({call["ClientToken"] for call in fake_aws.calls}) == 1


def test_a_retried_error_then_success_succeeds_with_one_client_token(
    engine: Engine, example: dict[str, Any], fake_aws: FakeAws
) -> None:
    queue(fake_aws, RETRYABLE["ThrottledError"], times=3)  # one attempt's worth of botocore calls
    fake_aws.ok()
    service = LambdaService()
    execution = _run(engine, example, VALID_REQUEST, service)
    assert (execution.status, execution.output) == ("SUCCEEDED", SFN_OK_RESULT)
    assert service.attempts == 2 and execution.count("StateRetried", TASK) == 1
    assert len({call["ClientToken"] for call in fake_aws.calls}) == 1


def test_a_function_outliving_the_task_timeout_fails_with_states_timeout(
    engine: Engine, example: dict[str, Any], settings_timeout: int
) -> None:
    task = example["States"][TASK]
    assert task["TimeoutSeconds"] == settings_timeout + 5  # as synthesized: the function's timeout + 5 s
    short = copy.deepcopy(example)
    short["States"][TASK]["TimeoutSeconds"] = 1  # the only change: 1 s instead of 35 s to keep the test short
    service = LambdaService(faults=["hang"])
    execution = engine.run(short, VALID_REQUEST, service, execution_id=EXECUTION)
    # States.Timeout is neither retried (no Retry names it) nor a rejection (the Catch lists the function's names).
    assert (execution.status, execution.error) == ("FAILED", "States.Timeout")
    assert service.attempts == 1 and execution.count("StateEntered", "Rejected") == 0


@pytest.mark.parametrize("fault", sorted(SERVICE_FAULTS))
def test_a_transient_lambda_service_error_is_retried(
    engine: Engine, example: dict[str, Any], fake_aws: FakeAws, fault: Any
) -> None:
    assert fault in LAMBDA_SERVICE_ERRORS
    fake_aws.ok()
    service = LambdaService(faults=[fault])
    execution = _run(engine, example, VALID_REQUEST, service)
    assert (execution.status, execution.output) == ("SUCCEEDED", SFN_OK_RESULT)
    assert service.attempts == 2 and len(service.payloads) == 1  # the failed attempt never reached the function


@pytest.mark.parametrize("fault", sorted(SERVICE_FAULTS))
def test_a_lasting_lambda_service_error_fails_the_execution_with_its_name(
    engine: Engine, example: dict[str, Any], fault: Any
) -> None:
    max_attempts = _retry(example, fault)["MaxAttempts"]
    service = LambdaService(faults=[fault] * (1 + max_attempts))
    execution = _run(engine, example, VALID_REQUEST, service)
    assert (execution.status, execution.error, execution.cause) == ("FAILED", fault, SERVICE_FAULTS[fault])
    assert service.attempts == 1 + max_attempts and service.payloads == []
    assert execution.count("StateEntered", "Rejected") == 0
