"""One benchmark process: ``python -m bench.worker MODE ...``; results are written as JSON to a file.

stdout is the handler's log and metric stream (the parent sends it to /dev/null), so results never use it.
Results go to the file ``$BENCH_RESULT_FILE`` (a pipe would fill up and block the child).
Modes:
  cold {handler,baseline}           import + first call, timed inside this process
  warm {api,sfn,number} ROUNDS BLOCK per-invocation µs, handler and bare client call interleaved by block
                                    (number: the API event with an E.164 OriginationIdentity, resolved)
  audit N                           the audit record alone: µs per record written (median of 7 runs of N)
  memory {handler,baseline} N CHECK RSS after CHECK and N invocations, and peak RSS
"""

from __future__ import annotations

import time

_T0 = time.perf_counter()  # as early as we can: interpreter start-up is only seen by the parent's wall time

import json  # noqa: E402 - after the clock on purpose
import os  # noqa: E402
import sys  # noqa: E402
from typing import Any  # noqa: E402

from local.gateway.lambda_runtime import FakeLambdaContext, api_gateway_event  # noqa: E402 - stdlib only

IDEMPOTENCY_KEY = "bench-idempotency-key-0001"


def _emit(result: dict[str, Any]) -> None:
    with open(os.environ["BENCH_RESULT_FILE"], "w") as out:
        json.dump(result, out)


def api_event(body: str) -> dict[str, Any]:
    """A REST proxy event with the headers API Gateway (edge/regional, through CloudFront) passes on."""
    from sms_pool.constants import IDEMPOTENCY_HEADER  # here, not before a cold run's timed import

    headers = {
        "Accept": "application/json",
        "Accept-Encoding": "gzip, deflate, br",
        "Content-Type": "application/json",
        "Host": "abcdef1234.execute-api.us-east-1.amazonaws.com",
        IDEMPOTENCY_HEADER: IDEMPOTENCY_KEY,
        "User-Agent": "python-requests/2.32.3",
        "Via": "1.1 0123456789abcdef0123456789abcdef.cloudfront.net (CloudFront)",
        "X-Amz-Cf-Id": "Zm9vYmFyYmF6cXV4cXV1eGNvcmdlZ3JhdWx0Z2FycGx5d2FsZG8=",
        "X-Amzn-Trace-Id": "Root=1-67a1b2c3-0123456789abcdef01234567",
        "X-Forwarded-For": "203.0.113.10, 130.176.0.1",
        "X-Forwarded-Port": "443",
        "X-Forwarded-Proto": "https",
        "CloudFront-Forwarded-Proto": "https",
        "CloudFront-Is-Desktop-Viewer": "true",
        "CloudFront-Viewer-Country": "US",
    }
    # The local stage: the function trusts an API event only from its deployed API (FUNCTION_GUARDS).
    return api_gateway_event(body, headers=headers, source_ip="203.0.113.10")


def _body() -> str:
    from bench.hook import REQUEST

    return json.dumps(REQUEST)


# --------------------------------------------------------------------------------------------- cold
def cold(side: str) -> None:
    # The event and context exist before the handler module is imported (the runtime builds them).
    request = {
        "PoolId": "pool-0123456789abcdef0123456789abcdef",
        "OriginationIdentity": "phone-abcdef0123456789abcdef0123456789",
        "IsoCountryCode": "US",
    }
    event = api_event(json.dumps(request))
    context = FakeLambdaContext()
    t_start = time.perf_counter()
    if side == "handler":
        from sms_pool import aws, handlers

        client = aws.client()  # built by the handler module's init, as in Lambda
        t_import = time.perf_counter()
        from bench.hook import install

        install(client)
        t_ready = time.perf_counter()
        response = handlers.handler(event, context)
        ok = response["statusCode"] == 200
    else:
        import boto3

        t_import = time.perf_counter()
        from bench.hook import SERVICE, install

        bare = boto3.client(SERVICE)

        install(bare)
        t_ready = time.perf_counter()
        result = bare.disassociate_origination_identity(
            **request,
            ClientToken="0" * 64,  # the handler derives one from Idempotency-Key
        )
        ok = result["PoolId"] == request["PoolId"]
    sys.stdout.flush()  # the log lines are part of the first invocation
    t_flushed = time.perf_counter()
    _emit(
        {
            "ok": ok,
            "import_ms": (t_import - t_start) * 1e3,
            "init_ms": (t_ready - t_start) * 1e3,
            "first_call_ms": (t_flushed - t_ready) * 1e3,
            "inside_ms": (t_flushed - t_start) * 1e3,
            "prelude_ms": (t_start - _T0) * 1e3,
            "modules": len(sys.modules),
        }
    )


