"""Load test of the local mode: concurrent clients, a countable mix of outcomes, then the emulator's state checked.

    python -m bench.load [--clients 32] [--requests 20000] [--max-seconds 120] [--cdk-out cdk.out]
    python -m bench.load --api URL --emulator URL      # against servers that are already running

The mix is a quarter each of successes (each a distinct seeded phone number, so every 200 is one change to
count), not-founds (an unknown identity), conflicts (the last number of a one-number pool) and invalid input
(a lowercase country code, rejected before any AWS call). Afterwards every pool must hold exactly its seeded
identities minus those whose request answered 200, and the emulator must have recorded one applied call per 200
(nothing lost, nothing applied twice). Prints one JSON object (throughput, p50/p95/p99 latency, statuses).
"""

from __future__ import annotations

import argparse
import http.client
import json
import random
import statistics
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from local import sigv4
from local.emulator import EmulatorControl, auth
from local.servers import LocalServers, start_servers
from sms_pool.constants import IDEMPOTENCY_HEADER, ROUTE

DISASSOCIATE = "DisassociateOriginationIdentity"
EXPECTED = {"success": 200, "not_found": 404, "conflict": 409, "invalid": 400}
UNKNOWN_IDENTITY = "phone-00000000000000000000000000000000"


@dataclass(frozen=True, slots=True)
class Planned:
    """One request of the run."""

    kind: str
    body: dict[str, str]
    key: str | None = None


@dataclass
class Seeded:
    """What the run may change: pools of several numbers (successes) and one-number pools (conflicts)."""

    pools: dict[str, list[str]] = field(default_factory=dict)
    conflict_pools: dict[str, str] = field(default_factory=dict)
    seconds: float = 0.0


def emulator_client(emulator: str) -> Any:
    """A boto3 pinpoint-sms-voice-v2 client on the emulator, signing with the local mode's key."""
    return auth.client(emulator)


def _seed_pool(emulator: str, numbers: int) -> tuple[str, list[str]]:
    client = emulator_client(emulator)
    ids = [
        client.request_phone_number(
            IsoCountryCode="US", MessageType="TRANSACTIONAL", NumberCapabilities=["SMS"], NumberType="SIMULATOR"
        )["PhoneNumberId"]
        for _ in range(numbers)
    ]
    pool: str = client.create_pool(OriginationIdentity=ids[0], IsoCountryCode="US", MessageType="TRANSACTIONAL")[
        "PoolId"
    ]
    for identity in ids[1:]:
        client.associate_origination_identity(PoolId=pool, OriginationIdentity=identity, IsoCountryCode="US")
    return pool, ids


def seed(emulator: str, successes: int, per_pool: int = 100, conflict_pools: int = 4, workers: int = 4) -> Seeded:
    """Seed enough numbers for ``successes`` distinct disassociations (each pool keeps one) through boto3."""
    started = time.perf_counter()
    sizes = [min(per_pool, successes - start) + 1 for start in range(0, successes, per_pool)]
    seeded = Seeded()
    with ThreadPoolExecutor(workers) as pool_executor:
        for pool, ids in pool_executor.map(lambda size: _seed_pool(emulator, size), sizes + [1] * conflict_pools):
            if len(ids) == 1:
                seeded.conflict_pools[pool] = ids[0]
            else:
                seeded.pools[pool] = ids
    seeded.seconds = time.perf_counter() - started
    return seeded


def plan(seeded: Seeded, total: int, rng: random.Random) -> list[Planned]:
    """A shuffled quarter of each kind; successes use each seeded number (but a pool's first) once."""
    targets = [(pool, identity) for pool, ids in seeded.pools.items() for identity in ids[1:]]
    quarter = total // 4
    pools, conflicts = list(seeded.pools), list(seeded.conflict_pools.items())
    requests = [
        Planned("success", {"PoolId": pool, "OriginationIdentity": identity, "IsoCountryCode": "US"}, f"load-{index}")
        for index, (pool, identity) in enumerate(targets[:quarter])
    ]
    for _ in range(quarter):
        pool = rng.choice(pools)
        requests.append(
            Planned("not_found", {"PoolId": pool, "OriginationIdentity": UNKNOWN_IDENTITY, "IsoCountryCode": "US"})
        )
        pool, only = rng.choice(conflicts)
        requests.append(Planned("conflict", {"PoolId": pool, "OriginationIdentity": only, "IsoCountryCode": "US"}))
    while len(requests) < total:
        requests.append(
            Planned(
                "invalid", {"PoolId": rng.choice(pools), "OriginationIdentity": targets[0][1], "IsoCountryCode": "us"}
            )
        )
    rng.shuffle(requests)
    return requests


