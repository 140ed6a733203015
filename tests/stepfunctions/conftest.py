"""The engine (one Node process per session) and the synthesized definitions it runs."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from botocore.retries.standard import ExponentialBackoff, RetryQuotaChecker

from local.emulator import EmulatorServer
from sms_pool import index
from tests.fixtures import VALID_REQUEST, patch_settings
from tests.infra.support import render
from tests.stepfunctions.engine import ENGINE_PACKAGE, NODE, Engine
from tests.stepfunctions.forward import to_emulator
from tests.synth import Synth

HANDLER = "sms_pool.handlers.handler"


@pytest.fixture(scope="session")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    if not (NODE.exists() and ENGINE_PACKAGE.exists()):
        pytest.fail("the Step Functions engine is not installed: run `make node`")
    running = Engine(tmp_path_factory.mktemp("engine") / "engine.log")
    yield running
    running.close()


def definition(synth: Synth, prefix: str) -> dict[str, Any]:
    """The synthesized definition of the state machine whose logical id starts with ``prefix``."""
    (machine,) = [r for k, r in synth.resources("AWS::StepFunctions::StateMachine").items() if k.startswith(prefix)]
    # The partition as the deploying region resolves it; other references stay placeholders (FunctionName).
    text = render(machine["Properties"]["DefinitionString"]).replace("<AWS::Partition>", "aws")
    return json.loads(text)  # type: ignore[no-any-return]


@pytest.fixture(scope="session")
def example(synth: Synth) -> dict[str, Any]:
    """The single-item example workflow (infra/workflow.py)."""
    return definition(synth, "Workflow")


@pytest.fixture(scope="session")
def bulk(synth: Synth) -> dict[str, Any]:
    """The bulk workflow (infra/bulk_workflow.py)."""
    return definition(synth, "BulkWorkflow")


@pytest.fixture(scope="session")
def settings_timeout(synth: Synth) -> int:
    """The function's timeout (seconds) in the default deployment, as synthesized."""
    (function,) = [
        r for r in synth.resources("AWS::Lambda::Function").values() if r["Properties"].get("Handler") == HANDLER
    ]
    return int(function["Properties"]["Timeout"])


@pytest.fixture
def one_allowed_pool(monkeypatch: pytest.MonkeyPatch) -> None:
    """The function deployed with allowedPools = VALID_REQUEST's pool: answers.OTHER_POOL is refused."""
    patch_settings(monkeypatch, allowed_pools=frozenset({VALID_REQUEST["PoolId"]}))


@pytest.fixture
def emulator(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[EmulatorServer]:
    """An emulator answering the in-process function's AWS calls; botocore's own retries do not sleep."""
    monkeypatch.setattr(ExponentialBackoff, "delay_amount", lambda self, context: 0)
    monkeypatch.setattr(RetryQuotaChecker, "acquire_retry_quota", lambda self, context: True)
    # auth=False: the in-process function signs with whatever dummy key the suite or moto's mock_aws sets; these
    # tests are about the workflows, and SigV4 has its own (tests/emulator/test_sigv4.py).
    index.clear()  # a new emulator is a new account: the in-process function's number index starts empty
    with EmulatorServer(tmp_path / "emulator.sqlite3", port=0, auth=False) as server, to_emulator(server.url):
        yield server
