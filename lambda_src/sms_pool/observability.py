"""Logger, Metrics and Tracer at module scope; every log line goes through :func:`sms_pool.phone.mask`."""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable
from typing import IO, TYPE_CHECKING, Any, Final, TypeVar, cast

from aws_lambda_powertools.logging import Logger
from aws_lambda_powertools.metrics import Metrics, MetricUnit

from sms_pool.constants import APP_NAME
from sms_pool.phone import mask

if TYPE_CHECKING:
    from aws_lambda_powertools.tracing import Tracer

SERVICE: Final = os.environ.get("POWERTOOLS_SERVICE_NAME") or APP_NAME
NAMESPACE: Final = os.environ.get("POWERTOOLS_METRICS_NAMESPACE") or "SmsPool"


def masked(value: Any) -> Any:
    """``value`` (JSON-like) with every string, key and big number masked by :func:`sms_pool.phone.mask`.

    The one masking of structured values: every log line goes through it, and so does what the function returns
    to Step Functions (``handlers.sfn_handler``), so the execution history holds no more than the logs do.
    """
    if isinstance(value, str):
        return mask(value)
    if isinstance(value, dict):
        return {mask(key) if isinstance(key, str) else key: masked(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [masked(item) for item in value]
    if _big_number(value):
        # A phone number typed as a JSON number is still one; abs(): mask() leaves a digit run after "-" alone
        # (ids like pool-1234567), and the sign says nothing about the number.
        return mask(str(abs(value)))
    return value


def _big_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and abs(value) >= 1_000_000


def _flat(record: dict[str, Any]) -> bool:
    return not any(isinstance(value, dict | list | tuple) or _big_number(value) for value in record.values())


def _masked_json(record: dict[str, Any]) -> str:
    # The serializer sees every line, the event Powertools logs included, so nothing escapes masking.
    # A flat record of short values is masked in one pass over its JSON (masking only replaces digits
    # inside strings with '*'); nested values (a logged event) and big JSON numbers are masked value by
    # value, so the line stays valid JSON. ASCII output: a lone surrogate in a caller's value cannot make
    # the write fail (logging would then print the unmasked record to stderr).
    if _flat(record):
        return mask(json.dumps(record, separators=(",", ":"), default=str, ensure_ascii=True))
    return json.dumps(masked(record), separators=(",", ":"), default=lambda o: mask(str(o)), ensure_ascii=True)


def apply_stricter_level(log: logging.Logger, wanted: str | None) -> None:
    """Raise ``log`` to ``wanted`` (POWERTOOLS_LOG_LEVEL) when that is stricter than its level.

    The stack keeps Lambda's application log filter (AWS_LAMBDA_LOG_LEVEL) at INFO or DEBUG, because the audit
    and EMF lines carry no level and Lambda counts a line without one as INFO ("Log-level filtering", Lambda
    developer guide): a WARN filter would drop them. Powertools lets AWS_LAMBDA_LOG_LEVEL win over
    POWERTOOLS_LOG_LEVEL, so a stricter POWERTOOLS_LOG_LEVEL (WARNING and up) is applied here instead.
    """
    level = logging.getLevelNamesMapping().get((wanted or "").upper())
    if level is not None and level > log.getEffectiveLevel():
        log.setLevel(level)


logger: Final = Logger(service=SERVICE, json_serializer=_masked_json)
apply_stricter_level(logging.getLogger(SERVICE), os.environ.get("POWERTOOLS_LOG_LEVEL"))
metrics: Final = Metrics(namespace=NAMESPACE, service=SERVICE)


def log_stream() -> IO[str]:
    """The stream the logger writes to (stdout in Lambda): the audit record goes there without ``logging``."""
    return cast("logging.StreamHandler[IO[str]]", logger.registered_handler).stream


def _tracing_enabled() -> bool:
    # Tracer() imports aws-xray-sdk (~150 ms) even when disabled, so build it only when it would record.
    disabled = os.environ.get("POWERTOOLS_TRACE_DISABLED", "").lower() in ("1", "true")
    return not disabled and "AWS_LAMBDA_FUNCTION_NAME" in os.environ


def _make_tracer() -> Tracer | None:
    if not _tracing_enabled():
        return None
    from aws_lambda_powertools.tracing import Tracer  # noqa: PLC0415 - deliberately lazy

    # Patch botocore only: the one library whose calls matter here; patching all costs ~60 ms of cold start.
    return Tracer(service=SERVICE, patch_modules=("botocore",))


tracer: Final = _make_tracer()

F = TypeVar("F", bound=Callable[..., Any])


def trace_handler(handler: F) -> F:
    """``tracer.capture_lambda_handler`` when tracing is on; the handler itself otherwise."""
    return handler if tracer is None else cast(F, tracer.capture_lambda_handler(handler))


def record_outcome(code: str) -> None:
    """Count one outcome (``OK`` or a problem code from the error table) in this invocation's EMF line.

    Who removed what, the request id and the execution included, is the audit record's (``audit``): the EMF
    line no longer carries them as metadata, which kept the warm path's overhead where it was.
    """
    metrics.add_metric(name=code, unit=MetricUnit.Count, value=1)
