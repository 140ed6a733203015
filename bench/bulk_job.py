"""One bulk job through the local API with the emulator's quotas on: wall time against items / rate.

    python -m bench.bulk_job [--items 2000] [--pool 2500] [--rate 1] [--cdk-out DIR] [--json FILE]

Synthesizes the stack with ``awsRequestsPerSecond=<rate>`` (unless ``--cdk-out`` names a synth), starts the
emulator, seeds one pool of ``--pool`` numbers (quotas off while seeding), then turns the quotas on with
DisassociateOriginationIdentity at ``--rate`` requests/s, starts the local API on it (the bulk workflow on moto's
engine, as ``make run``), submits ``--items`` of the pool's ids with ``POST /bulk-disassociations`` and polls
``GET`` until the job ends. Reported: wall time and the ideal ``items / rate``, AWS calls per item and per
operation, the throttles the emulator answered (the pacing, not the retries, must hold the rate), the job's
outcome counts, and the local API process's peak memory (moto, the engine and the functions run there).
docs/scale.md records the figures.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
import urllib.request
from collections import Counter
from pathlib import Path
from typing import Any

from bench.load import emit, seed
from local import launcher
from local.emulator import EmulatorControl
from local.servers import EmulatorProcess
from sms_pool.constants import BULK_ROUTE, IDEMPOTENCY_HEADER

DISASSOCIATE = "DisassociateOriginationIdentity"


def _call(api: str, method: str, path: str, body: Any = None, headers: dict[str, str] | None = None) -> Any:
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(
        api + path, data=data, method=method, headers={"Content-Type": "application/json", **(headers or {})}
    )
    with urllib.request.urlopen(request, timeout=60) as answer:
        return json.loads(answer.read())


def _peak_rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return round(int(line.split()[1]) / 1024, 1)
    return float("nan")


def synth(outdir: Path, rate: float) -> Path:
    """The app synthesized with ``awsRequestsPerSecond=rate`` and cdk.json's feature flags, as `cdk synth -c`."""
    from app import build_app

    flags = json.loads((launcher.ROOT / "cdk.json").read_text())["context"]
    # The local mode's opt-ins, as `make synth` passes them (the Makefile's LOCAL_CONTEXT).
    local = {"allowAllPools": "true", "allowAccountCallers": "true"}
    build_app(context={**flags, **local, "awsRequestsPerSecond": str(rate)}, outdir=str(outdir)).synth()
    return outdir


def run(items: int, pool_size: int, rate: float, cdk_out: Path | None, workdir: Path) -> dict[str, Any]:
    """One measured job; the figures."""
    if cdk_out is None:
        cdk_out = synth(workdir / "cdk.out", rate)
    emulator = EmulatorProcess(workdir)
    emulator.start()
    try:
        seeded = seed(emulator.url, pool_size - 1, per_pool=pool_size - 1, conflict_pools=0)
        ((pool_id, ids),) = seeded.pools.items()
        control = EmulatorControl(emulator.url)
        control.set_quotas(True, {DISASSOCIATE: rate})
        control.clear_calls()
        api = launcher.start(cdk_out, workdir, {"LOCAL_API_AUTH": "off"}, emulator_url=emulator.url)
        try:
            body = {"PoolId": pool_id, "IsoCountryCode": "US", "Identities": ids[:items]}
            started = time.monotonic()
            accepted = _call(api.api, "POST", BULK_ROUTE, body, {IDEMPOTENCY_HEADER: "bench-bulk-job"})
            while (status := _call(api.api, "GET", f"{BULK_ROUTE}/{accepted['JobId']}"))["Status"] == "running":
                time.sleep(1)
            wall = time.monotonic() - started
            memory = _peak_rss_mib(api.process.pid)
        finally:
            api.stop()
        calls = control.calls()
    finally:
        emulator.stop()
    per_operation = Counter(call["operation"] for call in calls)
    throttled = sum(1 for call in calls if call.get("error_code") == "ThrottlingException")
    return {
        "items": items,
        "pool_numbers": pool_size,
        "rate_per_second": rate,
        "status": status["Status"],
        "summary": status.get("Summary"),
        "estimated_seconds": accepted["EstimatedSeconds"],
        "wall_seconds": round(wall, 1),
        "ideal_seconds": round(items / rate, 1),
        "wall_over_ideal": round(wall / (items / rate), 3),
        "aws_calls": dict(per_operation),
        "aws_calls_per_item": round(len(calls) / items, 3),
        "throttles": throttled,
        "local_api_peak_rss_mib": memory,
    }


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``python -m bench.bulk_job``; exit 1 unless every item is accounted for."""
    parser = argparse.ArgumentParser(prog="python -m bench.bulk_job", description=__doc__)
    parser.add_argument("--items", type=int, default=2000)
    parser.add_argument("--pool", type=int, default=2500)
    parser.add_argument("--rate", type=float, default=1.0)
    parser.add_argument("--cdk-out", type=Path, default=None)
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bulk-job-") as tmp:
        figures = run(args.items, args.pool, args.rate, args.cdk_out, Path(tmp))
    emit(figures, args.json)
    summary = figures["summary"] or {}
    return 0 if figures["status"] == "succeeded" and sum(summary.values()) == args.items else 1


if __name__ == "__main__":
    raise SystemExit(main())
