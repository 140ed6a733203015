"""Load test of the local API (local API Gateway + handler + SMS Voice V2 emulator) and of the emulator alone.

:func:`measure` takes a base URL, so it works against any running stack. :func:`local_stack` starts one
(``local.launcher``: ``python -m local.cli serve`` on free ports, serving ``cdk.out``), or uses
``BENCH_LOCAL_API_URL`` and ``BENCH_EMULATOR_URL`` when they point at servers already running.
"""

from __future__ import annotations

import contextlib
import http.client
import json
import math
import os
import statistics
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from sms_pool.constants import ROUTE, SERVICE_NAME

ROOT = Path(__file__).resolve().parent.parent
TARGET = "PinpointSMSVoiceV2.DisassociateOriginationIdentity"
_SIGNED = (
    "AWS4-HMAC-SHA256 Credential=local/20260101/us-east-1/sms-voice/aws4_request, "
    "SignedHeaders=host;x-amz-date;x-amz-target, Signature=" + "0" * 64
)


def available() -> bool:
    """Whether the local stack can start: a synthesized template in cdk.out (``make synth``)."""
    return any((ROOT / "cdk.out").glob("*.template.json"))


def _percentile(values: Sequence[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[max(1, math.ceil(pct / 100 * len(ordered))) - 1]


def measure(
    base_url: str, clients: int, requests_per_client: int, *, path: str, body: bytes, headers: Mapping[str, str]
) -> dict[str, Any]:
    """``clients`` threads, each on its own keep-alive connection, POST ``body`` to ``base_url + path``.

    Returns throughput (req/s), p50/p99 latency (ms) and the count of each status.
    """
    parts = urlsplit(base_url)
    host, port = parts.hostname or "127.0.0.1", parts.port or 80
    prefix = parts.path.rstrip("/")
    latencies: list[float] = []
    statuses: Counter[int] = Counter()
    errors: list[str] = []
    lock = threading.Lock()
    start_gate = threading.Barrier(clients + 1)

    def client() -> None:
        conn = http.client.HTTPConnection(host, port, timeout=30)
        mine: list[float] = []
        seen: Counter[int] = Counter()
        start_gate.wait()
        try:
            for _ in range(requests_per_client):
                t = time.perf_counter()
                conn.request("POST", prefix + path, body=body, headers=dict(headers))
                response = conn.getresponse()
                response.read()
                mine.append((time.perf_counter() - t) * 1e3)
                seen[response.status] += 1
        except (OSError, http.client.HTTPException) as exc:
            with lock:
                errors.append(repr(exc))
        finally:
            conn.close()
            with lock:
                latencies.extend(mine)
                statuses.update(seen)

    threads = [threading.Thread(target=client, daemon=True) for _ in range(clients)]
    for thread in threads:
        thread.start()
    start_gate.wait()
    began = time.perf_counter()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - began
    if not latencies:
        raise RuntimeError(f"no request to {base_url} succeeded: {errors[:1]}")
    return {
        "clients": clients,
        "requests": len(latencies),
        "seconds": elapsed,
        "rps": len(latencies) / elapsed,
        "p50_ms": statistics.median(latencies),
        "p99_ms": _percentile(latencies, 99),
        "statuses": {str(k): v for k, v in sorted(statuses.items())},
        "errors": errors[:5],
    }


def measure_gateway(
    base_url: str, clients: int, requests_per_client: int, request: Mapping[str, str]
) -> dict[str, Any]:
    """The public route through the local API Gateway (and so the handler)."""
    return measure(
        base_url,
        clients,
        requests_per_client,
        path=ROUTE,
        body=json.dumps(request).encode(),
        headers={"Content-Type": "application/json"},
    )


def measure_emulator(
    base_url: str, clients: int, requests_per_client: int, request: Mapping[str, str]
) -> dict[str, Any]:
    """The same call straight to the emulator, as boto3 would send it (AWS JSON 1.0)."""
    return measure(
        base_url,
        clients,
        requests_per_client,
        path="/",
        body=json.dumps(request).encode(),
        headers={
            "Content-Type": "application/x-amz-json-1.0",
            "X-Amz-Target": TARGET,
            "X-Amz-Date": "20260101T000000Z",
            "Authorization": _SIGNED,
        },
    )


def compare(
    gateway_url: str,
    emulator_url: str,
    concurrencies: Sequence[int],
    requests: int,
    request: Mapping[str, str] | None = None,
) -> dict[int, tuple[dict[str, Any], dict[str, Any]]]:
    """For each concurrency: (through the gateway, straight to the emulator), interleaved."""
    request = request or seed(emulator_url)
    out: dict[int, tuple[dict[str, Any], dict[str, Any]]] = {}
    for clients in concurrencies:
        per_client = max(1, requests // clients) if clients > 1 else requests
        measure_gateway(gateway_url, clients, 5, request)  # warm-up: connections, first-call work
        measure_emulator(emulator_url, clients, 5, request)
        out[clients] = (
            measure_gateway(gateway_url, clients, per_client, request),
            measure_emulator(emulator_url, clients, per_client, request),
        )
    return out


def seed(emulator_url: str) -> dict[str, str]:
    """A pool and an identity in it (only the first disassociation succeeds; later ones answer 4xx)."""
    import boto3

    from local.emulator.seed import seed_demo  # type: ignore[import-not-found,unused-ignore]

    client = boto3.client(
        SERVICE_NAME,
        endpoint_url=emulator_url,
        region_name="us-east-1",
        aws_access_key_id="local",
        aws_secret_access_key="local",
    )
    demo = seed_demo(client)
    return {"PoolId": demo["pool_id"], "OriginationIdentity": demo["phone_number_ids"][1], "IsoCountryCode": "US"}


@contextlib.contextmanager
def local_stack() -> Iterator[tuple[str, str]]:
    """(gateway URL, emulator URL): from the environment, or the local mode started for the run (needs cdk.out)."""
    if os.environ.get("BENCH_LOCAL_API_URL") and os.environ.get("BENCH_EMULATOR_URL"):
        yield os.environ["BENCH_LOCAL_API_URL"], os.environ["BENCH_EMULATOR_URL"]
        return
    from local import launcher

    with tempfile.TemporaryDirectory() as tmp:
        # Unsigned (LOCAL_API_AUTH=off): the figures are the gateway and the function, not the client's signing.
        # The emulator's direct calls carry a fixed stand-in signature, so its SigV4 check is off too.
        env = {"POWERTOOLS_LOG_LEVEL": "WARNING", "LOCAL_API_AUTH": "off", "SMS_EMULATOR_AUTH": "off"}
        running = launcher.start(ROOT / "cdk.out", Path(tmp), env)
        try:
            yield running.api, running.emulator
        finally:
            running.stop()
