"""Load shaped to AWS's quota: many callers for a fixed time against the local mode with every limit on.

    python -m bench.quota_load [--clients 32] [--seconds 60] [--cdk-out cdk.out] [--json FILE]

The emulator enforces AWS's per-operation quotas (``local/emulator/quotas.py``) and the local API the stage
throttle of the synthesized template (``local/gateway/throttle.py``). Each client removes distinct seeded
numbers, one request at a time; a 429 (from the gateway or the function) puts its number back and the client waits what
``Retry-After`` says, as a well-behaved caller does. Afterwards the emulator's state must match the 200s exactly.
Reported: requests/s that reached the emulator and that AWS accepted (and the most in any one second), who
answered the 429s, p50/p99, and function invocations and billed time per successful removal. ``make
load-quota`` runs it twice: the stack as synthesized (stage throttle = the quota) and with the stage throttle
far above the quota; docs/scale.md records the figures.
"""

from __future__ import annotations

import argparse
import http.client
import json
import statistics
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from bench.load import DISASSOCIATE, Seeded, emit, emulator_client, run_clients, seed
from local import sigv4
from local.emulator import EmulatorControl
from local.gateway.lambda_runtime import FUNCTION_GUARDS
from local.gateway.routes import INVOCATIONS_PATH, find_template
from local.servers import start_servers
from sms_pool.constants import IDEMPOTENCY_HEADER, ROUTE

THROTTLED = 429
TIMED_OUT = 504  # what API Gateway answers when the integration takes longer than 29 s


@dataclass(frozen=True, slots=True)
class Answer:
    """One request's outcome."""

    pool: str
    identity: str
    status: int
    by_gateway: bool
    seconds: float


def _client(api: str, work: list[tuple[str, str]], lock: threading.Lock, deadline: float) -> list[Answer]:
    parts = urlsplit(api)  # the stage's base URL: host, port and /<stage>
    # The local API has no integration timeout; the client gives up where API Gateway would (29 s).
    connection = http.client.HTTPConnection(str(parts.hostname), parts.port, timeout=29)
    answers: list[Answer] = []
    while time.monotonic() < deadline:
        with lock:
            if not work:
                break
            pool, identity = work.pop()
        body = json.dumps({"PoolId": pool, "OriginationIdentity": identity, "IsoCountryCode": "US"}).encode()
        headers = {"Content-Type": "application/json", IDEMPOTENCY_HEADER: identity}
        # Signed as a real caller signs (AWS_IAM): the signature is checked as deployed, and counted in the figures.
        headers = sigv4.signed_headers("POST", f"{api}{ROUTE}", body, headers)
        started = time.perf_counter()
        try:
            connection.request("POST", parts.path + ROUTE, body, headers)
            response = connection.getresponse()
            payload = response.read()
            status, retry_after = response.status, float(response.getheader("Retry-After") or 1)
        except (OSError, http.client.HTTPException):
            connection.close()  # never retried: the request may still be applied (a 504 says nothing)
            status, payload, retry_after = TIMED_OUT, b"{}", 1.0
        seconds = time.perf_counter() - started
        by_gateway = status == THROTTLED and b'"gatewayError"' in payload
        answers.append(Answer(pool, identity, status, by_gateway, seconds))
        if status == THROTTLED:  # not applied: the number stays to be removed later
            with lock:
                work.insert(0, (pool, identity))
            time.sleep(min(retry_after, max(0.0, deadline - time.monotonic())))
    connection.close()
    return answers


def _invocations(api: str) -> dict[str, int]:
    parts = urlsplit(api)
    connection = http.client.HTTPConnection(str(parts.hostname), parts.port, timeout=10)
    connection.request("GET", INVOCATIONS_PATH)
    figures: dict[str, int] = json.loads(connection.getresponse().read())
    connection.close()
    return figures


def _max_per_second(timestamps: list[float]) -> int:
    """The most events in any one-second window [t, t + 1)."""
    stamps, best, start = sorted(timestamps), 0, 0
    for end, stamp in enumerate(stamps):
        while stamp - stamps[start] >= 1.0:
            start += 1
        best = max(best, end - start + 1)
    return best


def _state_problems(control: EmulatorControl, client: Any, seeded: Seeded, answers: list[Answer]) -> list[str]:
    """Nothing lost, nothing applied twice: a 200 is removed, a number only ever answered 429 is still held, a
    timed-out request (API Gateway's 504 after 29 s) may be either, and no ClientToken was applied twice."""
    removed = {(a.pool, a.identity) for a in answers if a.status == 200}
    unknown = {(a.pool, a.identity) for a in answers if a.status == TIMED_OUT} - removed
    problems = []
    for pool, ids in seeded.pools.items():
        pages = client.get_paginator("list_pool_origination_identities").paginate(PoolId=pool)
        held = {item["OriginationIdentity"] for page in pages for item in page["OriginationIdentities"]}
        for identity in ids:
            if (pool, identity) in removed and identity in held:
                problems.append(f"{identity} answered 200 but is still in {pool}")
            elif (pool, identity) not in removed | unknown and identity not in held:
                problems.append(f"{identity} left {pool} without a 200")
    applied = [c["client_token"] for c in control.calls(DISASSOCIATE) if c["status"] == 200]
    if len(set(applied)) != len(applied):
        problems.append(f"{len(applied) - len(set(applied))} ClientTokens applied twice")
    if not len(removed) <= len(applied) <= len(removed) + len(unknown):
        problems.append(f"{len(applied)} applied calls for {len(removed)} answers 200 and {len(unknown)} timeouts")
    return problems[:20]


