"""cdk-nag (zero unacknowledged findings, no new acknowledgements), cfn-lint, settings and docs."""

from __future__ import annotations

import re
from typing import Any

import pytest

from infra.settings import DEFAULTS, Settings, SettingsError
from infra.workflow import LAMBDA_SERVICE_ERRORS, final_errors, retryable_errors
from tests.infra.support import ContextNode
from tests.synth import ROOT, Synth, with_local_opt_ins

# Reviewed acknowledgements. A new finding fails synthesis; a finding newly swallowed by an existing
# acknowledgement changes this set and fails here, so it gets reviewed too.
EXPECTED_ACKNOWLEDGED = {
    "AwsSolutions-COG4",
    "AwsSolutions-APIG2",
    "AwsSolutions-APIG3",
    "AwsSolutions-L1",
    "AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs]",
    "AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:sms-voice:<AWS::Region>:<AWS::AccountId>:pool/*]",
    "AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:sms-voice:<AWS::Region>:<AWS::AccountId>:phone-number/*]",
    "AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:sms-voice:<AWS::Region>:<AWS::AccountId>:sender-id/*]",
    "AwsSolutions-IAM5[Resource::*]",
}


def _report(synth: Synth) -> dict[str, Any]:
    (plugin,) = synth.report["pluginReports"]
    assert plugin["pluginName"] == "AwsSolutions"
    return plugin  # type: ignore[no-any-return]


@pytest.mark.parametrize("name", ["synth", "variant"])
def test_cdk_nag_has_no_unacknowledged_findings(name: str, request: pytest.FixtureRequest) -> None:
    plugin = _report(request.getfixturevalue(name))
    assert plugin["conclusion"] == "success"
    assert plugin["violations"] == []
    for violation in plugin["suppressedViolations"]:
        assert len(violation["reason"]) > 40, violation["ruleName"]


def test_cdk_nag_acknowledgements_are_the_reviewed_ones(synth: Synth) -> None:
    assert {v["ruleName"] for v in _report(synth)["suppressedViolations"]} == EXPECTED_ACKNOWLEDGED


def _settings(**context: Any) -> Settings:
    return Settings.from_context(ContextNode(with_local_opt_ins(context)))  # type: ignore[arg-type]


def test_defaults_parse_and_strings_from_the_cli_are_accepted() -> None:
    assert _settings().timeout_seconds == DEFAULTS["timeoutSeconds"]
    parsed = _settings(enableSnapStart="true", allowedVpcEndpoints="vpce-0123456789abcdef0", memorySize="512")
    assert parsed.enable_snap_start and parsed.allowed_vpc_endpoints == ("vpce-0123456789abcdef0",)
    assert parsed.memory_size == 512


@pytest.mark.parametrize(
    ("context", "message"),
    [
        ({"timeoutSeconds": 30}, "timeoutSeconds"),
        ({"readTimeout": 9, "maxAttempts": 3}, "exceeds the 25s budget"),
        ({"timeoutSeconds": 29}, "timeoutSeconds"),
        ({"maxAttempts": 2.5}, "maxAttempts"),
        ({"pythonRuntime": "python3.9"}, "pythonRuntime"),
        ({"powertoolsLayerArn": "38"}, "powertoolsLayerArn"),
        ({"alarmTopicArn": "arn:aws:s3:::bucket"}, "alarmTopicArn"),
        ({"allowedPrincipals": "[not json"}, "allowedPrincipals"),
        (
            {"extraResourceArns": ["arn:aws:sms-voice:us-east-1:444455556666:rcs-agent/agent-1"]},
            "RCS agents are not supported",
        ),
        ({"extraResourceArns": ["arn:aws:sms-voice:us-east-1:444455556666:pool/*"]}, "extraResourceArns"),
        ({"extraResourceArns": ["*"]}, "extraResourceArns"),
        ({"extraResourceArns": ["arn:aws:sms-voice:us-east-1:444455556666:sender-id/SHARED"]}, "extraResourceArns"),
        ({"allowedPrincipals": ["*"]}, "allowedPrincipals"),
        ({"allowedVpcEndpoints": ["vpc-123"]}, "allowedVpcEndpoints"),
        ({"logRetentionDays": 10}, "logRetentionDays"),
        ({"logLevel": "LOUD"}, "logLevel"),
        ({"enableStateMachine": "maybe"}, "enableStateMachine"),
    ],
)
def test_bad_context_fails_synthesis_with_the_option_name(context: dict[str, Any], message: str) -> None:
    with pytest.raises(SettingsError, match=message):
        _settings(**context)


@pytest.mark.parametrize(
    ("arn", "fix"),
    [
        (
            "arn:aws:sts::111122223333:assumed-role/caller/session",
            "pass arn:aws:iam::111122223333:role/caller if the role has no path, else arn:aws:iam::111122223333:role/<path>/caller",
        ),
        ("arn:aws:iam::111122223333:root", "would deny every caller in it"),
        ("arn:aws:s3:::bucket", "is not an IAM role or user ARN"),
        ("111122223333", "is not an IAM role or user ARN"),
    ],
)
def test_allowed_principals_take_only_iam_role_and_user_arns(arn: str, fix: str) -> None:
    with pytest.raises(SettingsError, match=re.escape(fix)) as caught:
        _settings(allowedPrincipals=[arn])
    assert "\n" not in str(caught.value) and str(caught.value).startswith("allowedPrincipals: ")


def test_role_and_user_arns_with_paths_are_accepted() -> None:
    arns = ("arn:aws:iam::111122223333:role/service/caller", "arn:aws-cn:iam::111122223333:user/ops")
    assert _settings(allowedPrincipals=list(arns)).allowed_principals == arns


def test_function_and_stack_share_one_set_of_bounds() -> None:
    from sms_pool import bounds, config

    # maxAttempts defaults to "auto" (derived from the quota); an unshaped stage gets the function's own default.
    assert DEFAULTS["maxAttempts"] == "auto"
    assert _settings(throttleRateLimit=100).max_attempts == bounds.MAX_ATTEMPTS.default
    for bound in (bounds.CONNECT_TIMEOUT, bounds.READ_TIMEOUT, bounds.MAX_ATTEMPTS):
        assert DEFAULTS[bound.context] in (bound.default, "auto")
        over = bound.high + 1
        with pytest.raises(SettingsError, match=bound.context):
            _settings(**{bound.context: over})
        with pytest.raises(config.ConfigurationError, match=bound.env):
            config.load({"AWS_REGION": "us-east-1", bound.env: f"{over:g}"})
    # The stack's environment names are the function's.
    assert set(_settings().function_environment()) >= {b.env for b in (bounds.CONNECT_TIMEOUT, bounds.READ_TIMEOUT)}


def test_a_shared_sender_id_arn_names_its_country() -> None:
    arn = "arn:aws:sms-voice:us-east-1:444455556666:sender-id/SHARED/GB"
    assert _settings(extraResourceArns=[arn]).extra_resource_arns == (arn,)


def test_documented_asl_snippet_names_every_error_class() -> None:
    doc = (ROOT / "docs" / "infrastructure.md").read_text()
    for name in (*retryable_errors(), *final_errors(), *LAMBDA_SERVICE_ERRORS):
        assert f'"{name}"' in doc, name
