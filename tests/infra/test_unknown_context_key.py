"""The app as the CDK CLI runs it stops at an unknown context key (not in test_settings_edges.py: mutation testing
runs that file in a staging tree without app.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.synth import ROOT


def test_an_unknown_key_stops_the_synth_with_one_line(tmp_path: Path) -> None:
    # The app as the CDK CLI runs it: the context arrives in CDK_CONTEXT_JSON, with the CLI's own keys.
    context = {"allowedPrincipal": "arn:aws:iam::123456789012:role/x", "aws:cdk:enable-path-metadata": True}
    env = {**os.environ, "CDK_CONTEXT_JSON": json.dumps(context), "CDK_OUTDIR": str(tmp_path)}
    root = ROOT
    proc = subprocess.run(
        [sys.executable, str(root / "app.py")], cwd=root, env=env, capture_output=True, text=True, check=False
    )
    assert proc.returncode == 2
    assert proc.stderr.strip().splitlines() == [
        "error: unknown context key 'allowedPrincipal': did you mean 'allowedPrincipals'? "
        "(every option is listed in docs/infrastructure.md)"
    ]
    assert not (tmp_path / "manifest.json").exists()
