"""Deployment settings from CDK context at both sides of every bound, without synthesizing."""

from __future__ import annotations

import subprocess
from importlib.metadata import version
from pathlib import Path
from typing import Any

import pytest

import infra.settings
from infra.settings import DEFAULTS, RETENTION_NAMES, Settings, SettingsError, powertools_version
from tests.synth import with_local_opt_ins


class _Node:
    """The one method of ``constructs.Node`` the settings read."""

    def __init__(self, context: dict[str, Any]) -> None:
        self.context = context

    def try_get_context(self, key: str) -> Any:
        return self.context.get(key)


# Fast timeouts, so the (connect + read) x attempts < timeoutSeconds rule stays out of the way of single bounds.
FAST = {"connectTimeout": 0.1, "readTimeout": 0.1, "maxAttempts": 1}


def _settings(**context: Any) -> Settings:
    return Settings.from_context(_Node(with_local_opt_ins(context)))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("key", "attribute", "low", "high"),
    [
        ("memorySize", "memory_size", 128, 10240),
        ("timeoutSeconds", "timeout_seconds", 3, 28),
        ("reservedConcurrency", "reserved_concurrency", 1, 1000),
        ("maxAttempts", "max_attempts", 1, 10),
        ("throttleRateLimit", "throttle_rate_limit", 1, 10_000),
        ("throttleBurstLimit", "throttle_burst_limit", 1, 5_000),
        ("connectTimeout", "connect_timeout", 0.1, 10.0),
    ],
)
def test_numeric_options_accept_both_edges_and_reject_just_past_them(
    key: str, attribute: str, low: float, high: float
) -> None:
    context = {**FAST, "timeoutSeconds": 28}
    step = 1 if isinstance(low, int) else 0.01
    assert getattr(_settings(**{**context, key: low}), attribute) == low
    assert getattr(_settings(**{**context, key: str(high)}), attribute) == high  # -c values arrive as text
    for outside in (low - step, high + step):
        with pytest.raises(SettingsError, match=rf"^{key}: .*(greater|less) than or equal to"):  # named, by its bound
            _settings(**{**context, key: outside})


def test_read_timeout_edges() -> None:
    context = {**FAST, "timeoutSeconds": 28}
    assert _settings(**{**context, "readTimeout": 0.1}).read_timeout == 0.1
    assert _settings(**{**context, "readTimeout": 27.8}).read_timeout == 27.8
    for outside in (0.09, 60.01):
        with pytest.raises(SettingsError, match=r"^readTimeout: .*(greater|less) than or equal to (0\.1|60)"):
            _settings(**{**context, "readTimeout": outside})


@pytest.mark.parametrize("raw", ["x", None, [1]])
def test_a_number_that_is_not_one_is_named(raw: Any) -> None:
    if raw is None:
        assert _settings(memorySize=None).memory_size == DEFAULTS["memorySize"]  # absent: the default
        return
    with pytest.raises(SettingsError, match=r"^memorySize: "):
        _settings(memorySize=raw)


def test_whole_numbers_are_required_where_counts_are_meant() -> None:
    with pytest.raises(SettingsError, match=r"^memorySize: "):
        _settings(memorySize="256.5")


@pytest.mark.parametrize("raw", ["none", "NONE", "None", "-1", -1, ""])
def test_reserved_concurrency_can_be_switched_off(raw: Any) -> None:
    assert _settings(reservedConcurrency=raw).reserved_concurrency is None


def test_the_worst_case_must_stay_strictly_below_the_function_timeout() -> None:
    # (1 + 4) x 2 = 10 s against a 10 s timeout: refused; against 11 s: accepted.
    edge = {"connectTimeout": 1, "readTimeout": 4, "maxAttempts": 2}
    assert _settings(**edge, timeoutSeconds=11).timeout_seconds == 11
    with pytest.raises(SettingsError, match="timeoutSeconds"):
        _settings(**edge, timeoutSeconds=10)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (True, True),
        (False, False),
        ("TRUE", True),
        ("Yes", True),
        ("1", True),
        ("no", False),
        ("0", False),
        ("False", False),
    ],
)
def test_booleans_accept_the_documented_spellings(raw: Any, expected: bool) -> None:
    parsed = _settings(enableSnapStart=raw, enableStateMachine=raw)
    assert parsed.enable_snap_start is expected and parsed.enable_state_machine is expected