# --------------------------------------------------------------------------------------------- warm
def _setup() -> tuple[Any, Any]:
    from bench.hook import install
    from sms_pool import aws, handlers

    client = aws.client()
    install(client)
    return handlers, client


def warm(kind: str, rounds: int, block: int) -> None:
    handlers, client = _setup()
    from bench.hook import PHONE_NUMBER, REQUEST
    from sms_pool.core import derive_client_token

    # The bare call sends what the handler sends, ClientToken included.
    token = derive_client_token(IDEMPOTENCY_KEY, REQUEST)
    pool = 64  # fresh events and contexts, cycled: building them is the runtime's cost, not the handler's
    if kind in ("api", "number"):
        body = _body() if kind == "api" else json.dumps({**REQUEST, "OriginationIdentity": PHONE_NUMBER})
        events: list[Any] = [api_event(body) for _ in range(pool)]
        expect = 200
    else:
        events = [{**REQUEST, "IdempotencyKey": IDEMPOTENCY_KEY} for _ in range(pool)]
        expect = -1
    contexts = [FakeLambdaContext() for _ in range(pool)]
    handler = handlers.handler
    call = client.disassociate_origination_identity
    perf = time.perf_counter_ns

    def run_handler(n: int, out: list[int]) -> None:
        for i in range(n):
            event, context = events[i % pool], contexts[i % pool]
            t = perf()
            response = handler(event, context)
            out.append(perf() - t)
        if expect == 200:
            assert response["statusCode"] == 200, response
        else:
            assert response["PoolId"] == REQUEST["PoolId"], response

    def run_bare(n: int, out: list[int]) -> None:
        for _ in range(n):
            t = perf()
            call(**REQUEST, ClientToken=token)
            out.append(perf() - t)

    scratch: list[int] = []
    run_handler(max(block, 200), scratch)  # warm-up: first-call lazy work, caches
    run_bare(max(block, 200), scratch)
    handler_ns: list[int] = []
    bare_ns: list[int] = []
    for r in range(rounds):
        if r % 2:
            run_handler(block, handler_ns)
            run_bare(block, bare_ns)
        else:
            run_bare(block, bare_ns)
            run_handler(block, handler_ns)
    sys.stdout.flush()
    _emit({"handler_ns": handler_ns, "baseline_ns": bare_ns})


# -------------------------------------------------------------------------------------------- audit
def audit_record(number: int) -> None:
    import statistics

    from local.defaults import ACCOUNT_ID
    from sms_pool import audit
    from sms_pool.observability import log_stream

    attempt = audit.from_api(api_event(_body())["requestContext"], "c6af9ac6-7b61-11e6-9a41-93e8deadbeef")
    audit.note_request(attempt, json.loads(_body()))
    attempt.user_arn, attempt.caller = f"arn:aws:iam::{ACCOUNT_ID}:role/offboarding", "AROAEXAMPLE:worker-1"
    stream = log_stream()  # stdout, which the parent sends to /dev/null, as for the handler's lines
    runs = []
    for _ in range(7):
        t = time.perf_counter_ns()
        for _ in range(number):
            audit.emit(stream, attempt, "OK", 200)
        runs.append((time.perf_counter_ns() - t) / number)
    sys.stdout.flush()
    _emit({"record_ns": statistics.median(runs), "bytes": len(audit.render(attempt, "OK", 200)) + 1})


# ------------------------------------------------------------------------------------------- memory
def _rss_kb() -> int:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def memory(side: str, total: int, check: int) -> None:
    import gc
    import resource

    from bench.hook import REQUEST

    if side == "handler":
        handlers, _ = _setup()
        event, context = api_event(_body()), FakeLambdaContext()

        def once() -> None:
            handlers.handler(event, context)
    else:
        import boto3

        from bench.hook import SERVICE, install

        client = boto3.client(SERVICE)
        install(client)

        def once() -> None:
            client.disassociate_origination_identity(**REQUEST, ClientToken="0" * 64)

    for _ in range(check):
        once()
    gc.collect()
    rss_check = _rss_kb()
    for _ in range(total - check):
        once()
    gc.collect()
    rss_end = _rss_kb()
    sys.stdout.flush()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    _emit({"rss_check_kb": rss_check, "rss_end_kb": rss_end, "peak_kb": peak})


def main(argv: list[str]) -> int:
    mode = argv[0]
    if mode == "cold":
        cold(argv[1])
    elif mode == "warm":
        warm(argv[1], int(argv[2]), int(argv[3]))
    elif mode == "audit":
        audit_record(int(argv[1]))
    elif mode == "memory":
        memory(argv[1], int(argv[2]), int(argv[3]))
    else:
        raise SystemExit(f"unknown mode {mode!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