def _drive(api: str, requests: list[Planned], clients: int, deadline: float) -> list[tuple[Planned, int, float]]:
    parts = urlsplit(api)  # the stage's base URL: host, port and /<stage>
    host, port, route = parts.hostname, parts.port, parts.path + ROUTE
    results: list[tuple[Planned, int, float]] = []
    lock, queue = threading.Lock(), iter(requests)

    def client() -> None:
        connection = http.client.HTTPConnection(str(host), port, timeout=30)
        own: list[tuple[Planned, int, float]] = []
        while time.monotonic() < deadline:
            with lock:
                request = next(queue, None)
            if request is None:
                break
            headers = {"Content-Type": "application/json"} | ({IDEMPOTENCY_HEADER: request.key} if request.key else {})
            body = json.dumps(request.body).encode()
            headers = sigv4.signed_headers("POST", f"{api}{ROUTE}", body, headers)  # callers sign (AWS_IAM)
            started = time.perf_counter()
            try:
                connection.request("POST", route, body, headers)
                response = connection.getresponse()
                response.read()
                status = response.status
            except (OSError, http.client.HTTPException):
                status = 0  # counted as unexpected; never retried (a retry could hide a lost request)
                connection.close()
            own.append((request, status, time.perf_counter() - started))
        connection.close()
        with lock:
            results.extend(own)

    run_clients(clients, client, "load")
    return results


def run_clients(clients: int, client: Callable[[], None], name: str) -> None:
    """Run ``client`` in ``clients`` threads at once and wait for every one."""
    threads = [threading.Thread(target=client, name=f"{name}-{n}") for n in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def verify(emulator: str, seeded: Seeded, results: list[tuple[Planned, int, float]]) -> list[str]:
    """Differences between the emulator's state and calls and what the answers imply (empty: consistent)."""
    client, problems = emulator_client(emulator), []
    removed = {(r.body["PoolId"], r.body["OriginationIdentity"]) for r, status, _ in results if status == 200}
    for pool, ids in {**seeded.pools, **{p: [i] for p, i in seeded.conflict_pools.items()}}.items():
        pages = client.get_paginator("list_pool_origination_identities").paginate(PoolId=pool)
        held = {item["OriginationIdentity"] for page in pages for item in page["OriginationIdentities"]}
        expected = {identity for identity in ids if (pool, identity) not in removed}
        if held != expected:
            problems.append(f"{pool}: {len(held)} identities held, {len(expected)} expected")
    calls = EmulatorControl(emulator, timeout=60).calls(DISASSOCIATE)
    applied = [call["client_token"] for call in calls if call["status"] == 200]
    if len(applied) != len(removed) or len(set(applied)) != len(applied):
        problems.append(f"{len(applied)} applied calls ({len(set(applied))} tokens) for {len(removed)} answers 200")
    forwarded = sum(1 for r, _, _ in results if r.kind != "invalid")
    if len(calls) != forwarded:
        problems.append(f"{len(calls)} calls reached the emulator, {forwarded} requests were valid")
    return problems


def run(
    api: str, emulator: str, clients: int, total: int, max_seconds: float, *, seed_value: int = 7
) -> dict[str, Any]:
    """Seed, drive ``total`` requests from ``clients`` threads, verify; the figures as a dict."""
    seeded = seed(emulator, total // 4)
    requests = plan(seeded, total, random.Random(seed_value))
    EmulatorControl(emulator).clear_calls()
    started = time.monotonic()
    results = _drive(api, requests, clients, started + max_seconds)
    elapsed = time.monotonic() - started
    latencies = sorted(seconds * 1000 for _, _, seconds in results)
    cuts = statistics.quantiles(latencies, n=100, method="inclusive") if len(latencies) > 1 else latencies * 99
    unexpected = Counter(f"{r.kind}->{status}" for r, status, _ in results if status != EXPECTED[r.kind])
    return {
        "clients": clients,
        "requests": total,
        "completed": len(results),
        "seconds": round(elapsed, 2),
        "throughput_rps": round(len(results) / elapsed, 1),
        "seed_seconds": round(seeded.seconds, 2),
        "p50_ms": round(cuts[49], 1),
        "p95_ms": round(cuts[94], 1),
        "p99_ms": round(cuts[98], 1),
        "max_ms": round(latencies[-1], 1) if latencies else 0.0,
        "statuses": dict(sorted(Counter(f"{r.kind}:{status}" for r, status, _ in results).items())),
        "unexpected": dict(unexpected),
        "state_problems": verify(emulator, seeded, results),
    }


def emit(figures: dict[str, Any], path: Path | None) -> None:
    """Print the figures as JSON and, with ``path``, also write them there."""
    text = json.dumps(figures, indent=1)
    print(text)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text + "\n")


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``python -m bench.load``; exit 1 on any unexpected status, state problem or timeout."""
    parser = argparse.ArgumentParser(
        prog="python -m bench.load", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--requests", type=int, default=20_000)
    parser.add_argument("--max-seconds", type=float, default=120.0)
    parser.add_argument("--cdk-out", default="cdk.out")
    parser.add_argument("--api", help="a running local API (with --emulator)")
    parser.add_argument("--emulator", help="the emulator behind --api")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args(argv)
    # The servers' logs and database live in a folder removed afterwards, whatever the outcome.
    with tempfile.TemporaryDirectory(prefix="sms-load-") as workdir:
        servers: LocalServers | None = None
        if not args.api:
            servers = start_servers(Path(args.cdk_out), Path(workdir))
            args.api, args.emulator = servers.api, servers.emulator
        try:
            figures = run(args.api, args.emulator, args.clients, args.requests, args.max_seconds)
        finally:
            if servers is not None:
                servers.stop()
    emit(figures, args.json)
    ok = not figures["unexpected"] and not figures["state_problems"] and figures["completed"] == args.requests
    print("load: OK" if ok else "load: FAILED", file=sys.stderr)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
