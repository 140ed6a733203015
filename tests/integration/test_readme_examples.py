"""The README's HTTP and Step Functions examples answer what the README says they answer, run as pasted."""

from __future__ import annotations

import json
import re
import subprocess
from typing import Any

from tests.contract.test_docs_commands import shell_blocks
from tests.integration.conftest import LocalMode
from tests.integration.test_cli_robustness import _cli
from tests.synth import ROOT

README = ROOT / "README.md"
PLACEHOLDER = "pool-0123..."


def _block(marker: str) -> str:
    return next(block for block in shell_blocks(README) if marker in block)


def _curl(block: str, api: str) -> tuple[int, dict[str, Any]]:
    # The README's block with the local mode's base URL (a free port here, the stage in the path as the README's).
    assert "API=http://127.0.0.1:3000/v1 " in block  # the deployed shape: the stage is the first path segment
    script = block.replace("API=http://127.0.0.1:3000/v1", f"API={api}").replace("curl -X", "curl -s -i -X", 1)
    result = subprocess.run(["bash", "-c", script], capture_output=True, text=True, timeout=60, check=True)
    status = int(result.stdout.split()[1])
    return status, json.loads(result.stdout.split("\n\n", 1)[1])


def test_the_readme_curl_answers_as_the_readme_says(local_mode: LocalMode) -> None:
    demo = local_mode.seed()
    block = _block("disassociate-origination-identity")
    assert demo["phone_numbers"][0] == "+12065550001" and "+12065550001" in block  # the demo's first number
    status, answer = _curl(block, local_mode.api)  # pasted unchanged: the placeholder is named
    assert (status, answer["code"]) == (400, "INVALID_REQUEST")
    assert [error["field"] for error in answer["errors"]] == ["PoolId"]
    status, answer = _curl(block.replace(PLACEHOLDER, demo["pool_id"]), local_mode.api)  # as the README says to
    assert status == 200 and answer["OriginationIdentity"] == demo["phone_number_ids"][0]
    text = README.read_text()
    assert "It answers 200; pasted unchanged, 400 `INVALID_REQUEST` naming `PoolId`" in re.sub(r"\s+", " ", text)


def test_the_readme_invoke_answers_as_the_readme_says(local_mode: LocalMode) -> None:
    local_mode.seed()
    line = _block("local.cli invoke").strip()
    payload = line.split("'")[1]
    result = _cli("invoke", "-", "--endpoint", local_mode.emulator, stdin=payload)
    answer = json.loads(result.stdout)
    assert result.returncode == 1 and answer["errorType"] == "ResourceNotFoundError"
    assert json.loads(answer["errorMessage"])["code"] == "RESOURCE_NOT_FOUND"
    text = re.sub(r"\s+", " ", README.read_text())
    assert '`"errorType": "ResourceNotFoundError"` with the `RESOURCE_NOT_FOUND` problem' in text
