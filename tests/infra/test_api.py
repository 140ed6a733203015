"""The REST API: method, authorization, generated model, validator, stage, gateway responses, policy."""

from __future__ import annotations

import json
import re

from infra import request_model
from infra.api import ACCESS_LOG_FIELDS
from infra.gateway_responses import PROBLEM_JSON, PROBLEMS
from infra.settings import DEFAULTS
from sms_pool import constants, errors, models
from sms_pool.constants import ROUTE
from tests.infra.support import as_list, render
from tests.synth import Synth, with_local_opt_ins


def test_route_is_the_contracts_route() -> None:
    assert ROUTE == constants.ROUTE == "/disassociate-origination-identity"


def test_one_post_method_with_iam_auth_and_lambda_proxy(synth: Synth) -> None:
    assert synth.one("AWS::ApiGateway::Resource")["PathPart"] == ROUTE.strip("/")
    method = synth.one("AWS::ApiGateway::Method")
    assert method["HttpMethod"] == "POST"
    assert method["AuthorizationType"] == "AWS_IAM"
    assert method["Integration"]["Type"] == "AWS_PROXY"
    assert method["Integration"]["IntegrationHttpMethod"] == "POST"
    assert "RequestValidatorId" not in method  # the function validates and names the field (infra/api.py)
    assert set(method["RequestModels"]) == {"application/json"}


def test_request_model_is_the_pydantic_schema_in_draft4(synth: Synth) -> None:
    expected = request_model.to_draft4(models.request_schema(models.DisassociateRequest))
    schema = synth.one("AWS::ApiGateway::Model")["Schema"]
    assert schema == expected
    assert schema["$schema"] == "http://json-schema.org/draft-04/schema#"
    assert schema["additionalProperties"] is False
    assert "examples" not in json.dumps(schema)
    # The gateway enforces the same constraints as the function: every property keeps its limits.
    source = models.request_schema(models.DisassociateRequest)
    for name, prop in source["properties"].items():
        for key in ("minLength", "maxLength", "pattern", "type"):
            if key in prop or key == "type":  # DryRun is a boolean: a type, no lengths or pattern
                assert schema["properties"][name][key] == prop[key]
    assert schema["required"] == source["required"]


def test_draft4_conversion_refuses_unknown_keywords() -> None:
    import pytest

    with pytest.raises(ValueError, match="const"):
        request_model.to_draft4({"type": "string", "const": "x"})


def test_no_gateway_validator_so_the_functions_400_names_the_field(synth: Synth) -> None:
    assert synth.resources("AWS::ApiGateway::RequestValidator") == {}


def test_stage_throttling_tracing_and_json_access_logs(synth: Synth) -> None:
    stage = synth.one("AWS::ApiGateway::Stage")
    assert stage["TracingEnabled"] is True
    (settings,) = stage["MethodSettings"]
    assert settings["ThrottlingRateLimit"] == DEFAULTS["awsRequestsPerSecond"] == 1  # AWS's default quota
    assert settings["ThrottlingBurstLimit"] == 1
    assert settings["LoggingLevel"] == "ERROR"
    assert settings["DataTraceEnabled"] is False
    assert json.loads(stage["AccessLogSetting"]["Format"]) == ACCESS_LOG_FIELDS


def test_gateway_errors_are_problem_json_with_code_and_request_id(synth: Synth) -> None:
    responses = {
        res["Properties"]["ResponseType"]: res["Properties"]
        for res in synth.resources("AWS::ApiGateway::GatewayResponse").values()
    }
    for needed in (
        "BAD_REQUEST_BODY",
        "ACCESS_DENIED",
        "MISSING_AUTHENTICATION_TOKEN",
        "THROTTLED",
        "DEFAULT_4XX",
        "DEFAULT_5XX",
    ):
        assert needed in responses
    assert len(responses) == len(PROBLEMS)
    for response_type, props in responses.items():
        assert props["ResponseParameters"]["gatewayresponse.header.Content-Type"] == f"'{PROBLEM_JSON}'"
        body_template = props["ResponseTemplates"]["application/json"]
        # $context.error.messageString arrives quoted; the others sit inside quotes already.
        body = json.loads(re.sub(r"\$context\.error\.messageString", '"message"', body_template))
        assert body["requestId"] == "$context.requestId"
        assert body["code"] and body["type"].startswith("urn:sms-pool:problem:")
        if response_type not in {"DEFAULT_4XX", "DEFAULT_5XX"}:
            assert body["status"] == int(props["StatusCode"])
    assert responses["THROTTLED"]["ResponseParameters"]["gatewayresponse.header.Retry-After"] == "'1'"


