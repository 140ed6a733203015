"""The second independent engine: moto's Step Functions (LocalStack's engine, ported), in this process.

It runs a Lambda task the way AWS does, through a Lambda ``Invoke`` call (moto's Lambda backend), and derives the
task's ``Error`` and ``Cause`` itself from the answer: ``X-Amz-Function-Error`` and the error envelope, or the
service's error. That call is answered here by :class:`~tests.stepfunctions.lambda_service.LambdaService`
(the real handler; no Docker): the function's result or its error envelope, as the Lambda service returns them.
It is also the engine that has an S3 ``ItemReader`` and distributed Map processing (the bulk workflow's next
step). Known defect in moto 5.2.5 (getmoto/moto#10078, fix proposed in #10095): a JSONPath filter that matches
nothing raises ``States.Runtime`` where AWS yields ``[]``; :func:`_filter_fix` applies that fix while it runs.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, Final

import boto3
import pytest
from moto import mock_aws
from moto.awslambda.models import LambdaBackend
from moto.core.exceptions import JsonRESTError
from moto.stepfunctions.parser.asl.utils import json_path

from tests.stepfunctions.engine import Execution
from tests.stepfunctions.lambda_service import LambdaService

REGION: Final = "us-east-1"
FUNCTION: Final = "sms-pool-disassociate"


class _LambdaServiceError(JsonRESTError):
    code = 500  # Lambda's ServiceException is a 500


def _filter_fix(original: Callable[[str, Any], Any]) -> Callable[[str, Any], Any]:
    def extract_json(path: str, data: Any) -> Any:
        try:
            return original(path, data)
        except json_path.NoSuchJsonPathError:
            if "[?(" in path:
                return []
            raise

    return extract_json


class MotoEngine:
    """Starts executions on moto's engine with the given Lambda service behind the function."""

    def __init__(self, function_arn: str, role_arn: str) -> None:
        self.function_arn, self._role = function_arn, role_arn
        self._client = boto3.client("stepfunctions", region_name=REGION)
        self.service = LambdaService()

    def run(self, definition: dict[str, Any], data: Any, service: LambdaService, *, name: str) -> Execution:
        """One execution to its end; the function ARN placeholder of ``definition`` is this engine's function."""
        self.service = service
        text = json.dumps(definition)
        for state in _tasks(definition):
            if "FunctionName" not in state["Parameters"]:  # an AWS SDK task (cloudwatch:putMetricData): moto's own
                continue
            text = text.replace(json.dumps(state["Parameters"]["FunctionName"]), json.dumps(self.function_arn))
        machine = self._client.create_state_machine(name=f"m-{name}", definition=text, roleArn=self._role)
        started = self._client.start_execution(
            stateMachineArn=machine["stateMachineArn"], name=name, input=json.dumps(data)
        )
        deadline = time.monotonic() + 60
        while (answer := self._client.describe_execution(executionArn=started["executionArn"]))["status"] == "RUNNING":
            assert time.monotonic() < deadline, "the moto execution did not end within 60 s"
            time.sleep(0.02)
        output = json.loads(answer["output"]) if "output" in answer else None
        return Execution(answer["status"], output, answer.get("error"), answer.get("cause"))

    def invoke(self, body: Any, response_headers: dict[str, str]) -> bytes:
        """Lambda's Invoke, answered by the current service (a fault first, else the handler)."""
        fault = self.service.next_fault()
        if fault == "Lambda.ServiceException":
            raise _LambdaServiceError("ServiceException", "An internal error occurred.")
        assert fault in (None, "run"), f"{fault} is not modelled on this engine"
        ok, answer, request_id = self.service.run_function(json.loads(body) if body else {})
        response_headers["x-amzn-RequestId"] = request_id
        if not ok:
            response_headers["x-amz-function-error"] = "Unhandled"
        return json.dumps(answer).encode()


def _tasks(definition: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for state in definition["States"].values():
        if state["Type"] == "Task":
            yield state
        if state["Type"] == "Map":
            yield from _tasks(state["ItemProcessor"])


@contextmanager
def moto_engine(monkeypatch: pytest.MonkeyPatch) -> Iterator[MotoEngine]:
    """moto's Step Functions engine with executions on, its Lambda backend answered in process."""
    fixed = _filter_fix(json_path.extract_json)
    for module in [m for name, m in sys.modules.items() if name.startswith("moto.stepfunctions.parser")]:
        if getattr(module, "extract_json", None) is json_path.extract_json:  # imported by name in several modules
            monkeypatch.setattr(module, "extract_json", fixed)
    with mock_aws(config={"stepfunctions": {"execute_state_machine": True}}):
        role = boto3.client("iam", region_name=REGION).create_role(RoleName="sfn", AssumeRolePolicyDocument="{}")
        function = boto3.client("lambda", region_name=REGION).create_function(
            FunctionName=FUNCTION,
            Runtime="python3.13",
            Role=role["Role"]["Arn"],
            Handler="sms_pool.handlers.handler",
            Code={"ZipFile": b"PK\x05\x06" + b"\0" * 18},  # an empty zip: the code runs here, not in moto
        )
        engine = MotoEngine(function["FunctionArn"], role["Role"]["Arn"])

        def invoke(
            backend: LambdaBackend, name: str, qualifier: str | None, body: Any, headers: Any, response_headers: Any
        ) -> bytes:
            return engine.invoke(body, response_headers)

        monkeypatch.setattr(LambdaBackend, "invoke", invoke)
        yield engine