def run(api: str, emulator: str, clients: int, seconds: float, numbers: int) -> dict[str, Any]:
    """Seed (quotas off), then drive ``clients`` for ``seconds`` with quotas on; the figures as a dict."""
    control = EmulatorControl(emulator, timeout=60)
    control.set_quotas(False)
    seeded = seed(emulator, numbers)
    work = [(pool, identity) for pool, ids in seeded.pools.items() for identity in ids[1:]]
    baseline = _invocations(api)
    control.clear_calls()
    control.set_quotas(True)
    lock, results = threading.Lock(), []
    started = time.monotonic()
    deadline = started + seconds

    def worker() -> None:
        own = _client(api, work, lock, deadline)
        with lock:
            results.extend(own)

    run_clients(clients, worker, "quota-load")
    elapsed = time.monotonic() - started
    control.set_quotas(False)  # the state check reads at full speed
    calls = control.calls(DISASSOCIATE)
    accepted = [c for c in calls if c["error_code"] != "ThrottlingException"]
    invocations = {k: v - baseline.get(k, 0) for k, v in _invocations(api).items()}

    latencies = sorted(a.seconds * 1000 for a in results)
    cuts = statistics.quantiles(latencies, n=100, method="inclusive") if len(latencies) > 1 else latencies * 99
    throttled = [a for a in results if a.status == THROTTLED]
    successes = sum(1 for a in results if a.status == 200)
    return {
        "clients": clients,
        "seconds": round(elapsed, 1),
        "requests": len(results),
        "statuses": dict(sorted(Counter(str(a.status) for a in results).items())),
        "successes": successes,
        "emulator_calls_per_second": round(len(calls) / elapsed, 2),
        "emulator_accepted_per_second": round(len(accepted) / elapsed, 2),
        "emulator_max_calls_in_one_second": _max_per_second([c["timestamp"] for c in calls]),
        "emulator_throttled": len(calls) - len(accepted),
        "throttled_by_gateway": sum(1 for a in throttled if a.by_gateway),
        "throttled_by_function": sum(1 for a in throttled if not a.by_gateway),
        "p50_ms": round(cuts[49], 1),
        "p99_ms": round(cuts[98], 1),
        "function_invocations": invocations.get("count", 0),
        "function_billed_ms": invocations.get("billed_ms", 0),
        "invocations_per_success": round(invocations.get("count", 0) / successes, 2) if successes else None,
        "billed_ms_per_success": round(invocations.get("billed_ms", 0) / successes, 1) if successes else None,
        "state_problems": _state_problems(control, emulator_client(emulator), seeded, results),
    }


def function_environment(cdk_out: Path) -> dict[str, str]:
    """The deployed function's SMS_POOL_* settings (timeouts, attempts) from the synthesized template.

    Not its guards (pools, the API it trusts): the local mode sets its own (``lambda_runtime.FUNCTION_GUARDS``).
    """
    resources = json.loads(find_template(cdk_out).read_text())["Resources"]
    return {
        key: str(value)
        for resource in resources.values()
        if resource["Type"] == "AWS::Lambda::Function" and str(resource["Properties"]["Handler"]).startswith("sms_pool")
        for key, value in resource["Properties"].get("Environment", {}).get("Variables", {}).items()
        if key.startswith("SMS_POOL_") and key not in FUNCTION_GUARDS
    }


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``python -m bench.quota_load``; exit 1 if the state does not match the answers."""
    parser = argparse.ArgumentParser(
        prog="python -m bench.quota_load", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--numbers", type=int, default=400, help="seeded numbers to remove (more than can be)")
    parser.add_argument("--cdk-out", default="cdk.out")
    parser.add_argument("--label", default="shaped", help="a name for this run in the JSON")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args(argv)
    if not (Path(args.cdk_out) / "manifest.json").exists():
        print(f"bench.quota_load: no cloud assembly in {args.cdk_out}; run `make synth` first", file=sys.stderr)
        return 2
    environment = function_environment(Path(args.cdk_out))
    # The servers' logs and database live in a folder removed afterwards, whatever the outcome.
    with tempfile.TemporaryDirectory(prefix="sms-quota-load-") as workdir:
        servers = start_servers(
            Path(args.cdk_out),
            Path(workdir),
            {**environment, "SMS_LOCAL_THROTTLE": "on", "POWERTOOLS_LOG_LEVEL": "WARNING"},
        )
        try:
            figures = {
                "label": args.label,
                **environment,
                **run(servers.api, servers.emulator, args.clients, args.seconds, args.numbers),
            }
        finally:
            servers.stop()
    emit(figures, args.json)
    ok = not figures["state_problems"] and figures["successes"] > 0
    print("quota load: OK" if ok else "quota load: FAILED", file=sys.stderr)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
