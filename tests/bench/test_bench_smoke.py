"""``python -m bench.run --quick`` runs and writes its JSON (no timing assertions: the machine is shared)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.synth import ROOT


def test_quick_bench_writes_positive_figures(tmp_path: Path) -> None:
    output = tmp_path / "latest.json"
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "bench.run",
            "--quick",
            "--only",
            "warm_sfn,warm_number,audit,asset",
            "--output",
            str(output),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert "warm_sfn" in proc.stdout
    document = json.loads(output.read_text())
    assert {"meta", "sections", "table"} <= document.keys()
    assert set(document["sections"]) == {"warm_sfn", "warm_number", "audit", "asset"}

    warm = document["sections"]["warm_sfn"]
    assert warm["status"] == "ok"
    main = warm["rows"][0]
    for key in ("median", "p95", "baseline_median", "baseline_p95", "ratio"):
        assert isinstance(main[key], float) and main[key] > 0, (key, main)
    assert main["n"] > 0

    asset = document["sections"]["asset"]
    assert asset["status"] == "ok"
    assert asset["rows"][0]["median"] > 0
    assert asset["extra"]["bytes"] > 0
    assert "sms_pool/handlers.py" in asset["extra"]["files"]

    # Issue 12/19: removal by number on a warm index (a lookup, then the removal) and the audit record's own cost.
    number = document["sections"]["warm_number"]["rows"][0]
    assert number["median"] > 0 and number["ratio"] > 1  # the handler's work on top of one canned AWS call
    audit_rows = {row["metric"]: row["median"] for row in document["sections"]["audit"]["rows"]}
    assert audit_rows["audit record, rendered and written"] > 0 and audit_rows["  its size"] > 100
