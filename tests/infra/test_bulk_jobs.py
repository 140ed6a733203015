"""Bulk jobs' infrastructure: the bucket, the two routes, the bulk-jobs function's role, the Distributed Map."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from infra import bulk_api
from infra.bulk_bucket import OBJECT_DAYS, RESULTS_PREFIX
from infra.bulk_distributed import TOLERATED_FAILURE_PERCENTAGE
from infra.rate import map_pacing
from infra.request_model import to_draft4
from infra.settings import Settings, SettingsError
from local.bulk import MOTO_REWRITES
from sms_pool import models
from sms_pool.constants import BULK_BUCKET_ENV, BULK_RATE_ENV, BULK_ROUTE, BULK_STATE_MACHINE_ENV
from tests.infra.support import as_list, render
from tests.synth import Synth, synth_app


def _bulk_definition(synth: Synth) -> tuple[str, dict[str, Any]]:
    machines = synth.resources("AWS::StepFunctions::StateMachine")
    (machine,) = [r for k, r in machines.items() if k.startswith("BulkWorkflow")]
    text = render(machine["Properties"]["DefinitionString"])
    return text, json.loads(text)


def _bulk_function(synth: Synth) -> dict[str, Any]:
    (props,) = [
        r["Properties"]
        for r in synth.resources("AWS::Lambda::Function").values()
        if r["Properties"].get("Handler") == bulk_api.HANDLER
    ]
    return props  # type: ignore[no-any-return]


def test_the_bucket_is_encrypted_private_tls_only_and_expires_job_objects(synth: Synth) -> None:
    bucket = synth.one("AWS::S3::Bucket")
    assert bucket["BucketEncryption"]["ServerSideEncryptionConfiguration"][0]["ServerSideEncryptionByDefault"] == {
        "SSEAlgorithm": "AES256"
    }
    assert set(bucket["PublicAccessBlockConfiguration"].values()) == {True}
    (rule,) = bucket["LifecycleConfiguration"]["Rules"]
    assert (rule["Status"], rule["ExpirationInDays"]) == ("Enabled", OBJECT_DAYS)
    (deny,) = synth.one("AWS::S3::BucketPolicy")["PolicyDocument"]["Statement"]
    assert deny["Effect"] == "Deny" and deny["Condition"] == {"Bool": {"aws:SecureTransport": "false"}}


def test_a_named_bucket_is_used_as_is(tmp_path: Path) -> None:
    named = synth_app(tmp_path, {"bulkBucketName": "offboarding-lists", "enableStateMachine": "false"})
    assert named.resources("AWS::S3::Bucket") == {}
    assert _bulk_function(named)["Environment"]["Variables"][BULK_BUCKET_ENV] == "offboarding-lists"
    assert "offboarding-lists" in _bulk_definition(named)[0]


class _Node:
    def __init__(self, context: dict[str, Any]) -> None:
        self.context = context

    def try_get_context(self, key: str) -> Any:
        return self.context.get(key)


@pytest.mark.parametrize("name", ["Has_Upper", "a", "-leading-dash"])
def test_a_bad_bucket_name_is_one_line_naming_the_setting(name: str) -> None:
    with pytest.raises(SettingsError, match="bulkBucketName"):
        Settings.from_context(_Node({"bulkBucketName": name}))  # type: ignore[arg-type]


def test_both_routes_are_iam_authorized_proxies_to_the_bulk_jobs_function(synth: Synth) -> None:
    (function_id,) = [
        k
        for k, r in synth.resources("AWS::Lambda::Function").items()
        if r["Properties"].get("Handler") == bulk_api.HANDLER
    ]
    methods = {
        (m["Properties"]["HttpMethod"], key.startswith("Apibulkdisassociationsid")): m["Properties"]
        for key, m in synth.resources("AWS::ApiGateway::Method").items()
        if key.startswith("Apibulkdisassociations")
    }
    assert set(methods) == {("POST", False), ("GET", True)}
    for method in methods.values():
        assert method["AuthorizationType"] == "AWS_IAM"
        assert method["Integration"]["Type"] == "AWS_PROXY"
        assert f"<{function_id}.Arn>" in render(method["Integration"]["Uri"])
    (model,) = [
        m["Properties"]["Schema"]
        for m in synth.resources("AWS::ApiGateway::Model").values()
        if m["Properties"]["Name"] == "BulkDisassociationRequest"
    ]
    assert model == to_draft4(models.request_schema(models.BulkJobRequest))
    assert "RequestValidatorId" not in methods[("POST", False)]  # the function checks the body, naming fields


def test_the_bulk_jobs_function_may_do_exactly_its_job(synth: Synth) -> None:
    (policy,) = [
        p["Properties"]["PolicyDocument"]["Statement"]
        for p in synth.resources("AWS::IAM::Policy").values()
        if '"BulkJobsRole' in json.dumps(p["Properties"]["Roles"])
    ]
    actions = {action for statement in policy for action in as_list(statement["Action"])}
    assert actions == {
        "logs:CreateLogStream",
        "logs:PutLogEvents",
        "s3:ListBucket",
        "s3:GetObject",
        "s3:PutObject",
        "states:StartExecution",
        "states:DescribeExecution",
        "states:ListMapRuns",
        "states:DescribeMapRun",
        "sms-voice:ListPoolOriginationIdentities",
        "sms-voice:DescribePhoneNumbers",
        "xray:PutTraceSegments",
        "xray:PutTelemetryRecords",
    }
    (put,) = [s for s in policy if s.get("Sid") == "WriteJobObjects"]
    assert render(put["Resource"]).endswith("/jobs/*")
    variables = _bulk_function(synth)["Environment"]["Variables"]
    assert variables[BULK_RATE_ENV] == str(map_pacing(1).items_per_second)
    assert ":stateMachine:SmsPoolDisassociate-bulk" in render(variables[BULK_STATE_MACHINE_ENV])
    assert BULK_ROUTE.strip("/") in json.dumps(synth.resources("AWS::ApiGateway::Resource"))


def test_an_s3_list_runs_a_paced_distributed_map_over_the_prepared_items(synth: Synth) -> None:
    text, definition = _bulk_definition(synth)
    assert definition["States"]["ListInS3"]["Choices"][0]["Variable"] == "$.IdentitiesS3Uri"
    remove_all = definition["States"]["RemoveAll"]
    assert remove_all["ItemReader"]["Resource"].endswith(":states:::s3:getObject")
    assert remove_all["ItemReader"]["Parameters"]["Key.$"] == "$.Prepared.ItemsKey"
    assert remove_all["ResultWriter"]["Resource"].endswith(":states:::s3:putObject")
    assert remove_all["ResultWriter"]["Parameters"]["Prefix"] == RESULTS_PREFIX
    assert remove_all["ItemProcessor"]["ProcessorConfig"] == {"Mode": "DISTRIBUTED", "ExecutionType": "EXPRESS"}
    assert remove_all["MaxConcurrency"] == map_pacing(1).max_concurrency
    assert remove_all["ToleratedFailurePercentage"] == TOLERATED_FAILURE_PERCENTAGE
    assert "$.Execution.Id" in remove_all["ItemSelector"]["IdempotencyKey.$"]  # a redrive sends the same key
    child = remove_all["ItemProcessor"]["States"]
    assert child["PaceItem"]["Seconds"] == map_pacing(1).wait_seconds
    assert "OriginationIdentity" not in json.dumps(child["ItemRemoved"]["Parameters"])  # no number in history
    # What the local mode rewrites for moto (docs/scale.md, "Not exercised locally") is in the definition as
    # synthesized: if one of them no longer is, the list in local/bulk.py and the docs are stale.
    for field, _ in MOTO_REWRITES:
        assert field in text
