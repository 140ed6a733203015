"""The function's runtime, layer, environment, asset and its exact IAM permissions."""

from __future__ import annotations

import importlib.metadata
import json
from typing import Any

from infra import function as fn
from infra.settings import DEFAULTS, TESTED_RUNTIME, powertools_version
from sms_pool import constants
from tests.infra.conftest import OWN_POOL
from tests.infra.support import as_list, render
from tests.synth import Synth


def _lambda(synth: Synth) -> dict[str, Any]:
    (props,) = [
        res["Properties"]
        for res in synth.resources("AWS::Lambda::Function").values()
        if res["Properties"].get("Handler") == fn.HANDLER
    ]
    return props  # type: ignore[no-any-return]


def test_runtime_architecture_handler_and_tracing(synth: Synth) -> None:
    props = _lambda(synth)
    assert props["Runtime"] == TESTED_RUNTIME == DEFAULTS["pythonRuntime"]
    assert props["Architectures"] == ["arm64"]
    assert props["Handler"] == "sms_pool.handlers.handler"
    assert props["TracingConfig"] == {"Mode": "Active"}
    assert props["MemorySize"] == DEFAULTS["memorySize"]
    assert props["Timeout"] == DEFAULTS["timeoutSeconds"]
    # No reservation by default: accounts with a low concurrency quota cannot reserve any.
    assert DEFAULTS["reservedConcurrency"] is None
    assert "ReservedConcurrentExecutions" not in props
    assert props["LoggingConfig"]["LogFormat"] == "JSON"
    assert "SnapStart" not in props


def test_powertools_layer_is_the_pinned_release_from_its_ssm_parameter(synth: Synth) -> None:
    (layer,) = _lambda(synth)["Layers"]
    assert synth.raw["Parameters"][layer["Ref"]]["Default"] == (
        f"/aws/service/powertools/python/arm64/{TESTED_RUNTIME}/{powertools_version()}"
    )


def test_local_powertools_equals_the_pinned_version() -> None:
    # The layer is chosen for the lock's version; tests must run against that same version.
    assert importlib.metadata.version("aws-lambda-powertools") == powertools_version() == "3.37.0"


def test_environment_matches_what_the_handler_reads(synth: Synth) -> None:
    env = _lambda(synth)["Environment"]["Variables"]
    assert env == {
        "POWERTOOLS_SERVICE_NAME": "sms-pool-disassociate",
        "POWERTOOLS_METRICS_NAMESPACE": "SmsPoolDisassociate",  # auto: the stack's name
        "POWERTOOLS_LOG_LEVEL": "INFO",
        "POWERTOOLS_TRACE_DISABLED": "false",
        "SMS_POOL_CONNECT_TIMEOUT": "2",
        "SMS_POOL_READ_TIMEOUT": "5",
        "SMS_POOL_MAX_ATTEMPTS": "1",  # auto: the stage is shaped to the quota (infra.rate.function_max_attempts)
        "SMS_POOL_RESOLVE_PHONE_NUMBERS": "true",
        "SMS_POOL_AWS_REQUESTS_PER_SECOND": "1",  # the pace of the number index's pages (sms_pool.pacing)
        "SMS_POOL_ALLOWED_POOLS": "*",  # the local synth's allowAllPools=true
        "SMS_POOL_API_ACCOUNT_ID": {"Ref": "AWS::AccountId"},
        "SMS_POOL_API_STAGE": DEFAULTS["stageName"],
        "SMS_POOL_API_ID": {"Ref": next(iter(synth.resources("AWS::ApiGateway::RestApi")))},
    }


def test_log_groups_have_retention_and_the_audit_trail_is_kept_a_year_after_the_stack(synth: Synth) -> None:
    groups = synth.resources("AWS::Logs::LogGroup")
    (audit,) = [key for key in groups if key.startswith("AuditTrail")]
    assert groups[audit]["Properties"]["RetentionInDays"] == DEFAULTS["auditRetentionDays"] >= 365
    assert groups[audit]["DeletionPolicy"] == groups[audit]["UpdateReplacePolicy"] == "Retain"
    others = [res for key, res in groups.items() if key != audit]
    assert others and all(res["Properties"]["RetentionInDays"] == DEFAULTS["logRetentionDays"] for res in others)
    assert all(res["DeletionPolicy"] == "Delete" for res in others)


def test_asset_is_lambda_src_only_without_bytecode(synth: Synth) -> None:
    (asset,) = [path for path in synth.outdir.iterdir() if path.name.startswith("asset.")]
    assert sorted(path.name for path in asset.iterdir()) == ["sms_pool"]
    assert not [path for path in asset.rglob("*") if path.name == "__pycache__" or path.suffix == ".pyc"]


SMS_IDENTITIES = ("phone-number", "sender-id")


def _statements(synth: Synth) -> list[dict[str, Any]]:
    """The disassociation function role's statements (the bulk-jobs function has a role of its own)."""
    return [
        stmt
        for policy in synth.resources("AWS::IAM::Policy").values()
        if '"FunctionRole' in json.dumps(policy["Properties"]["Roles"])
        for stmt in policy["Properties"]["PolicyDocument"]["Statement"]
    ]


def test_sms_statement_has_exact_action_and_resources(synth: Synth) -> None:
    (stmt,) = [s for s in _statements(synth) if fn.SMS_ACTION in render(s["Action"])]
    assert stmt["Effect"] == "Allow"
    assert as_list(stmt["Action"]) == ["sms-voice:DisassociateOriginationIdentity"]
    assert sorted(render(r) for r in as_list(stmt["Resource"])) == sorted(
        f"arn:<AWS::Partition>:sms-voice:<AWS::Region>:<AWS::AccountId>:{kind}/*" for kind in fn.SMS_RESOURCE_TYPES
    )