@pytest.mark.parametrize("raw", ["maybe", 2, "2", ""])
def test_other_booleans_are_named(raw: Any) -> None:
    with pytest.raises(SettingsError, match=r"^enableSnapStart: "):
        _settings(enableSnapStart=raw)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("vpce-0123456789abcdef0, vpce-00000000,", ("vpce-0123456789abcdef0", "vpce-00000000")),
        ('  ["vpce-00000000"]', ("vpce-00000000",)),
        ([], ()),
        ("", ()),
    ],
)
def test_lists_accept_json_or_comma_separated_text(raw: Any, expected: tuple[str, ...]) -> None:
    assert _settings(allowedVpcEndpoints=raw).allowed_vpc_endpoints == expected


@pytest.mark.parametrize("raw", [[1], '["a", 2]', {"a": "b"}, 5])
def test_lists_of_other_things_are_named(raw: Any) -> None:
    with pytest.raises(SettingsError, match=r"^allowedVpcEndpoints: "):
        _settings(allowedVpcEndpoints=raw)


@pytest.mark.parametrize(
    ("vpce", "ok"),
    [
        ("vpce-0123abcd", True),
        ("vpce-0123abc", False),
        ("vpce-" + "a" * 17, True),
        ("vpce-" + "a" * 18, False),
        ("vpce-0123ABCD", False),
    ],
)
def test_vpc_endpoint_id_lengths(vpce: str, ok: bool) -> None:
    if ok:
        assert _settings(allowedVpcEndpoints=[vpce]).allowed_vpc_endpoints == (vpce,)
    else:
        with pytest.raises(SettingsError, match="allowedVpcEndpoints"):
            _settings(allowedVpcEndpoints=[vpce])


@pytest.mark.parametrize(
    ("key", "good", "bad"),
    [
        ("allowedPrincipals", "arn:aws:iam::111122223333:role/caller", "arn:aws:iam::111122223333:role/*"),
        ("allowedPrincipals", "arn:aws-cn:iam::111122223333:user/u", "111122223333"),
        (
            "extraResourceArns",
            "arn:aws:sms-voice:eu-west-1:444455556666:phone-number/phone-1",
            "arn:aws:sms-voice:eu-west-1:444455556666:pool/",
        ),
        (
            "extraResourceArns",
            "arn:aws:sms-voice:eu-west-1:444455556666:sender-id/ACME/GB",
            "arn:aws:sms-voice:eu-west-1:44445555666:pool/p",
        ),
    ],
)
def test_arn_lists_take_specific_arns_only(key: str, good: str, bad: str) -> None:
    attribute = {"allowedPrincipals": "allowed_principals", "extraResourceArns": "extra_resource_arns"}[key]
    assert getattr(_settings(**{key: [good]}), attribute) == (good,)
    with pytest.raises(SettingsError, match=key):
        _settings(**{key: [good, bad]})


def test_alarm_topic_is_optional_but_must_be_an_arn() -> None:
    assert _settings(alarmTopicArn=None).alarm_topic_arn == ""
    topic = "arn:aws:sns:us-east-1:111122223333:alarms"
    assert _settings(alarmTopicArn=topic).alarm_topic_arn == topic
    with pytest.raises(SettingsError, match="alarmTopicArn"):
        _settings(alarmTopicArn="alarms")


@pytest.mark.parametrize("days", sorted(RETENTION_NAMES))
def test_every_cloudwatch_retention_period_is_accepted(days: int) -> None:
    assert _settings(logRetentionDays=days).log_retention_days == days


