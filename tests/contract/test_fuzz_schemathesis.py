"""Contract fuzzing: schemathesis (every check, 500+ derandomized cases) against the local API's /openapi.json."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from tests.integration.conftest import LocalMode
from tests.reliability.logscan import body_leaks

MIN_CASES = 500
ST = Path(sys.executable).parent / "st"


def _run_schemathesis(api: str, report_dir: Path) -> subprocess.CompletedProcess[str]:
    command = [
        str(ST),
        "run",
        f"{api}/openapi.json",
        "--checks",
        "all",
        # unsupported_method: API Gateway (REST, as deployed and as the local API answers) gives an undeclared
        # method 403 Missing Authentication Token, not the 405 this check wants. missing_required_header: the
        # document declares SigV4 (an apiKey scheme on Authorization, as API Gateway's export does), but the fuzzed
        # local mode runs with checking off so that the function's own defence answers every request; and where it
        # is on, a missing signature is API Gateway's 403 MISSING_AUTHENTICATION, not the 401 this check wants.
        "--exclude-checks",
        "unsupported_method,missing_required_header",
        "--mode",
        "all",
        "--max-examples",
        str(MIN_CASES),
        "--generation-deterministic",
        "--workers",
        "1",
        "--request-timeout",
        "20",
        "--no-color",
        "--output-sanitize",
        "false",
        "--report",
        "json,har",
        "--report-dir",
        str(report_dir),
    ]
    return subprocess.run(command, cwd=report_dir, capture_output=True, text=True, timeout=240, check=False)


def _entries(report_dir: Path) -> list[dict[str, Any]]:
    (har,) = report_dir.glob("har-*.json")
    entries: list[dict[str, Any]] = json.loads(har.read_text())["log"]["entries"]
    return entries


def test_schemathesis_finds_nothing(rel_mode: LocalMode, tmp_path: Path) -> None:
    rel_mode.seed()
    run = _run_schemathesis(rel_mode.api, tmp_path)
    assert run.returncode == 0, run.stdout[-6000:] + run.stderr[-2000:]
    (report_file,) = tmp_path.glob("json-*.json")
    report = json.loads(report_file.read_text())
    assert report["complete"] and report["failures"] == [] and report["errors"] == []
    assert report["test_cases"]["generated"] >= MIN_CASES
    assert report["operations"]["tested"] == report["operations"]["total"] == 1

    entries = _entries(tmp_path)
    assert len(entries) >= MIN_CASES
    statuses = {entry["response"]["status"] for entry in entries}
    assert statuses <= {400, 403, 404, 415}, statuses  # no 5xx; what else a random request can get
    for entry in entries:
        response, request = entry["response"], entry["request"]
        if response["status"] < 400:
            continue
        assert response["content"]["mimeType"].startswith("application/problem+json")
        sent = (request.get("postData") or {}).get("text", "") + request["url"]
        assert body_leaks(response["content"].get("text", ""), sent) == [], entry
    # Invalid input never reached the emulator: every call it recorded came from a schema-valid body.
    for call in rel_mode.control.calls("DisassociateOriginationIdentity"):
        assert call["params"]["IsoCountryCode"].isupper() and len(call["params"]["IsoCountryCode"]) == 2
