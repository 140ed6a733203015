"""The engine's two defects on our definitions, fixed by tests/stepfunctions/patches/, and the AWS rules the
workflows rely on that an engine could get wrong. The first two fail on the unpatched aws-local-stepfunctions 3.0.0."""

from __future__ import annotations

import hashlib
from typing import Any, Final

import pytest

from tests.stepfunctions.engine import Answer, Engine

EXECUTION: Final = "arn:aws:states:us-east-1:123456789012:execution:fixes:one"
ITEMS: Final = [{"Outcome": "removed"}, {"Outcome": "failed"}, {"Outcome": "removed"}]


def _no_lambda(state: str, parameters: Any) -> Answer:
    raise AssertionError("no Lambda task runs here")


def _pass(parameters: dict[str, Any]) -> dict[str, Any]:
    return {"StartAt": "P", "States": {"P": {"Type": "Pass", "Parameters": parameters, "End": True}}}


def test_a_filter_matching_nothing_selects_an_empty_list(engine: Engine) -> None:
    # Step Functions: a filter selects the list of matches, [] when none. Unpatched: States.Runtime ("does not
    # point to a value"), which failed every bulk execution with no item of some outcome.
    fields = {f"{o}.$": f"$.items[?(@.Outcome == '{o}')].Outcome" for o in ("removed", "failed", "not_in_pool")}
    execution = engine.run(_pass(fields), {"items": ITEMS}, _no_lambda, execution_id=EXECUTION)
    assert execution.status == "SUCCEEDED", execution.error
    assert execution.output == {"removed": ["removed", "removed"], "failed": ["failed"], "not_in_pool": []}


@pytest.mark.parametrize("size", [0, 1, 55, 56, 63, 64, 65, 119, 120, 200])
def test_states_hash_is_sha256_of_the_utf8_bytes(engine: Engine, size: int) -> None:
    # Unpatched, SHA-256 was wrong from 56 bytes (the execution-id|item keys of the bulk workflow are longer).
    text = ("é" if size % 2 else "a") * size
    fields = {"sha256.$": "States.Hash($.text, 'SHA-256')", "md5.$": "States.Hash($.text, 'MD5')"}
    execution = engine.run(_pass(fields), {"text": text}, _no_lambda, execution_id=EXECUTION)
    assert execution.output == {
        "sha256": hashlib.sha256(text.encode()).hexdigest(),
        "md5": hashlib.md5(text.encode(), usedforsecurity=False).hexdigest(),
    }


def test_states_all_never_catches_states_runtime(engine: Engine) -> None:
    # "States.ALL ... can't catch the States.DataLimitExceeded terminal error type and runtime error types"
    # (Step Functions developer guide, "Handling errors in Step Functions workflows", Error names).
    definition = {
        "StartAt": "T",
        "States": {
            "T": {
                "Type": "Task",
                "Resource": "arn:aws:states:::lambda:invoke",
                "Parameters": {"FunctionName": "f", "Payload.$": "$.missing"},
                "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Caught"}],
                "End": True,
            },
            "Caught": {"Type": "Succeed"},
        },
    }
    execution = engine.run(definition, {}, _no_lambda, execution_id=EXECUTION)
    assert (execution.status, execution.error) == ("FAILED", "States.Runtime")
    assert execution.count("StateCaught") == 0
