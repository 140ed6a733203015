"""Real pool sizes on the emulator: large pools seeded in one transaction, AWS's quotas on, a clock to skip waits.

Shared by ``bench.scale`` (the figures in docs/scale.md) and ``tests/integration/test_real_pool_sizes.py``.
Seeding goes through the emulator's own operations (the same code a RequestPhoneNumber/AssociateOriginationIdentity
call runs) inside one store transaction: 1,000 numbers over HTTP take ~60 s, in one transaction about a second.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from local.emulator import EmulatorServer
from local.emulator.identities import request_phone_number
from local.emulator.operations import associate, create_pool
from local.emulator.quotas import QuotaLimiter
from local.emulator.resources import Context
from local.emulator.store import scope_of
from tests.stepfunctions.engine import Answer  # the engine's protocol, declared once (bench.scale runs it too)

ROOT = Path(__file__).resolve().parent.parent


class QuotaClock:
    """Monotonic time plus an offset: the emulator's token buckets refill for real, and a skipped Step Functions
    Wait (the bulk Map's pacing) advances them as if it had been waited."""

    def __init__(self) -> None:
        self.offset = 0.0

    def __call__(self) -> float:
        return time.monotonic() + self.offset

    def advance(self, seconds: float) -> None:
        """Count ``seconds`` as passed (a Wait or Retry delay the interpreter does not sleep)."""
        self.offset += seconds


def emulator_with_quotas(db: Path, clock: QuotaClock | None = None) -> EmulatorServer:
    """An emulator (not yet started) whose quotas, off while seeding, run on ``clock``."""
    return EmulatorServer(db, port=0, quotas=QuotaLimiter(enabled=False, clock=clock or time.monotonic))


def seed_pool(server: EmulatorServer, size: int, country: str = "US") -> tuple[str, list[dict[str, Any]]]:
    """A new pool of ``size`` phone numbers of ``country``; its id and the numbers (PhoneNumberId, PhoneNumber...)."""
    with server.store.transaction(scope_of(server.account_id, server.region)) as tx:
        ctx = Context(tx=tx, region=server.region, account=server.account_id, request_id=str(uuid.uuid4()))
        spec = {"IsoCountryCode": country, "MessageType": "TRANSACTIONAL", "NumberCapabilities": ["SMS"]}
        numbers = [request_phone_number(ctx, {**spec, "NumberType": "SIMULATOR"}) for _ in range(size)]
        first = numbers[0]["PhoneNumberId"]
        pool = create_pool(
            ctx, {"OriginationIdentity": first, "IsoCountryCode": country, "MessageType": "TRANSACTIONAL"}
        )
        for number in numbers[1:]:
            associate(
                ctx,
                {"PoolId": pool["PoolId"], "OriginationIdentity": number["PhoneNumberId"], "IsoCountryCode": country},
            )
        for number in numbers:
            number["PoolId"] = pool["PoolId"]
    return str(pool["PoolId"]), numbers


class Worker:
    """A warm function container (tests/reliability/sfn_worker.py): one direct invoke per line, as Step Functions
    invokes the function."""

    def __init__(self, endpoint: str, log: Path, env: dict[str, str] | None = None) -> None:
        self._log = log.open("a")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.reliability.sfn_worker", "--endpoint", endpoint],
            cwd=ROOT,
            env={**os.environ, **(env or {})},  # e.g. the synthesized function's own SMS_POOL_* settings
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._log,
            text=True,
        )

    def __call__(self, payload: Any) -> tuple[bool, Any]:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(json.dumps(payload) + "\n")
        self.process.stdin.flush()
        answer = json.loads(self.process.stdout.readline())
        return ("result" in answer), answer.get("result", answer)

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait(timeout=10)
        self._log.close()


@dataclass
class WorkerLambda:
    """The engine's Lambda tasks answered by warm containers (the last of ``workers``), as Lambda reports them;
    ``lose_first`` drops the first answer after the function ran (a task timeout: Step Functions retries)."""

    workers: list[Worker]
    after_each: Callable[[], None] = lambda: None
    lose_first: Callable[[], None] | None = None
    invocations: int = 0
    lost: list[Any] = field(default_factory=list)

    def __call__(self, state: str, parameters: Any) -> Answer:
        """One attempt of a task, as the engine asks it (aws-local-stepfunctions, tests/stepfunctions/engine.py)."""
        if "MetricData" in parameters:  # the bulk workflow's cloudwatch:putMetricData task: no function runs
            return ("result", {})
        self.invocations += 1
        ok, answer = self.workers[-1](parameters["Payload"])
        self.after_each()
        if self.lose_first is not None and not self.lost:
            self.lost.append(answer)
            self.lose_first()
            return ("error", "Lambda.ServiceException", "the answer was lost")
        if not ok:
            return ("error", answer["errorType"], json.dumps(answer, separators=(",", ":")))
        return ("result", {"ExecutedVersion": "$LATEST", "Payload": answer, "StatusCode": 200})