def test_iam_resource_kinds_are_the_arn_kinds_the_function_accepts() -> None:
    # SMS_RESOURCE_TYPES is derived from ARN_RESOURCE_TYPES; pin both to what the docs and validation say
    # (a PoolId ARN names a pool only; RCS agents are not supported anywhere).
    assert constants.ARN_RESOURCE_TYPES == {"PoolId": ("pool",), "OriginationIdentity": ("phone-number", "sender-id")}
    assert fn.SMS_RESOURCE_TYPES == ("pool", "phone-number", "sender-id")


def test_reserved_concurrency_is_kept_as_an_option(matrix: dict[str, Synth]) -> None:
    assert _lambda(matrix["us_gov_west_1"])["ReservedConcurrentExecutions"] == 5


def test_shared_resources_widen_only_by_explicit_arns(variant: Synth) -> None:
    (stmt,) = [s for s in _statements(variant) if fn.SMS_ACTION in render(s["Action"])]
    resources = [render(r) for r in as_list(stmt["Resource"])]
    own_pool = f"arn:<AWS::Partition>:sms-voice:<AWS::Region>:<AWS::AccountId>:pool/{OWN_POOL}"
    pools = [own_pool, "arn:aws:sms-voice:us-east-1:444455556666:pool/pool-shared0123"]
    assert sorted(resources) == sorted(
        [*pools, *(f"arn:<AWS::Partition>:sms-voice:<AWS::Region>:<AWS::AccountId>:{k}/*" for k in SMS_IDENTITIES)]
    )  # no pool/*: allowedPools names the pools
    (listing,) = [s for s in _statements(variant) if fn.LIST_ACTION in render(s["Action"])]
    assert sorted(render(r) for r in as_list(listing["Resource"])) == pools
    env = _lambda(variant)["Environment"]["Variables"]  # the function checks the same list, own pool by id too
    assert render(env["SMS_POOL_ALLOWED_POOLS"]).split(",") == [OWN_POOL, *pools]


def test_pool_listing_is_granted_on_pools_only_when_resolution_is_on(synth: Synth, no_workflow: Synth) -> None:
    (listing,) = [s for s in _statements(synth) if fn.LIST_ACTION in render(s["Action"])]
    assert listing["Effect"] == "Allow" and as_list(listing["Action"]) == [fn.LIST_ACTION]
    assert [render(r) for r in as_list(listing["Resource"])] == [
        "arn:<AWS::Partition>:sms-voice:<AWS::Region>:<AWS::AccountId>:pool/*"
    ]
    assert _lambda(synth)["Environment"]["Variables"][constants.RESOLVE_NUMBERS_ENV] == "true"
    assert not [s for s in _statements(no_workflow) if fn.LIST_ACTION in render(s["Action"])]
    (describe,) = [s for s in _statements(synth) if fn.DESCRIBE_NUMBERS_ACTION in render(s["Action"])]
    assert as_list(describe["Action"]) == [fn.DESCRIBE_NUMBERS_ACTION]
    assert [render(r) for r in as_list(describe["Resource"])] == [
        "arn:<AWS::Partition>:sms-voice:<AWS::Region>:<AWS::AccountId>:phone-number/*"
    ]
    assert not [s for s in _statements(no_workflow) if fn.DESCRIBE_NUMBERS_ACTION in render(s["Action"])]
    assert _lambda(no_workflow)["Environment"]["Variables"][constants.RESOLVE_NUMBERS_ENV] == "false"


def test_no_wildcard_actions_anywhere(synth: Synth, variant: Synth) -> None:
    for result in (synth, variant):
        for stmt in _statements(result):
            for action in as_list(stmt["Action"]):
                assert "*" not in action, stmt


def test_function_role_has_no_managed_policies(synth: Synth) -> None:
    roles = synth.resources("AWS::IAM::Role")
    function_role = next(res for key, res in roles.items() if key.startswith("FunctionRole"))
    # The only managed policy in the stack is the one AWS documents for API Gateway's CloudWatch role.
    managed = [res for res in roles.values() if "ManagedPolicyArns" in res["Properties"]]
    assert len(managed) == 1 and "AmazonAPIGatewayPushToCloudWatchLogs" in render(managed[0]["Properties"])
    assert "ManagedPolicyArns" not in function_role["Properties"]


def test_snapstart_publishes_a_version_and_callers_use_the_alias(variant: Synth) -> None:
    props = _lambda(variant)
    assert props["SnapStart"] == {"ApplyOn": "PublishedVersions"}
    (alias_id,) = variant.resources("AWS::Lambda::Alias")
    assert variant.one("AWS::Lambda::Alias")["Name"] == "live"
    (method,) = [
        m["Properties"]
        for key, m in variant.resources("AWS::ApiGateway::Method").items()
        if key.startswith("Apidisassociateoriginationidentity")
    ]
    assert f"<{alias_id}>" in render(method["Integration"]["Uri"])
    sfn_role_policy = next(
        res for key, res in variant.resources("AWS::IAM::Policy").items() if key.startswith("WorkflowStateMachineRole")
    )
    invoke = next(
        stmt
        for stmt in sfn_role_policy["Properties"]["PolicyDocument"]["Statement"]
        if stmt["Action"] == "lambda:InvokeFunction"
    )
    assert invoke["Resource"] == {"Ref": alias_id}
