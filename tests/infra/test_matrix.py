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
from tests.infra.conftest import MATRIX
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


def test_untested_runtime_and_unavailable_snapstart_warn_at_synth(
    matrix: dict[str, Synth], tmp_path_factory: pytest.TempPathFactory
) -> None:
    from tests.synth import synth_app

    assert any("pythonRuntime python3.14" in w for w in _warnings(matrix["us_east_1"]))
    assert not any("SnapStart" in w for w in _warnings(matrix["us_east_1"]))
    china = synth_app(
        tmp_path_factory.mktemp("cdk-cn-snapstart"),
        {**MATRIX["cn_north_1"][0], "enableSnapStart": "true"},
        "cn-north-1",
    )
    assert any("SnapStart for Python is not available in aws-cn" in w for w in _warnings(china))


# Properties whose value must be unique per account and region (the names CloudFormation does not generate).
_PHYSICAL_NAMES = ("LogGroupName", "DashboardName", "FunctionName", "RoleName", "StateMachineName", "AlarmName")


def test_two_stacks_deploy_side_by_side_in_one_account(tmp_path_factory: pytest.TempPathFactory) -> None:
    from aws_cdk import App, Environment

    from infra.stack import SmsPoolStack

    outdir = tmp_path_factory.mktemp("cdk-two-stacks")
    flags = json.loads((ROOT / "cdk.json").read_text())["context"]
    app = App(outdir=str(outdir), context={**flags, **with_local_opt_ins({})})
    env = Environment(account=ACCOUNT, region="us-east-1")
    for stack_name in ("SmsPoolStaging", "SmsPoolProd"):
        SmsPoolStack(app, stack_name, env=env)
    app.synth()
    names: list[str] = []
    for stack_name in ("SmsPoolStaging", "SmsPoolProd"):
        template = json.loads((outdir / f"{stack_name}.template.json").read_text())
        for resource in template["Resources"].values():
            props = resource.get("Properties", {})
            # A literal is a fixed name; a reference ({"Ref": ...}) names a resource of the same stack.
            names += [props[key] for key in _PHYSICAL_NAMES if isinstance(props.get(key), str)]
            if resource["Type"] == "AWS::ApiGateway::RestApi":
                names.append(props["Name"])
    assert names, "no physical names found"
    assert len(names) == len(set(names)), sorted(names)


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
