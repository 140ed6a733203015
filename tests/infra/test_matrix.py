"""The deploy matrix: cdk-nag and cfn-lint (per partition region) on every combination, partition rules,
the layer reference, the account-level logging role, two stacks side by side, one-line context errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import defaultdict
from typing import Any

import pytest
from cfnlint.api import ManualArgs, lint_by_config  # type: ignore[import-untyped]

from infra.function import powertools_parameter
from infra.settings import TESTED_RUNTIME
from tests.infra.conftest import CN_LAYER, GOV_LAYER, MATRIX
from tests.synth import ACCOUNT, ROOT, STACK, Synth, with_local_opt_ins

# cfn-lint checks an environment-agnostic template against one region of each partition.
AGNOSTIC_REGIONS = ("us-east-1", "cn-north-1", "us-gov-west-1")
# Only W3005 (explicit DependsOn next to a GetAtt), a known CDK pattern, is expected.
ACCEPTED_LINT = {"W3005"}


@pytest.mark.parametrize("name", sorted(MATRIX))
def test_cdk_nag_passes(matrix: dict[str, Synth], name: str) -> None:
    (plugin,) = matrix[name].report["pluginReports"]
    assert plugin["conclusion"] == "success", plugin["violations"]


def test_cfn_lint_is_clean_in_every_partition(matrix: dict[str, Synth]) -> None:
    # One in-process run per region over all templates that target it (a run costs seconds, a template little).
    by_region: dict[str, list[str]] = defaultdict(list)
    for name, result in matrix.items():
        # SnapStart for Python exists in the commercial partition only (as documented; cfn-lint E2530 agrees).
        snap_start = str(MATRIX[name][0].get("enableSnapStart", "false")) == "true"
        agnostic = AGNOSTIC_REGIONS[:1] if snap_start else AGNOSTIC_REGIONS
        for region in (result.region,) if result.region else agnostic:
            by_region[region].append(str(result.template_path))
    found = [
        f"{region}: {match}"
        for region, templates in sorted(by_region.items())
        for match in lint_by_config(ManualArgs(templates=templates, regions=[region]))
        if match.rule.id not in ACCEPTED_LINT
    ]
    assert found == []


def _function(result: Synth) -> dict[str, Any]:
    return next(
        res["Properties"]
        for key, res in result.resources("AWS::Lambda::Function").items()
        if key.startswith("Function") and res["Properties"].get("Handler") == "sms_pool.handlers.handler"
    )


def test_layer_resolves_from_the_pinned_ssm_parameter_in_the_commercial_partition(matrix: dict[str, Synth]) -> None:
    for name in ("default", "us_east_1"):
        result = matrix[name]
        (layer,) = _function(result)["Layers"]
        parameter = result.raw["Parameters"][layer["Ref"]]
        runtime = MATRIX[name][0].get("pythonRuntime", TESTED_RUNTIME)
        assert parameter == {"Type": "AWS::SSM::Parameter::Value<String>", "Default": powertools_parameter(runtime)}
        assert parameter["Default"].startswith(f"/aws/service/powertools/python/arm64/{runtime}/")
        assert _function(result)["Runtime"] == runtime


@pytest.mark.parametrize("name", ["cn_north_1", "us_gov_west_1"])
def test_other_partitions_use_the_explicit_layer_arn(matrix: dict[str, Synth], name: str) -> None:
    result = matrix[name]
    assert _function(result)["Layers"] == [MATRIX[name][0]["powertoolsLayerArn"]]
    assert not [p for p in result.raw.get("Parameters", {}) if p.startswith("SsmParameterValue")]


def test_partition_features(matrix: dict[str, Synth]) -> None:
    china, gov, commercial = (_function(matrix[n]) for n in ("cn_north_1", "us_gov_west_1", "us_east_1"))
    # No X-Ray integration for Lambda in China; no JSON system-log format in GovCloud.
    assert "TracingConfig" not in china or china["TracingConfig"] == {"Mode": "PassThrough"}
    assert china["Environment"]["Variables"]["POWERTOOLS_TRACE_DISABLED"] == "true"
    assert gov["LoggingConfig"]["LogFormat"] == "Text"
    assert commercial["LoggingConfig"]["LogFormat"] == "JSON"
    assert commercial["TracingConfig"] == {"Mode": "Active"}
    # Log-level filtering exists only with the JSON format.
    assert set(gov["LoggingConfig"]) == {"LogFormat", "LogGroup"}


@pytest.mark.parametrize(
    ("name", "application", "system"),
    [("default", "INFO", "INFO"), ("variant", "DEBUG", "DEBUG"), ("us_east_1", "INFO", "WARN")],
)
def test_lambda_log_levels_follow_log_level_and_keep_level_less_lines(
    matrix: dict[str, Synth], name: str, application: str, system: str
) -> None:
    # Lambda counts a line without a level (the audit record, EMF metrics) as INFO: the application filter
    # is never stricter than INFO, and logLevel=DEBUG reaches CloudWatch (JSON's implicit filter is INFO).
    function = _function(matrix[name])
    config = function["LoggingConfig"]
    assert (config["LogFormat"], config["ApplicationLogLevel"], config["SystemLogLevel"]) == (
        "JSON",
        application,
        system,
    )
    wanted = str(MATRIX[name][0].get("logLevel", "INFO")).upper()
    assert function["Environment"]["Variables"]["POWERTOOLS_LOG_LEVEL"] == wanted


@pytest.mark.parametrize("name", sorted(MATRIX))
def test_no_unconditional_api_gateway_account(matrix: dict[str, Synth], name: str) -> None:
    result = matrix[name]
    assert not result.resources("AWS::ApiGateway::Account")
    ((setting_id, setting),) = result.resources("Custom::ApiGatewayAccountCloudWatchRole").items()
    # The stage (execution logging) is created only after the role is registered.
    (stage,) = result.resources("AWS::ApiGateway::Stage").values()
    assert setting_id in stage["DependsOn"]
    role_id = setting["Properties"]["RoleArn"]["Fn::GetAtt"][0]
    assert result.raw["Resources"][role_id]["DeletionPolicy"] == "Retain"


def _warnings(result: Synth) -> list[str]:
    metadata = json.loads((result.outdir / f"{STACK}.metadata.json").read_text())
    return [
        str(entry["data"]) for entries in metadata.values() for entry in entries if entry["type"] == "aws:cdk:warning"
    ]


def test_an_untested_runtime_warns_at_synth(matrix: dict[str, Synth]) -> None:
    assert any("pythonRuntime python3.14" in w for w in _warnings(matrix["us_east_1"]))
    assert not any("SnapStart" in w for w in _warnings(matrix["us_east_1"]))


@pytest.mark.parametrize(
    ("region", "where"),
    [
        ("ap-southeast-6", "ap-southeast-6 (Asia Pacific (New Zealand))"),
        ("ap-east-2", "ap-east-2 (Asia Pacific (Taipei))"),
        ("cn-north-1", "cn-north-1 (aws-cn)"),
        ("us-gov-west-1", "us-gov-west-1 (aws-us-gov)"),
    ],
)
def test_snapstart_where_lambda_has_none_fails_synth_with_one_line(region: str, where: str) -> None:
    from aws_cdk import App, Environment

    from infra.partitions import snap_start_error
    from infra.settings import SettingsError
    from infra.stack import SmsPoolStack

    context = {"enableSnapStart": "true", "powertoolsLayerArn": CN_LAYER if region.startswith("cn-") else GOV_LAYER}
    if not region.startswith(("cn-", "us-gov-")):
        context.pop("powertoolsLayerArn")
    with pytest.raises(SettingsError) as caught:
        SmsPoolStack(App(context=with_local_opt_ins(context)), "S", env=Environment(account=ACCOUNT, region=region))
    assert str(caught.value) == snap_start_error(region)
    assert str(caught.value).startswith(f"enableSnapStart: Lambda SnapStart is not offered in {where}; ")
    assert "-c enableSnapStart=false" in str(caught.value)
    assert snap_start_error("us-east-1") is None and snap_start_error("ap-southeast-2") is None


def test_an_environment_agnostic_snapstart_stack_checks_the_region_at_deploy(variant: Synth, synth: Synth) -> None:
    # The region is known only at deploy: a template rule stops the deploy before any resource is created.
    from infra.partitions import SNAP_START_UNAVAILABLE

    (rule,) = [rule for key, rule in variant.raw["Rules"].items() if "SnapStartRegion" in key]
    asserted = [assertion["Assert"] for assertion in rule["Assertions"]]
    assert {"Fn::Equals": [{"Ref": "AWS::Partition"}, "aws"]} in asserted
    assert {"Fn::Not": [{"Fn::Contains": [sorted(SNAP_START_UNAVAILABLE), {"Ref": "AWS::Region"}]}]} in asserted
    assert all("-c enableSnapStart=false" in assertion["AssertDescription"] for assertion in rule["Assertions"])
    assert not [key for key in synth.raw.get("Rules", {}) if "SnapStartRegion" in key]


# Properties whose value must be unique per account and region (the names CloudFormation does not generate).
_PHYSICAL_NAMES = ("LogGroupName", "DashboardName", "FunctionName", "RoleName", "StateMachineName", "AlarmName")


def test_two_stacks_deploy_side_by_side_in_one_account(tmp_path_factory: pytest.TempPathFactory) -> None:
    from aws_cdk import App, Environment

    from infra.stack import SmsPoolStack

    outdir = tmp_path_factory.mktemp("cdk-two-stacks")
    flags = json.loads((ROOT / "cdk.json").read_text())["context"]
    app = App(outdir=str(outdir), context={**flags, **with_local_opt_ins({})})
    env = Environment(account=ACCOUNT, region="us-east-1")
    for stack_name in STACKS:
        SmsPoolStack(app, stack_name, env=env)
    app.synth()
    names: list[str] = []
    for stack_name in STACKS:
        template = json.loads((outdir / f"{stack_name}.template.json").read_text())
        for resource in template["Resources"].values():
            props = resource.get("Properties", {})
            # A literal is a fixed name; a reference ({"Ref": ...}) names a resource of the same stack.
            names += [props[key] for key in _PHYSICAL_NAMES if isinstance(props.get(key), str)]
            if resource["Type"] == "AWS::ApiGateway::RestApi":
                names.append(props["Name"])
    assert names, "no physical names found"
    assert len(names) == len(set(names)), sorted(names)
    # Each stack's metrics (EMF and audit metric filters) and the alarms on them are its own: two copies side
    # by side never count each other's traffic (serviceName/metricsNamespace derive from the stack name).
    watched = {name: _own_metrics(json.loads((outdir / f"{name}.template.json").read_text())) for name in STACKS}
    assert all(watched.values())
    assert not watched["SmsPoolStaging"] & watched["SmsPoolProd"], watched


STACKS = ("SmsPoolStaging", "SmsPoolProd")


def _own_metrics(template: dict[str, Any]) -> set[str]:
    """The custom metrics a stack writes or alarms on, as namespace/name/dimensions text."""
    found: set[str] = set()
    for resource in template["Resources"].values():
        props = resource.get("Properties", {})
        if resource["Type"] == "AWS::Logs::MetricFilter":
            for metric in props["MetricTransformations"]:
                found.add(f"{metric['MetricNamespace']}/{metric['MetricName']}")
        if resource["Type"] == "AWS::Lambda::Function" and "Environment" in props:
            env = props["Environment"]["Variables"]
            if "POWERTOOLS_METRICS_NAMESPACE" in env:
                found.add(f"{env['POWERTOOLS_METRICS_NAMESPACE']}/*/service={env['POWERTOOLS_SERVICE_NAME']}")
        for query in props.get("Metrics", []) if resource["Type"] == "AWS::CloudWatch::Alarm" else []:
            metric = query.get("MetricStat", {}).get("Metric", {})
            if metric and not metric["Namespace"].startswith("AWS/"):
                dimensions = ",".join(f"{d['Name']}={d['Value']}" for d in metric.get("Dimensions", []))
                found.add(f"{metric['Namespace']}/{metric['MetricName']}/{dimensions}")
    return found


@pytest.mark.parametrize(
    ("context", "needle"),
    [
        ({"allowedPrincipals": f"arn:aws:sts::{ACCOUNT}:assumed-role/caller/session"}, "allowedPrincipals"),
        ({"timeoutSeconds": "soon"}, "timeoutSeconds"),
    ],
)
def test_a_bad_context_value_prints_one_line_not_a_traceback(
    tmp_path_factory: pytest.TempPathFactory, context: dict[str, str], needle: str
) -> None:
    env = {
        **os.environ,
        "CDK_CONTEXT_JSON": json.dumps(context),
        "CDK_OUTDIR": str(tmp_path_factory.mktemp("cdk-bad")),
    }
    done = subprocess.run(
        [sys.executable, "app.py"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False
    )
    lines = [line for line in done.stderr.splitlines() if line.strip() and not line.lstrip("b'").startswith("!!")]
    assert done.returncode == 2
    assert len(lines) == 1 and lines[0].startswith(f"error: {needle}"), done.stderr
