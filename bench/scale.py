"""Real pool sizes under AWS's 1 request/s quota: AWS calls and latency per pool size, as deployed.

    python -m bench.scale [--sizes 10,100,1000,5000] [--bulk 100] [--json bench/results/scale.json]

For each size: a fresh emulator (AWS's quotas on) holding one US pool of that many numbers (the account's only
numbers), and the function with the synthesized stack's own ``SMS_POOL_*`` settings (cdk.out), invoked as Step
Functions invokes it (a warm worker process per container). Measured, in order:

- ``cold first``: the first removal by number in a new container (a number half-way down the account's listing,
  the median case); an ``INDEX_BUILDING`` answer is retried after its Retry-After, as a caller would;
- ``next ten``: ten more by number in the same container, one a second (the stage's rate); its seconds are the
  slowest one's (fewer than ten on a pool too small to give them);
- ``dry run id`` / ``dry run number``: one each;
- ``bulk``: the bulk workflow's definition (run on the independent engine of tests/stepfunctions) with that
  many E.164 items spread over the listing (fewer on a pool too small to give them), in a new container. Its
  Waits are skipped and counted as passed by the emulator's quota clock, so its seconds are the resolution
  step's and the calls' own; deployed,
  the Map's pacing adds one second per item (docs/scale.md).

Prints a table (calls by operation, seconds) and writes it as JSON. No assertions: figures, not a test.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.quota_load import function_environment
from bench.scale_setup import QuotaClock, Worker, WorkerLambda, emulator_with_quotas, seed_pool
from infra.workflow import INDEX_BUILDING_ERROR
from local.emulator import EmulatorControl, EmulatorServer
from local.gateway.routes import find_template
from tests.infra.support import render
from tests.stepfunctions.engine import Engine

SIZES = (10, 100, 1000, 5000)
STAGE_INTERVAL = 1.05


def _calls(server: EmulatorServer, since: int) -> tuple[dict[str, int], int]:
    calls = EmulatorControl(server.url).calls()
    counted = Counter(
        call["operation"] + (" throttled" if call["error_code"] == "ThrottlingException" else "")
        for call in calls[since:]
        if call["status"] == 200 or call["error_code"] == "ThrottlingException"
    )
    return dict(sorted(counted.items())), len(calls)


def _remove(worker: Worker, request: dict[str, Any]) -> tuple[bool, Any, int, float]:
    """Invoke until the answer is not INDEX_BUILDING (waiting its Retry-After, as a caller would):
    (ok, answer, invocations, seconds from the first invocation to the last answer)."""
    started, invocations = time.monotonic(), 1
    ok, answer = worker(request)
    while not ok and answer.get("errorType") == INDEX_BUILDING_ERROR and invocations < 20:
        time.sleep(json.loads(answer["errorMessage"])["retryAfterSeconds"])
        ok, answer = worker(request)
        invocations += 1
    return ok, answer, invocations, time.monotonic() - started


def _phase(server: EmulatorServer, since: int, name: str, action: Any) -> tuple[dict[str, Any], int]:
    outcome, seconds = action()
    calls, total = _calls(server, since)
    return {"phase": name, "seconds": round(seconds, 2), "calls": calls, "outcome": outcome}, total


def _bulk_definition(cdk_out: Path) -> dict[str, Any]:
    resources = json.loads(find_template(cdk_out).read_text())["Resources"]
    (machine,) = [
        r for k, r in resources.items() if k.startswith("BulkWorkflow") and r["Type"].endswith("StateMachine")
    ]
    # The partition as the deploying region resolves it (the engine checks a Task's Resource is an ARN).
    text = render(machine["Properties"]["DefinitionString"]).replace("<AWS::Partition>", "aws")
    return json.loads(text)  # type: ignore[no-any-return]


def measure(size: int, bulk: int, cdk_out: Path, workdir: Path) -> list[dict[str, Any]]:
    """The phases' figures for one pool size."""
    env = function_environment(cdk_out)
    clock = QuotaClock()
    rows: list[dict[str, Any]] = []
    with emulator_with_quotas(workdir / f"scale-{size}.sqlite3", clock) as server:
        pool, numbers = seed_pool(server, size)
        server.quotas.configure({"enabled": True})
        _, seen = _calls(server, 0)
        worker = Worker(server.url, workdir / f"worker-{size}.log", env)

        def request(identity: str, **extra: Any) -> dict[str, Any]:
            return {"PoolId": pool, "OriginationIdentity": identity, "IsoCountryCode": "US", **extra}

        # Disjoint numbers per phase: the cold one half-way down the listing (the emulator lists in creation
        # order), the next ten after it, the dry runs' the last two (never removed), numbers[0] kept (a pool keeps
        # one), the bulk's from the rest.
        middle = size // 2

        def first() -> tuple[str, float]:
            body = {**request(numbers[middle]["PhoneNumber"]), "IdempotencyKey": "k0"}
            ok, answer, attempts, seconds = _remove(worker, body)
            return f"{'OK' if ok else answer['errorType']} after {attempts} invocation(s)", seconds

        def ten() -> tuple[str, float]:
            outcomes, slowest = [], 0.0
            for number in numbers[middle + 1 : min(middle + 11, size - 2)]:  # the last two: the dry runs
                time.sleep(STAGE_INTERVAL)
                ok, _, _, seconds = _remove(worker, request(number["PhoneNumber"]))
                outcomes.append("OK" if ok else "failed")
                slowest = max(slowest, seconds)
            return ", ".join(f"{n} {o}" for o, n in Counter(outcomes).items()) + " (seconds: the slowest)", slowest

        def dry(identity: str) -> tuple[str, float]:
            time.sleep(STAGE_INTERVAL)
            ok, answer, _, seconds = _remove(worker, request(identity, DryRun=True))
            return ("OK" if ok else str(answer.get("errorType"))), seconds

        try:
            for name, action in (
                ("cold first", first),
                ("next ten", ten),
                ("dry run id", lambda: dry(numbers[-1]["PhoneNumberId"])),
                ("dry run number", lambda: dry(numbers[-2]["PhoneNumber"])),
            ):
                row, seen = _phase(server, seen, name, action)
                rows.append(row)
        finally:
            worker.close()
        # Spread over the whole listing (its last number included), as a real list is: the pass pages to the end.
        free = [n for i, n in enumerate(numbers) if 0 < i < size - 2 and not middle <= i <= middle + 10]
        items = [number["PhoneNumber"] for number in free[::-1][:: max(1, len(free) // bulk)][:bulk]] if bulk else []
        if items:
            rows.append(_bulk(server, seen, BulkRun(clock, pool, items, cdk_out, workdir / f"bulk-{size}.log", env)))
    return [{"pool": size, **row} for row in rows]


@dataclass(frozen=True)
class BulkRun:
    """One bulk execution: the quota clock its Waits advance, the pool, the E.164 items, the stack, the settings."""

    clock: QuotaClock
    pool: str
    items: list[str]
    cdk_out: Path
    log: Path
    env: dict[str, str]


def _bulk(server: EmulatorServer, seen: int, bulk: BulkRun) -> dict[str, Any]:
    worker = Worker(server.url, bulk.log, bulk.env)  # a new container
    request = {"PoolId": bulk.pool, "IsoCountryCode": "US", "Identities": bulk.items}
    try:

        def run() -> tuple[str, float]:
            started = time.monotonic()
            definition = _bulk_definition(bulk.cdk_out)
            pace = float(definition["States"]["RemoveEach"]["ItemProcessor"]["States"]["Pace"]["Seconds"])
            function = WorkerLambda([worker], after_each=lambda: bulk.clock.advance(pace))
            engine = Engine(bulk.log.with_suffix(".engine.log"))
            try:
                execution = engine.run(
                    definition, request, function, execution_id=bulk.log.stem, wait_seconds={"Pace": 0.0}
                )
            finally:
                engine.close()
            output = execution.output or {"Summary": {"execution": execution.status}, "Results": []}
            summary = ", ".join(f"{count} {outcome}" for outcome, count in output["Summary"].items() if count)
            codes = Counter(result["Code"] for result in output["Results"] if result["Outcome"] == "failed")
            summary += "".join(f" ({count} {code})" for code, count in codes.items())
            return summary, time.monotonic() - started

        row, _ = _phase(server, seen, f"bulk of {len(bulk.items)}", run)
    finally:
        worker.close()
    return row


def main(argv: list[str] | None = None) -> int:
    """Entry point: measure each size, print the table, write the JSON."""
    parser = argparse.ArgumentParser(prog="python -m bench.scale", description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)), help="pool sizes, comma-separated")
    parser.add_argument("--bulk", type=int, default=100, help="E.164 items in the bulk run (0: none)")
    parser.add_argument("--cdk-out", type=Path, default=Path("cdk.out"))
    parser.add_argument("--json", type=Path, default=Path("bench/results/scale.json"))
    args = parser.parse_args(argv)
    if not (args.cdk_out / "manifest.json").exists():
        print(f"bench.scale: no cloud assembly in {args.cdk_out}; run `make synth` first", file=sys.stderr)
        return 2
    sizes = [int(size) for size in args.sizes.split(",")]
    if any(size < 4 for size in sizes):
        print("bench.scale: each pool size must be at least 4", file=sys.stderr)
        return 2
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="sms-scale-") as workdir:
        for size in sizes:
            rows += measure(size, args.bulk, args.cdk_out, Path(workdir))
    print(f"{'pool':>6}  {'phase':<16} {'seconds':>8}  {'outcome':<34} calls")
    for row in rows:
        calls = " ".join(f"{op}={n}" for op, n in row["calls"].items())
        print(f"{row['pool']:>6}  {row['phase']:<16} {row['seconds']:>8.2f}  {row['outcome']:<34} {calls}")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps({"settings": function_environment(args.cdk_out), "rows": rows}, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