@pytest.mark.parametrize("days", [2, 3654, 0])
def test_other_retention_periods_are_named(days: int) -> None:
    with pytest.raises(SettingsError, match=r"^logRetentionDays"):
        _settings(logRetentionDays=days)


@pytest.mark.parametrize("key", ["allowedPrincipals", "allowedVpcEndpoints", "extraResourceArns"])
def test_every_list_option_names_itself_when_not_a_list(key: str) -> None:
    with pytest.raises(SettingsError, match=rf"^{key}: "):
        _settings(**{key: [1]})


@pytest.mark.parametrize("key", ["enableStateMachine", "enableSnapStart"])
def test_every_boolean_option_names_itself(key: str) -> None:
    with pytest.raises(SettingsError, match=rf"^{key}: "):
        _settings(**{key: "maybe"})


def test_log_level_is_case_insensitive_and_checked() -> None:
    assert _settings(logLevel="debug").log_level == "DEBUG"
    with pytest.raises(SettingsError, match="logLevel"):
        _settings(logLevel="verbose")


def test_text_options_pass_through_and_defaults_apply() -> None:
    parsed = _settings(serviceName="svc", metricsNamespace="Ns", stageName="prod")
    assert (parsed.service_name, parsed.metrics_namespace, parsed.stage_name) == ("svc", "Ns", "prod")
    defaults = _settings()
    assert defaults.reserved_concurrency == DEFAULTS["reservedConcurrency"]
    assert DEFAULTS["throttleRateLimit"] == "auto"
    assert defaults.throttle_rate_limit == defaults.aws_requests_per_second == DEFAULTS["awsRequestsPerSecond"]
    assert defaults.enable_state_machine is True and defaults.enable_snap_start is False


@pytest.mark.parametrize(
    ("stack_name", "service", "namespace"),
    [
        ("SmsPoolDisassociate", "sms-pool-disassociate", "SmsPoolDisassociate"),
        ("SmsPoolStaging", "sms-pool-staging", "SmsPoolStaging"),
        ("Prod2Stack", "prod2-stack", "Prod2Stack"),
        ("my-sms_stack", "my-sms-stack", "my-sms_stack"),
    ],
)
@pytest.mark.parametrize("raw", ["auto", " AUTO ", "", None])
def test_auto_names_derive_from_the_stack_name(stack_name: str, service: str, namespace: str, raw: Any) -> None:
    context = {} if raw is None else {"serviceName": raw, "metricsNamespace": raw}
    derived = Settings.from_context(_Node(with_local_opt_ins(context)), stack_name)  # type: ignore[arg-type]
    assert (derived.service_name, derived.metrics_namespace) == (service, namespace)
    assert DEFAULTS["serviceName"] == DEFAULTS["metricsNamespace"] == "auto"


def test_explicit_names_win_over_the_stack_name() -> None:
    named = with_local_opt_ins({"serviceName": "svc", "metricsNamespace": "Ns"})
    given = Settings.from_context(_Node(named), "Other")  # type: ignore[arg-type]
    assert (given.service_name, given.metrics_namespace) == ("svc", "Ns")
    # No validation context: the default stack name.
    assert Settings.model_validate(with_local_opt_ins({})).service_name == "sms-pool-disassociate"


def test_function_environment_is_what_the_handler_reads() -> None:
    parsed = _settings(
        serviceName="svc",
        metricsNamespace="Ns",
        logLevel="warning",
        connectTimeout="0.5",
        readTimeout=4,
        maxAttempts=2,
        resolvePhoneNumbers="false",
        awsRequestsPerSecond="2.5",
    )
    assert parsed.function_environment() == {
        "POWERTOOLS_SERVICE_NAME": "svc",
        "POWERTOOLS_METRICS_NAMESPACE": "Ns",
        "POWERTOOLS_LOG_LEVEL": "WARNING",
        "POWERTOOLS_TRACE_DISABLED": "false",
        "SMS_POOL_CONNECT_TIMEOUT": "0.5",
        "SMS_POOL_READ_TIMEOUT": "4",
        "SMS_POOL_MAX_ATTEMPTS": "2",
        "SMS_POOL_RESOLVE_PHONE_NUMBERS": "false",  # the resolution switch, passed through
        "SMS_POOL_AWS_REQUESTS_PER_SECOND": "2.5",  # the pace of paged listings
    }


