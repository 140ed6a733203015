"""The Lambda side of ``arn:aws:states:::lambda:invoke`` for the engine: the real handler, run in this process.

What a task attempt hands Step Functions, as AWS does it:

- The function returns: the integration's result ``{"ExecutedVersion", "Payload", "SdkHttpMetadata",
  "SdkResponseMetadata", "StatusCode"}``, the function's result in ``Payload`` (Step Functions developer guide,
  "Invoke an AWS Lambda function with Step Functions": the optimized integration's response).
- The function raises: ``Error`` is the envelope's ``errorType`` and ``Cause`` the JSON text of Lambda's whole
  error envelope ``{"errorMessage", "errorType", "requestId", "stackTrace"}`` (the Python runtime builds it in
  awslambdaric's ``bootstrap.build_fault_result``/``make_error``: ``str(exc)``, the class name, the request id and
  ``traceback.format_list``). Our ``errorMessage`` is the problem JSON, so the problem is JSON inside JSON. The
  envelope is written compactly (``","``/``":"``), as LocalStack's engine (moto's ``stepfunctions/parser``,
  ``lambda_eval_utils``, snapshot-tested against AWS) writes it.
- The Lambda service itself fails (:data:`SERVICE_FAULTS`): ``Error`` is ``Lambda.`` + the exception name, as the
  Step Functions "Handle Lambda service exceptions" best practice lists them, and ``Cause`` the service's message
  with the SDK's details in parentheses (the same engine's ``state_task_service_lambda``): free text, not JSON.
  The function does not run.
- The function outlives the task's ``TimeoutSeconds``: no answer; the engine fails the task with
  ``States.Timeout``.
"""

from __future__ import annotations

import json
import traceback
import uuid
from dataclasses import dataclass, field
from typing import Any, Final, Literal

from local.gateway.lambda_runtime import FakeLambdaContext
from sms_pool import handlers
from tests.stepfunctions.engine import Answer

# Per attempt: run the function, a Lambda service error, or no answer within the task's TimeoutSeconds.
Fault = Literal["run", "Lambda.ServiceException", "Lambda.ClientExecutionTimeoutException", "hang"]
# The messages of the SDK exceptions Step Functions reports for these (text only: no caller parses them).
SERVICE_FAULTS: Final[dict[str, str]] = {
    "Lambda.ServiceException": (
        "An internal error occurred. (Service: AWSLambda; Status Code: 500; Error Code: ServiceException;"
        " Request ID: 3f1c2d4e-0000-4000-8000-000000000000; Proxy: null)"
    ),
    "Lambda.ClientExecutionTimeoutException": (
        "Client execution did not complete before the specified timeout configuration: 60000 millis"
    ),
}


def error_envelope(exc: BaseException, request_id: str) -> dict[str, Any]:
    """Lambda's error object for an exception the handler raised (the Python runtime's fields and order)."""
    return {
        "errorMessage": str(exc),
        "errorType": type(exc).__name__,
        "requestId": request_id,
        # From the handler down: the runtime drops its own bootstrap frames, as this drops the caller's frame.
        "stackTrace": traceback.format_list(traceback.extract_tb(exc.__traceback__)[1:]),
    }


@dataclass
class LambdaService:
    """Answers the engine's task attempts with :func:`sms_pool.handlers.handler`; ``faults`` are consumed one per
    attempt before the function runs (an empty list: every attempt runs the function)."""

    faults: list[Fault] = field(default_factory=list)
    attempts: int = 0
    payloads: list[Any] = field(default_factory=list)  # what the function received, one per run
    function_names: set[str] = field(default_factory=set)
    timeout_seconds: float = FakeLambdaContext.timeout_seconds  # the function's timeout, each run's time budget
    # The bulk workflow's AWS SDK task (cloudwatch:putMetricData): no function runs; the call is recorded, answered {}.
    metric_data: list[Any] = field(default_factory=list)

    def next_fault(self) -> Fault | None:
        """What this attempt does before (or instead of) running the function; counts the attempt."""
        self.attempts += 1
        return self.faults.pop(0) if self.faults else None

    def run_function(self, payload: Any) -> tuple[bool, Any, str]:
        """One run of the handler, as the Lambda service reports it: ``(ok, result or error envelope, request id)``."""
        self.payloads.append(payload)
        context = FakeLambdaContext(aws_request_id=str(uuid.uuid4()), timeout_seconds=self.timeout_seconds)
        try:
            return True, handlers.handler(payload, context), context.aws_request_id
        except Exception as exc:  # what Lambda reports for a function error
            return False, error_envelope(exc, context.aws_request_id), context.aws_request_id

    def __call__(self, state: str, parameters: Any) -> Answer:
        """The Step Functions side (aws-local-stepfunctions): one attempt of the task's ``lambda:invoke``."""
        if "MetricData" in parameters:
            self.metric_data.append(parameters["MetricData"])
            return ("result", {})
        self.function_names.add(parameters["FunctionName"])
        fault = self.next_fault()
        if fault == "hang":
            return None
        if fault not in (None, "run"):
            return ("error", fault, SERVICE_FAULTS[fault])
        ok, answer, request_id = self.run_function(parameters["Payload"])
        if not ok:
            return ("error", answer["errorType"], json.dumps(answer, separators=(",", ":")))
        return (
            "result",
            {
                "ExecutedVersion": "$LATEST",
                "Payload": answer,
                "SdkHttpMetadata": {"HttpStatusCode": 200},
                "SdkResponseMetadata": {"RequestId": request_id},
                "StatusCode": 200,
            },
        )
