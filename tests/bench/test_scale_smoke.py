"""``python -m bench.scale`` at a smoke size: it runs as documented and its figures show the design's call counts."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.synth import ROOT, Synth


def test_the_scale_bench_counts_the_calls_of_each_phase(synth: Synth, tmp_path: Path) -> None:
    output = tmp_path / "scale.json"
    args = ["--sizes", "16", "--bulk", "4", "--cdk-out", str(synth.outdir), "--json", str(output)]
    proc = subprocess.run(
        [sys.executable, "-m", "bench.scale", *args], cwd=ROOT, capture_output=True, text=True, timeout=300, check=False
    )
    assert proc.returncode == 0, proc.stderr
    rows = {row["phase"]: row for row in json.loads(output.read_text())["rows"]}
    assert rows["cold first"]["outcome"] == "OK after 1 invocation(s)"
    assert rows["cold first"]["calls"]["DescribePhoneNumbers"] == 1  # 16 numbers: one page of the index
    assert rows["next ten"]["calls"] == {"DisassociateOriginationIdentity": 5}  # warm: no listing at all
    for dry in ("dry run id", "dry run number"):  # constant: the pool's first 2 members and one Describe
        assert rows[dry]["outcome"] == "OK" and rows[dry]["calls"] == {
            "DescribePhoneNumbers": 1,
            "ListPoolOriginationIdentities": 1,
        }
    bulk = rows["bulk of 4"]
    assert bulk["outcome"] == "4 removed" and bulk["calls"]["DisassociateOriginationIdentity"] == 4
    assert "bulk of 4" in proc.stdout