def test_the_layer_version_matches_the_installed_powertools() -> None:
    # The venv is installed from the lock, so the installed version is the pinned one.
    assert powertools_version() == version("aws-lambda-powertools")


def test_a_lock_without_powertools_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "requirements").mkdir()
    (tmp_path / "requirements" / "runtime.txt").write_text("boto3==1.0\n# aws-lambda-powertools==3.0.0\n")
    (tmp_path / "requirements" / "notes.in").write_text("aws-lambda-powertools==3.0.0\n")  # not a lock file
    monkeypatch.setattr(infra.settings, "ROOT", tmp_path)
    with pytest.raises(SettingsError) as caught:
        powertools_version()
    assert str(caught.value) == "aws-lambda-powertools must be pinned once in requirements/*.txt, found []"


def test_two_different_powertools_pins_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "requirements").mkdir()
    (tmp_path / "requirements" / "a.txt").write_text("aws-lambda-powertools==3.1.0\n")
    (tmp_path / "requirements" / "b.txt").write_text("aws-lambda-powertools==3.2.0\n")
    monkeypatch.setattr(infra.settings, "ROOT", tmp_path)
    with pytest.raises(SettingsError, match=r"found \['3\.1\.0', '3\.2\.0'\]"):
        powertools_version()


@pytest.mark.parametrize(
    "line",
    [
        "aws-lambda-powertools==3.1.0",
        "aws_lambda_powertools[tracer]==3.1.0 ; python_version>'3'",
        "AWS-Lambda-Powertools==3.1.0",
    ],
)
def test_the_pinned_powertools_version_is_read_in_any_spelling(
    line: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "requirements").mkdir()
    (tmp_path / "requirements" / "app.txt").write_text(f"boto3==1.0\n{line}\n")
    monkeypatch.setattr(infra.settings, "ROOT", tmp_path)
    assert powertools_version() == "3.1.0"


@pytest.mark.parametrize(
    ("context", "message"),
    [
        (
            {"memorySize": "x"},
            "memorySize: Input should be a valid integer, unable to parse string as an integer (got 'x')",
        ),
        (
            {"allowedVpcEndpoints": ["vpc-123"]},
            "allowedVpcEndpoints: 'vpc-123' is not a VPC endpoint id; pass vpce-<8 to 17 hex digits>",
        ),
        (
            {"allowedPrincipals": "[1,"},
            "allowedPrincipals: '[1,' is not a JSON list; pass a JSON list or comma-separated values",
        ),
        ({"logRetentionDays": 2}, f"logRetentionDays: must be one of {sorted(RETENTION_NAMES)} (got 2)"),
        (
            {"allowedPrincipals": ["arn:aws:sts::111122223333:assumed-role/Admin/session"]},
            "allowedPrincipals: 'arn:aws:sts::111122223333:assumed-role/Admin/session' is an STS session; "
            "aws:PrincipalArn is the role's ARN: pass arn:aws:iam::111122223333:role/Admin if the role has no path, "
            "else arn:aws:iam::111122223333:role/<path>/Admin (the session ARN does not show the path; "
            "`aws iam get-role --role-name Admin --query Role.Arn` prints it)",
        ),
        (
            {"allowedPrincipals": ["arn:aws:iam::111122223333:root"]},
            "allowedPrincipals: 'arn:aws:iam::111122223333:root' names a whole account and would deny every caller "
            "in it; pass its role or user ARNs instead",
        ),
    ],
)
def test_a_mistake_is_one_exact_line(context: dict[str, Any], message: str) -> None:
    with pytest.raises(SettingsError) as caught:
        _settings(**context)
    assert str(caught.value) == message