def test_shared_failures_use_the_error_tables_codes(synth: Synth) -> None:
    by_type = {
        res["Properties"]["ResponseType"]: res["Properties"]
        for res in synth.resources("AWS::ApiGateway::GatewayResponse").values()
    }
    invalid = next(row for row in errors.TABLE if row.code == "INVALID_REQUEST")
    body = json.loads(
        by_type["BAD_REQUEST_BODY"]["ResponseTemplates"]["application/json"].replace(
            "$context.error.messageString", '""'
        )
    )
    assert (body["code"], body["title"], body["status"]) == (invalid.code, invalid.title, invalid.status)


def test_whole_account_opt_in_is_a_resource_policy_of_the_account_alone(synth: Synth) -> None:
    # The local synth's allowAccountCallers=true: still a resource policy, allowing this account only, no Deny.
    api = synth.one("AWS::ApiGateway::RestApi")
    assert api["EndpointConfiguration"]["Types"] == ["REGIONAL"]
    (statement,) = api["Policy"]["Statement"]
    assert statement["Effect"] == "Allow" and statement["Action"] == "execute-api:Invoke"
    assert render(statement["Principal"]["AWS"]) == "arn:<AWS::Partition>:iam::<AWS::AccountId>:root"


def test_resource_policy_limits_principals_and_vpc_endpoints(variant: Synth) -> None:
    api = variant.one("AWS::ApiGateway::RestApi")
    assert api["EndpointConfiguration"]["Types"] == ["PRIVATE"]
    assert api["EndpointConfiguration"]["VpcEndpointIds"] == ["vpce-0123456789abcdef0"]
    statements = {stmt["Sid"]: stmt for stmt in api["Policy"]["Statement"]}
    assert statements["DenyOtherPrincipals"]["Condition"] == {
        "ArnNotLike": {
            "aws:PrincipalArn": ["arn:aws:iam::111122223333:role/caller-a", "arn:aws:iam::111122223333:role/caller-b"]
        }
    }
    assert statements["DenyOutsideVpcEndpoints"]["Condition"] == {
        "StringNotEquals": {"aws:SourceVpce": ["vpce-0123456789abcdef0"]}
    }
    assert statements["AllowCallers"]["Effect"] == "Allow"
    assert "execute-api:Invoke" in render(statements["AllowCallers"]["Action"])


def test_allowed_principals_are_matched_by_arn_never_resolved_as_principals() -> None:
    # A role named as Principal must exist when API Gateway saves the policy ("Invalid policy document");
    # named only in aws:PrincipalArn conditions it need not, and a role path is kept as given.
    from aws_cdk import Stack

    from infra.api import resource_policy
    from infra.settings import Settings

    arns = ["arn:aws:iam::123456789012:role/service-role/x", "arn:aws:iam::444455556666:user/u"]
    policy = resource_policy(Settings.model_validate(with_local_opt_ins({"allowedPrincipals": arns})))
    statements = {stmt["Sid"]: stmt for stmt in Stack().resolve(policy.to_json())["Statement"]}
    allow = statements["AllowCallers"]
    assert [render(p) for p in as_list(allow["Principal"]["AWS"])] == [
        "arn:<AWS::Partition>:iam::123456789012:root",
        "arn:<AWS::Partition>:iam::444455556666:root",
    ]
    assert allow["Condition"] == {"ArnLike": {"aws:PrincipalArn": arns}}
    assert statements["DenyOtherPrincipals"]["Condition"] == {"ArnNotLike": {"aws:PrincipalArn": arns}}
    assert not any(arn in json.dumps(stmt.get("Principal")) for stmt in statements.values() for arn in arns)


def test_execution_log_group_is_the_stacks_with_retention(synth: Synth) -> None:
    # API Gateway would create API-Gateway-Execution-Logs_{rest-api-id}/{stage} itself: no retention, left behind.
    (api_id,) = synth.resources("AWS::ApiGateway::RestApi")
    (stage,) = synth.resources("AWS::ApiGateway::Stage").values()
    assert stage["Properties"]["MethodSettings"][0]["LoggingLevel"] == "ERROR"
    named = {
        key: res
        for key, res in synth.resources("AWS::Logs::LogGroup").items()
        if render(res["Properties"].get("LogGroupName")).startswith("API-Gateway-Execution-Logs_")
    }
    ((group_id, group),) = named.items()
    stage_name = stage["Properties"]["StageName"]
    assert render(group["Properties"]["LogGroupName"]) == f"API-Gateway-Execution-Logs_<{api_id}>/{stage_name}"
    assert group["Properties"]["RetentionInDays"] == DEFAULTS["logRetentionDays"]
    assert group["DeletionPolicy"] == "Delete"
    assert group_id in stage["DependsOn"]  # created before the stage can write to it
