"""Drive the independent Step Functions engine (``engine/engine.mjs``, aws-local-stepfunctions) from pytest.

One Node process per session runs the executions one at a time; each attempt of a Lambda task comes back here
as a call of the test's ``lambda_`` (see :mod:`tests.stepfunctions.lambda_service`), so the real handler runs
in this process, under the fixtures of the test (``fake_aws``, an emulator).
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from tests.synth import ROOT

HARNESS = Path(__file__).resolve().parent / "engine" / "engine.mjs"
NODE = ROOT / "node_modules" / ".bin" / "node"  # the pinned Node 22 (aws-local-stepfunctions needs >= 22)
ENGINE_PACKAGE = ROOT / "node_modules" / "aws-local-stepfunctions" / "package.json"

# What a Lambda task attempt gets back: ("result", value), ("error", Error, Cause), or None (no answer before
# the task's TimeoutSeconds: the function is still running).
Answer = tuple[Literal["result"], Any] | tuple[Literal["error"], str, str] | None
Lambda = Callable[[str, Any], Answer]
Status = Literal["SUCCEEDED", "FAILED", "TIMED_OUT"]


@dataclass(frozen=True)
class Execution:
    """How one execution ended, as DescribeExecution reports it, and the engine's events."""

    status: Status
    output: Any = None
    error: str | None = None
    cause: str | None = None
    events: list[dict[str, Any]] = field(default_factory=list)

    def count(self, event_type: str, state: str | None = None) -> int:
        """How many events of ``event_type`` (for ``state``, when given) the execution logged."""
        return sum(1 for e in self.events if e["type"] == event_type and state in (None, e["state"]))


def task_states(definition: dict[str, Any]) -> list[str]:
    """The names of every Task state, Map item processors included."""
    names: list[str] = []
    for name, state in definition["States"].items():
        if state["Type"] == "Task":
            names.append(name)
        if state["Type"] == "Map":
            names.extend(task_states(state.get("ItemProcessor") or state["Iterator"]))
    return names


class Engine:
    """The Node engine process; :meth:`run` starts one execution and serves its Lambda tasks until it ends."""

    def __init__(self, log: Path) -> None:
        self._log = log.open("a")
        self._process = subprocess.Popen(
            [str(NODE), str(HARNESS)],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._log,
            text=True,
        )
        self._runs = 0

    def _send(self, message: dict[str, Any]) -> None:
        assert self._process.stdin is not None
        self._process.stdin.write(json.dumps(message) + "\n")
        self._process.stdin.flush()

    def run(
        self,
        definition: dict[str, Any],
        data: Any,
        lambda_: Lambda,
        *,
        execution_id: str,
        wait_seconds: dict[str, float] | None = None,
        retry_seconds: dict[str, float] | None = None,
    ) -> Execution:
        """One execution of ``definition`` on ``data`` with ``$$.Execution.Id`` = ``execution_id``.

        ``wait_seconds``/``retry_seconds`` replace the named states' Wait time and Retry intervals (the engine's
        own overrides); everything else runs as defined, TimeoutSeconds included.
        """
        self._runs += 1
        run_id = f"run-{self._runs}"
        self._send(
            {
                "type": "run",
                "id": run_id,
                "definition": definition,
                "input": data,
                "context": {"Execution": {"Id": execution_id, "Name": execution_id.rpartition(":")[2]}},
                "tasks": task_states(definition),
                "waitTimeOverrides": {k: int(v * 1000) for k, v in (wait_seconds or {}).items()},
                "retryIntervalOverrides": {k: int(v * 1000) for k, v in (retry_seconds or {}).items()},
            }
        )
        assert self._process.stdout is not None
        while line := self._process.stdout.readline():
            message = json.loads(line)
            if message["type"] == "invoke":
                self._answer(message["id"], lambda_(message["state"], message["parameters"]))
            elif message["type"] == "crash":
                raise RuntimeError(f"the engine crashed: {message['message']}")
            elif message["id"] == run_id:
                return Execution(
                    message["status"],
                    message.get("output"),
                    message.get("error"),
                    message.get("cause"),
                    message["events"],
                )
        raise RuntimeError(f"the engine stopped (exit {self._process.wait()}); see {self._log.name}")

    def _answer(self, invoke_id: str, answer: Answer) -> None:
        if answer is None:
            return
        if answer[0] == "result":
            self._send({"type": "answer", "id": invoke_id, "result": answer[1]})
        else:
            self._send({"type": "answer", "id": invoke_id, "error": answer[1], "cause": answer[2]})

    def close(self) -> None:
        """Stop the engine (closing its stdin ends it)."""
        assert self._process.stdin is not None
        self._process.stdin.close()
        self._process.wait(timeout=10)
        self._log.close()
