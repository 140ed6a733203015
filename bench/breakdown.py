"""Where the handler's warm time goes: each piece timed alone, in µs per call (median of repeats).

    .venv/bin/python -m bench.breakdown > /dev/null   # the table goes to stderr

Run with ``bench.run``'s environment (``python -m bench.run --only breakdown`` is not a section:
this is a diagnostic, so it is not in the results JSON). stdout carries the log lines; discard it.
"""

from __future__ import annotations

import json
import logging
import statistics
import sys
import time
from collections.abc import Callable
from typing import Any


def per_call_us(fn: Callable[[], Any], number: int = 2000, repeat: int = 7) -> float:
    fn()
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        for _ in range(number):
            fn()
        runs.append((time.perf_counter() - start) / number * 1e6)
    return statistics.median(runs)


def round_robin_us(
    pieces: list[tuple[str, Callable[[], Any]]],
    number: int = 500,
    rounds: int = 15,
    between: Callable[[], None] | None = None,
) -> list[tuple[str, float]]:
    """Median µs per call of each piece, the pieces taking turns so a noisy neighbour hits all alike."""
    runs: dict[str, list[float]] = {name: [] for name, _ in pieces}
    for _name, fn in pieces:
        fn()
    for r in range(rounds):
        for name, fn in pieces if r % 2 else pieces[::-1]:
            start = time.perf_counter()
            for _ in range(number):
                fn()
            runs[name].append((time.perf_counter() - start) / number * 1e6)
            if between is not None:
                between()
    return [(name, statistics.median(runs[name])) for name, _ in pieces]


def main() -> int:
    from aws_lambda_powertools.logging import Logger
    from aws_lambda_powertools.metrics import Metrics, MetricUnit

    from bench.hook import OK_RESULT, REQUEST
    from bench.worker import IDEMPOTENCY_KEY, _body, _setup, api_event
    from local.gateway.lambda_runtime import FakeLambdaContext
    from sms_pool import core, handlers, observability, validation
    from sms_pool.constants import APP_NAME

    _, client = _setup()
    event = api_event(_body())
    sfn_event = {**REQUEST, "IdempotencyKey": IDEMPOTENCY_KEY}
    context: Any = FakeLambdaContext()
    token = core.derive_client_token(IDEMPOTENCY_KEY, REQUEST)
    logger = observability.logger
    plain_logger = Logger(service="plain-json")  # Powertools' default serializer (json.dumps)
    std = logging.getLogger("std-bench")
    std.addHandler(logging.StreamHandler(sys.stdout))
    std.propagate = False
    std.setLevel(logging.INFO)
    extra = {"outcome": "OK", "pool": OK_RESULT["PoolId"], "identity": OK_RESULT["OriginationIdentity"]}
    sample_record = {
        "level": "INFO",
        "location": "_log_outcome:67",
        "message": "disassociated",
        "timestamp": "2026-11-25 09:02:11,298+0000",
        "service": APP_NAME,
        "cold_start": False,
        "function_name": APP_NAME,
        "function_memory_size": 256,
        "function_arn": FakeLambdaContext().invoked_function_arn,
        "function_request_id": "c6af9ac6-7b61-11e6-9a41-93e812345678",
        "correlation_id": "c6af9ac6-7b61-11e6-9a41-93e812345678",
        **extra,
    }
    bare_metrics = Metrics(namespace="Bench", service="bench")

    def noop(event: Any, context: Any) -> None:
        return None

    def one_metric(event: Any, context: Any) -> None:
        bare_metrics.add_metric(name="OK", unit=MetricUnit.Count, value=1)

    injected = logger.inject_lambda_context(clear_state=True)(noop)
    metered = bare_metrics.log_metrics(capture_cold_start_metric=True)(one_metric)
    metered(event, context)  # spend the cold-start metric
    undecorated = handlers.handler.__wrapped__.__wrapped__

    def decode_validate() -> None:
        validation.validate_body(validation.decode_body(event["body"], False))

    pieces: list[tuple[str, Callable[[], Any]]] = [
        ("bare client call (baseline)", lambda: client.disassociate_origination_identity(**REQUEST, ClientToken=token)),
        ("handler, API Gateway event", lambda: handlers.handler(event, context)),
        ("handler, Step Functions payload", lambda: handlers.handler(sfn_event, context)),
        ("handler without Powertools decorators (API)", lambda: undecorated(event, context)),
        ("logger.inject_lambda_context(clear_state) on a no-op", lambda: injected(event, context)),
        ("metrics.log_metrics: 1 metric + EMF flush", lambda: metered(event, context)),
        ("logger.info line, masking serializer", lambda: logger.info("disassociated", extra=extra)),
        ("logger.info line, Powertools default serializer", lambda: plain_logger.info("disassociated", extra=extra)),
        ("  _masked_json(record) alone", lambda: observability._masked_json(sample_record)),
        ("  json.dumps(record) alone", lambda: json.dumps(sample_record, separators=(",", ":"))),
        ("stdlib logging.info line (plain message)", lambda: std.info("disassociated OK")),
        ("logger.set_correlation_id", lambda: logger.set_correlation_id("c6af9ac6-7b61-11e6-9a41-93e812345678")),
        ("decode_body + validate_body (API)", decode_validate),
        ("validate_task (SFN)", lambda: validation.validate_task(sfn_event)),
        ("derive_client_token", lambda: core.derive_client_token(IDEMPOTENCY_KEY, REQUEST)),
        ("json.dumps(result) for the 200 body", lambda: json.dumps(OK_RESULT, separators=(",", ":"))),
        ("record_outcome (add_metric)", lambda: observability.record_outcome("OK")),
    ]
    pieces += ablations(handlers, observability, event, sfn_event, context)

    def between() -> None:
        observability.metrics.clear_metrics()
        sys.stdout.flush()

    rows = round_robin_us(pieces, between=between)
    width = max(len(name) for name, _ in rows)
    for name, us in rows:
        sys.stderr.write(f"{name.ljust(width)}  {us:8.1f} µs\n")
    return 0


def ablations(
    handlers: Any, observability: Any, event: Any, sfn_event: Any, context: Any
) -> list[tuple[str, Callable[[], Any]]]:
    """The full handler with one piece taken out (patched for the call, restored after)."""
    formatter = observability.logger.registered_formatter
    masked = formatter.json_serializer
    plain = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False, default=str).encode
    log_outcome = handlers._log_outcome

    def metrics_only(exc: Any, **keys: Any) -> None:
        observability.record_outcome("OK" if exc is None else exc.row.code)

    def with_plain_serializer(ev: Any) -> Callable[[], Any]:
        def run() -> Any:
            formatter.json_serializer = plain
            try:
                return handlers.handler(ev, context)
            finally:
                formatter.json_serializer = masked

        return run

    def without_log_line(ev: Any) -> Callable[[], Any]:
        def run() -> Any:
            handlers._log_outcome = metrics_only
            try:
                return handlers.handler(ev, context)
            finally:
                handlers._log_outcome = log_outcome

        return run

    return [
        ("ablation: API, plain json serializer (no masking)", with_plain_serializer(event)),
        ("ablation: API, no outcome log line", without_log_line(event)),
        ("ablation: SFN, plain json serializer (no masking)", with_plain_serializer(sfn_event)),
        ("ablation: SFN, no outcome log line", without_log_line(sfn_event)),
    ]


if __name__ == "__main__":
    raise SystemExit(main())
