"""Issue 25's infrastructure: fail-closed settings, exact IAM, the audit trail's own log group, the asset allow-list."""

from __future__ import annotations

import base64
import gzip
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from infra import audit_forwarder
from infra.function import ASSET_EXCLUDES, pool_arns, pools_environment
from infra.settings import Settings, SettingsError
from local.defaults import SYNTH_CONTEXT
from tests.infra.support import ContextNode, as_list, render
from tests.synth import ROOT, Synth, synth_app


def _settings(**context: Any) -> Settings:
    return Settings.from_context(ContextNode(context))  # type: ignore[arg-type]


CALLER = "arn:aws:iam::111122223333:role/caller"


@pytest.mark.parametrize(
    ("context", "message"),
    [
        ({"allowedPrincipals": CALLER}, "^allowedPools is required: .*-c allowAllPools=true"),
        ({"allowedPools": "pool-a"}, "^allowedPrincipals or allowedVpcEndpoints is required: .*allowAccountCallers"),
        ({"allowedPools": "pool-a", "allowAllPools": "true", "allowedPrincipals": CALLER}, "not both"),
        ({"allowAllPools": "true", "allowedPrincipals": CALLER, "allowAccountCallers": "true"}, "drop it"),
        ({"allowedPools": "pool/x", "allowedPrincipals": CALLER}, "^allowedPools: 'pool/x' is not a pool id"),
        ({"allowAllPools": "true", "allowAccountCallers": "true", "auditRetentionDays": 180}, "auditRetentionDays"),
    ],
)
def test_a_synth_without_the_choices_stops_in_one_line(context: dict[str, Any], message: str) -> None:
    with pytest.raises(SettingsError, match=message) as raised:
        _settings(**context)
    assert "\n" not in str(raised.value)


def test_a_first_synth_with_no_settings_stops_with_one_line(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "app.py"],
        cwd=ROOT,
        env={"PATH": str(ROOT / "node_modules" / ".bin") + ":/usr/bin:/bin", "CDK_OUTDIR": str(tmp_path)},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 2
    assert proc.stderr.strip().splitlines() == [proc.stderr.strip()] and "allowedPools is required" in proc.stderr


@pytest.mark.parametrize("all_pools", [True, False])
def test_shared_pools_stay_allowed_with_or_without_every_own_pool(all_pools: bool) -> None:
    shared = "arn:aws:sms-voice:us-east-1:444455556666:pool/pool-shared0123"
    choice = {"allowAllPools": "true"} if all_pools else {"allowedPools": "pool-own"}
    settings = _settings(**choice, extraResourceArns=shared, allowAccountCallers="true")
    arns = pool_arns(settings)
    assert shared in arns and len(arns) == 2
    assert (pools_environment(settings) == "*") is all_pools


def test_the_local_mode_passes_its_own_opt_ins() -> None:
    makefile = (ROOT / "Makefile").read_text()
    (line,) = re.findall(r"^LOCAL_CONTEXT := (.*)$", makefile, re.MULTILINE)
    assert dict(re.findall(r"-c (\w+)=(\S+)", line)) == SYNTH_CONTEXT
    assert makefile.count("$(LOCAL_CONTEXT)") == 2  # `make synth` and load-quota's second synth; not deploy


def test_the_access_log_names_the_caller_api_gateway_verified(synth: Synth) -> None:
    # The HTTP entry point's record that cannot be forged (docs/infrastructure.md, "Entry points").
    stage = synth.one("AWS::ApiGateway::Stage")
    fields = json.loads(stage["AccessLogSetting"]["Format"])
    assert fields["userArn"] == "$context.identity.userArn" and fields["requestId"] == "$context.requestId"


def test_the_opt_ins_are_named_in_the_synth_output(synth: Synth, variant: Synth) -> None:
    assert "ALL POOLS" in synth.raw["Outputs"]["AllowedPools"]["Value"]
    assert "every principal of the account" in synth.raw["Outputs"]["AllowedCallers"]["Value"]
    assert "ALL" not in render(variant.raw["Outputs"]["AllowedPools"]["Value"])
    assert "caller-a" in variant.raw["Outputs"]["AllowedCallers"]["Value"]


def _statements(synth: Synth) -> list[dict[str, Any]]:
    return [
        stmt
        for policy in synth.resources("AWS::IAM::Policy").values()
        for stmt in policy["Properties"]["PolicyDocument"]["Statement"]
    ]


@pytest.mark.parametrize("name", ["synth", "variant"])
def test_every_pass_role_names_the_service(name: str, request: pytest.FixtureRequest) -> None:
    passes = [s for s in _statements(request.getfixturevalue(name)) if "iam:PassRole" in as_list(s["Action"])]
    assert passes and all(
        s["Condition"] == {"StringEquals": {"iam:PassedToService": "apigateway.amazonaws.com"}} for s in passes
    )


