"""The caller's recipes of docs/infrastructure.md ("Step Functions failures"), run as pasted: the Python one on
failed executions of the example workflow, the ASL one inside a caller's state machine, both on the engine."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any, Final

import pytest

from infra.workflow import final_errors
from tests.fixtures import VALID_REQUEST, FakeAws
from tests.stepfunctions.answers import FINAL
from tests.stepfunctions.engine import Engine
from tests.stepfunctions.lambda_service import LambdaService
from tests.synth import ROOT

DOC: Final = ROOT / "docs" / "infrastructure.md"
EXECUTION: Final = "arn:aws:states:us-east-1:123456789012:execution:caller:one"


def _recipe(kind: str) -> str:
    match = re.search(rf"<!-- recipe:{kind} [^>]*-->\n```\w+\n(.*?)\n```", DOC.read_text(), re.DOTALL)
    assert match is not None, f"docs/infrastructure.md has no {kind} recipe"
    return match.group(1)


def _problem_of() -> Callable[[str, str], dict[str, Any] | None]:
    namespace: dict[str, Any] = {}
    exec(_recipe("python"), namespace)
    return namespace["problem_of"]  # type: ignore[no-any-return]


@pytest.mark.parametrize("error_type", ["LastIdentityError", "InvalidRequestError", "InternalError"])
def test_the_python_recipe_reads_the_problem_of_a_failed_execution(
    engine: Engine, example: dict[str, Any], fake_aws: FakeAws, error_type: str
) -> None:
    data, answer = FINAL[error_type]
    answer(fake_aws)
    execution = engine.run(example, data, LambdaService(), execution_id=EXECUTION)
    assert execution.error == error_type and execution.cause is not None
    problem = _problem_of()(execution.error, execution.cause)
    assert problem is not None and problem["code"] == json.loads(json.loads(execution.cause)["errorMessage"])["code"]
    assert set(problem) >= {"code", "detail"} and "errorType" not in problem


def test_the_python_recipe_answers_none_for_a_service_or_engine_error(engine: Engine, example: dict[str, Any]) -> None:
    service = LambdaService(faults=["Lambda.ServiceException"] * 4)
    execution = engine.run(example, VALID_REQUEST, service, execution_id=EXECUTION, retry_seconds={"Disassociate": 0})
    assert execution.error == "Lambda.ServiceException" and execution.cause is not None
    problem_of = _problem_of()
    assert problem_of(execution.error, execution.cause) is None
    assert problem_of("States.Timeout", "") is None


def test_the_asl_recipe_puts_the_problem_in_the_callers_state(
    engine: Engine, example: dict[str, Any], fake_aws: FakeAws
) -> None:
    recipe = json.loads("{" + _recipe("asl") + "}")
    (last,) = [state for state in recipe.values() if state.get("Next") == "HandleProblem"]
    del last["Next"]
    last["End"] = True
    task = {
        "Type": "Task",
        "Resource": "arn:aws:states:::lambda:invoke",
        "Parameters": {
            "FunctionName": example["States"]["Disassociate"]["Parameters"]["FunctionName"],
            "Payload.$": "$",
        },
        "Catch": [{"ErrorEquals": final_errors(), "ResultPath": "$.error", "Next": "ReadEnvelope"}],
        "End": True,
    }
    caller = {"StartAt": "Offboard", "States": {"Offboard": task, **recipe}}
    FINAL["NotInPoolError"][1](fake_aws)
    execution = engine.run(caller, VALID_REQUEST, LambdaService(), execution_id=EXECUTION)
    assert execution.status == "SUCCEEDED", (execution.error, execution.cause)
    failure = execution.output["failure"]
    assert failure["errorType"] == "NotInPoolError"
    assert (
        failure["problem"]["code"] == "NOT_IN_POOL"
        and failure["problem"]["reason"] == "PHONE_NUMBER_NOT_ASSOCIATED_TO_POOL"
    )
