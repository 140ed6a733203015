"""Synthesize the app once per session per context variant; every infra test reads those results."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from aws_cdk.assertions import Template

from tests.infra.support import ROOT

# jsii runs `node`: prefer the project's pinned Node 22 (make node_modules) over an end-of-life system Node.
_NODE_BIN = ROOT / "node_modules" / ".bin"
if (_NODE_BIN / "node").exists() and not os.environ.get("PATH", "").startswith(str(_NODE_BIN)):
    os.environ["PATH"] = f"{_NODE_BIN}{os.pathsep}{os.environ.get('PATH', '')}"

STACK = "SmsPoolDisassociate"

# A non-default deployment: SnapStart, a locked-down private API, a shared pool.
VARIANT_CONTEXT: dict[str, Any] = {
    "enableSnapStart": "true",
    "allowedPrincipals": "arn:aws:iam::111122223333:role/caller-a,arn:aws:iam::111122223333:role/caller-b",
    "allowedVpcEndpoints": '["vpce-0123456789abcdef0"]',
    "extraResourceArns": ["arn:aws:sms-voice:us-east-1:444455556666:pool/pool-shared0123"],
    "alarmTopicArn": "arn:aws:sns:us-east-1:111122223333:alarms",
    "reservedConcurrency": "none",
}


@dataclass(frozen=True)
class Synth:
    """One synthesized app: the template (raw and as assertions) and cdk-nag's report."""

    outdir: Path
    raw: dict[str, Any]
    template: Template
    report: dict[str, Any]

    def resources(self, cfn_type: str) -> dict[str, dict[str, Any]]:
        """Logical id -> resource for every resource of ``cfn_type``."""
        return {key: value for key, value in self.raw["Resources"].items() if value["Type"] == cfn_type}

    def one(self, cfn_type: str) -> dict[str, Any]:
        """The properties of the only resource of ``cfn_type``."""
        found = self.resources(cfn_type)
        assert len(found) == 1, f"expected one {cfn_type}, found {sorted(found)}"
        return next(iter(found.values()))["Properties"]  # type: ignore[no-any-return]


def _synth(outdir: Path, context: dict[str, Any] | None) -> Synth:
    from app import build_app  # after PATH is set: the import starts jsii's node process

    build_app(context=context, outdir=str(outdir)).synth()
    raw = json.loads((outdir / f"{STACK}.template.json").read_text())
    report = json.loads((outdir / "validation-report.json").read_text())
    return Synth(outdir, raw, Template.from_json(raw), report)


@pytest.fixture(scope="session")
def synth(tmp_path_factory: pytest.TempPathFactory) -> Synth:
    """The default deployment (cdk.json context only)."""
    return _synth(tmp_path_factory.mktemp("cdk-default"), None)


@pytest.fixture(scope="session")
def variant(tmp_path_factory: pytest.TempPathFactory) -> Synth:
    """SnapStart on, resource policy, shared pool ARN, alarm topic."""
    return _synth(tmp_path_factory.mktemp("cdk-variant"), VARIANT_CONTEXT)


@pytest.fixture(scope="session")
def no_workflow(tmp_path_factory: pytest.TempPathFactory) -> Synth:
    """The example state machine switched off."""
    return _synth(tmp_path_factory.mktemp("cdk-noworkflow"), {"enableStateMachine": "false"})
