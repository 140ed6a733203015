"""The request model's fields that AWS does not know (the service's own) never reach botocore: they are the
model's fields minus botocore's input members, and ``aws`` drops them in one place before the call."""

from __future__ import annotations

from typing import Any

from pydantic import Field

from local.gateway.lambda_runtime import FakeLambdaContext
from sms_pool import aws, core, handlers, models
from tests.fixtures import OK_RESULT, SFN_OK_RESULT, VALID_REQUEST, FakeAws

OPERATION = "DisassociateOriginationIdentity"


def test_the_caller_only_fields_are_the_models_fields_aws_does_not_know() -> None:
    known = aws.aws_members(OPERATION)
    assert set(models.DisassociateRequest.model_fields) - known == {"DryRun"}
    assert set(models.StepFunctionsRequest.model_fields) - known == {"DryRun", "IdempotencyKey"}


def test_a_field_added_to_the_model_is_stripped_before_aws(fake_aws: FakeAws) -> None:
    class WithReason(models.DisassociateRequest):
        Reason: str = Field(description="Why, for the audit record (a caller-only field).")

    request = WithReason(**VALID_REQUEST, ClientToken="token-1", DryRun=False, Reason="number ported out")
    fake_aws.ok()
    assert core.disassociate(request.model_dump()) == OK_RESULT
    (sent,) = fake_aws.calls
    assert set(sent) == {*VALID_REQUEST, "ClientToken"}
    assert set(WithReason.model_fields) - set(sent) == {"DryRun", "Reason"}


def test_a_task_with_dry_run_false_sends_aws_only_its_members(fake_aws: FakeAws) -> None:
    fake_aws.ok()
    task: dict[str, Any] = {**VALID_REQUEST, "DryRun": False, "IdempotencyKey": "execution-1"}
    assert handlers.handler(task, FakeLambdaContext()) == SFN_OK_RESULT
    (sent,) = fake_aws.calls
    assert set(sent) <= aws.aws_members(OPERATION) and "DryRun" not in sent and "IdempotencyKey" not in sent