@pytest.mark.parametrize("raw", ["auto", "AUTO", " Auto ", "", None])
def test_every_spelling_of_auto_derives_the_stage_and_the_attempts_from_the_quota(raw: Any) -> None:
    # None is an absent option (from_context drops it); a 25/s quota gives a 25/s stage, a 25 burst and 1 attempt.
    derived = _settings(awsRequestsPerSecond=25, throttleRateLimit=raw, throttleBurstLimit=raw, maxAttempts=raw)
    assert (derived.throttle_rate_limit, derived.throttle_burst_limit, derived.max_attempts) == (25, 25, 1)


@pytest.mark.parametrize("raw", ["auto", "AUTO", " Auto ", "", None])
def test_auto_burst_and_attempts_follow_an_explicit_stage_rate(raw: Any) -> None:
    # A 50/s stage in front of a 25/s quota is unshaped: botocore keeps its 3 attempts; the burst is 1 s of 50/s.
    context = {"connectTimeout": 0.1, "readTimeout": 0.1, "awsRequestsPerSecond": 25, "throttleRateLimit": 50}
    derived = _settings(**context, throttleBurstLimit=raw, maxAttempts=raw)
    assert (derived.throttle_rate_limit, derived.throttle_burst_limit, derived.max_attempts) == (50, 50, 3)


def test_the_makefile_tests_the_function_on_the_runtime_the_stack_deploys() -> None:
    # The Makefile reads LAMBDA_PY from TESTED_RUNTIME's line rather than repeating the version.
    root = infra.settings.ROOT
    make = ["make", "-s", "-n", "test-lambda-python"]
    dry_run = subprocess.run(make, cwd=root, capture_output=True, text=True, check=False)
    assert dry_run.returncode == 0, dry_run.stderr
    assert f"for py in {infra.settings.TESTED_RUNTIME} " in dry_run.stdout
    assert "LAMBDA_PY := $(shell sed" in (root / "Makefile").read_text()


@pytest.mark.parametrize(
    ("key", "closest"),
    [
        ("allowedPrincipal", "allowedPrincipals"),  # the typo: it would have dropped the access limit
        ("allowed-principals", "allowedPrincipals"),
        ("AllowedVpcEndpoints", "allowedVpcEndpoints"),
        ("stackname", "stackName"),
        ("memory", "memorySize"),
    ],
)
def test_an_unknown_context_key_is_named_with_the_closest_known_one(key: str, closest: str) -> None:
    context = {key: "x", "allowedPrincipals": "arn:aws:iam::111122223333:role/caller"}
    with pytest.raises(SettingsError) as caught:
        infra.settings.check_context_keys(context)
    assert str(caught.value) == (
        f"unknown context key {key!r}: did you mean {closest!r}? (every option is listed in docs/infrastructure.md)"
    )


def test_the_cdks_own_keys_and_every_settings_field_pass() -> None:
    cdk_own = [
        "@aws-cdk/core:enablePartitionLiterals",  # feature flags (cdk.json)
        "@aws-cdk-containers/ecs-service-extensions:enableDefaultLogDriver",
        "aws:cdk:enable-path-metadata",  # what the CLI passes on every synth (CDK_CONTEXT_JSON)
        "aws:cdk:bundling-stacks",
        "aws-cdk:enableDiffNoFail",
        "availability-zones:account=111122223333:region=us-east-1",  # a lookup cache (cdk.context.json)
        "acknowledged-issue-numbers",
        "cli-telemetry",
    ]
    # Derived from the model: a field added to Settings is a known key with no second list to edit.
    assert set(infra.settings.known_context_keys()) == {*DEFAULTS, "stackName"}
    assert infra.settings.unknown_context_error([*cdk_own, *DEFAULTS, "stackName"]) is None
