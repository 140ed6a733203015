"""Offline synthesis of the CDK app for tests (shared by infra and integration tests).

Importing this module needs no CDK (the Lambda code's tests import it on an interpreter without aws-cdk-lib);
only :func:`synth_app` does.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from aws_cdk.assertions import Template

ROOT = Path(__file__).resolve().parents[1]
STACK = "SmsPoolDisassociate"
ACCOUNT = "111122223333"  # the account of environment-specific test synths

# jsii runs `node`: prefer the project's pinned Node 22 (make node) over an end-of-life system Node.
_NODE_BIN = ROOT / "node_modules" / ".bin"
if (_NODE_BIN / "node").exists() and not os.environ.get("PATH", "").startswith(str(_NODE_BIN)):
    os.environ["PATH"] = f"{_NODE_BIN}{os.pathsep}{os.environ.get('PATH', '')}"


@dataclass(frozen=True)
class Synth:
    """One synthesized app: the template (raw and as assertions) and cdk-nag's report."""

    outdir: Path
    raw: dict[str, Any]
    template: Template
    report: dict[str, Any]
    region: str | None = None

    @property
    def template_path(self) -> Path:
        """The stack's template file."""
        return self.outdir / f"{STACK}.template.json"

    def resources(self, cfn_type: str) -> dict[str, dict[str, Any]]:
        """Logical id -> resource for every resource of ``cfn_type``."""
        return {key: value for key, value in self.raw["Resources"].items() if value["Type"] == cfn_type}

    def one(self, cfn_type: str) -> dict[str, Any]:
        """The properties of the only resource of ``cfn_type``."""
        found = self.resources(cfn_type)
        assert len(found) == 1, f"expected one {cfn_type}, found {sorted(found)}"
        return next(iter(found.values()))["Properties"]  # type: ignore[no-any-return]


# Each fail-closed choice (infra/settings.py) and the context keys that make it; the local mode's opt-in
# (local.defaults.SYNTH_CONTEXT, what `make synth` passes) fills in the choices a test's context leaves open.
_CHOICES = {"allowAllPools": ("allowedPools",), "allowAccountCallers": ("allowedPrincipals", "allowedVpcEndpoints")}


def with_local_opt_ins(context: dict[str, Any] | None) -> dict[str, Any]:
    """``context`` plus the local mode's opt-ins for the choices it does not make; a key set to None is dropped."""
    from local.defaults import SYNTH_CONTEXT

    given = dict(context or {})
    opt_ins = {
        key: SYNTH_CONTEXT[key] for key, makers in _CHOICES.items() if not any(given.get(maker) for maker in makers)
    }
    return {key: value for key, value in {**opt_ins, **given}.items() if value is not None}


def synth_app(outdir: Path, context: dict[str, Any] | None, region: str | None = None) -> Synth:
    """Synthesize the app into ``outdir`` with extra ``context`` (environment-specific when ``region`` is set)."""
    from aws_cdk import Environment
    from aws_cdk.assertions import Template

    from app import build_app

    env = Environment(account=ACCOUNT, region=region) if region else None
    # The feature flags of cdk.json apply as they do for `cdk synth`/`cdk deploy`; the test's context on top, with
    # the local mode's opt-ins for the fail-closed choices it leaves open.
    flags = json.loads((ROOT / "cdk.json").read_text())["context"]
    build_app(context={**flags, **with_local_opt_ins(context)}, outdir=str(outdir), env=env).synth()
    raw = json.loads((outdir / f"{STACK}.template.json").read_text())
    report = json.loads((outdir / "validation-report.json").read_text())
    return Synth(outdir, raw, Template.from_json(raw), report, region)