@pytest.mark.parametrize("name", ["synth", "variant"])  # SnapStart off, and on (the alias)
def test_state_machines_invoke_exactly_their_target(name: str, request: pytest.FixtureRequest) -> None:
    synth: Synth = request.getfixturevalue(name)
    invokes = [s for s in _statements(synth) if s["Action"] == "lambda:InvokeFunction"]
    assert len(invokes) == 2
    for statement in invokes:
        (resource,) = as_list(statement["Resource"])
        assert not render(resource).endswith(":*")


@pytest.mark.parametrize(
    ("path", "shipped"),
    [
        ("sms_pool/core.py", True),
        ("sms_pool/_generated/task.py", True),
        ("sms_pool/_generated/task.pyi", True),
        (".env", False),
        ("sms_pool/.env", False),
        ("sms_pool/notes.txt", False),
        ("sms_pool/__pycache__/core.cpython-313.pyc", False),
        ("sms_pool/_generated/.DS_Store", False),
        ("secrets.json", False),
    ],
)
def test_the_asset_is_an_allow_list(path: str, shipped: bool) -> None:
    from aws_cdk import IgnoreStrategy

    root = str(ROOT / "lambda_src")
    strategy = IgnoreStrategy.glob(root, ASSET_EXCLUDES)
    parts = path.split("/")
    # The asset copy skips a directory that is ignored, so a file ships only when no parent is ignored either.
    ignored = any(strategy.ignores(f"{root}/{'/'.join(parts[: i + 1])}") for i in range(len(parts)))
    assert ignored is not shipped


def test_the_audit_trail_is_fed_from_the_function_log_group(synth: Synth) -> None:
    (subscription,) = synth.resources("AWS::Logs::SubscriptionFilter").values()
    props = subscription["Properties"]
    assert render(props["LogGroupName"]).startswith("<FunctionLogGroup")
    assert props["FilterPattern"] == '{ $.type = "audit" }'
    assert render(props["DestinationArn"]).startswith("<AuditForwarder")
    (forwarder,) = [f for k, f in synth.resources("AWS::Lambda::Function").items() if k.startswith("AuditForwarder")]
    env = forwarder["Properties"]["Environment"]["Variables"]
    assert render(env[audit_forwarder.GROUP_ENV]).startswith("<AuditTrail")


class _Logs:
    class exceptions:  # noqa: N801 - botocore's attribute name
        class ResourceAlreadyExistsException(Exception):  # noqa: N818 - botocore's name
            pass

    def __init__(self) -> None:
        self.calls: list[tuple[str, dict[str, Any]]] = []

    def create_log_stream(self, **kwargs: Any) -> None:
        self.calls.append(("create_log_stream", kwargs))
        if len(self.calls) > 1:
            raise self.exceptions.ResourceAlreadyExistsException

    def put_log_events(self, **kwargs: Any) -> None:
        self.calls.append(("put_log_events", kwargs))


def _awslogs(batch: dict[str, Any]) -> dict[str, Any]:
    return {"awslogs": {"data": base64.b64encode(gzip.compress(json.dumps(batch).encode())).decode()}}


def test_the_forwarder_copies_audit_lines_unchanged() -> None:
    lines = [{"timestamp": 2, "message": '{"type":"audit","n":2}'}, {"timestamp": 1, "message": '{"type":"audit"}'}]
    batch = {"messageType": "DATA_MESSAGE", "logStream": "2026/12/05/[$LATEST]abc", "logEvents": lines}
    client = _Logs()
    assert audit_forwarder.forward(client, "trail", audit_forwarder.decode(_awslogs(batch))) == 2
    assert audit_forwarder.forward(client, "trail", batch) == 2  # the stream exists by now: no failure
    put = client.calls[1][1]
    assert put["logGroupName"] == "trail" and put["logStreamName"] == batch["logStream"]
    assert [event["message"] for event in put["logEvents"]] == ['{"type":"audit"}', '{"type":"audit","n":2}']
    assert audit_forwarder.forward(client, "trail", {"messageType": "CONTROL_MESSAGE"}) == 0


def test_no_synth_used_a_local_opt_in_it_did_not_ask_for(tmp_path: Path) -> None:
    named = synth_app(tmp_path, {"allowedPools": "pool-a", "allowedPrincipals": CALLER, "allowAllPools": None})
    assert render(named.raw["Outputs"]["AllowedPools"]["Value"]) == "pool-a"
    api = named.one("AWS::ApiGateway::RestApi")
    assert {s["Sid"] for s in api["Policy"]["Statement"]} == {"AllowCallers", "DenyOtherPrincipals"}
