"""When the X-Ray tracer is built, and with what.

``observability.tracer`` is decided once at import, so these tests call the builder the import calls, with the
environment and the Tracer class replaced (a real Tracer would patch botocore for the rest of the session).
"""

from __future__ import annotations

from typing import Any

import aws_lambda_powertools.tracing
import pytest

from sms_pool import observability


class _FakeTracer:
    def __init__(self, **kwargs: Any) -> None:
        self.kwargs = kwargs

    def capture_lambda_handler(self, handler: Any) -> Any:
        return ("captured", handler)


@pytest.fixture
def fake_tracer(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    monkeypatch.setattr(aws_lambda_powertools.tracing, "Tracer", _FakeTracer)
    monkeypatch.delenv("POWERTOOLS_TRACE_DISABLED", raising=False)
    monkeypatch.delenv("AWS_LAMBDA_FUNCTION_NAME", raising=False)
    return monkeypatch


@pytest.mark.parametrize("disabled", [None, "", "false", "0", "no"])
def test_in_lambda_and_not_disabled_a_tracer_patches_botocore_only(
    disabled: str | None, fake_tracer: pytest.MonkeyPatch
) -> None:
    fake_tracer.setenv("AWS_LAMBDA_FUNCTION_NAME", "fn")
    if disabled is not None:
        fake_tracer.setenv("POWERTOOLS_TRACE_DISABLED", disabled)
    tracer = observability._make_tracer()
    assert isinstance(tracer, _FakeTracer)
    assert tracer.kwargs == {"service": observability.SERVICE, "patch_modules": ("botocore",)}


@pytest.mark.parametrize("disabled", ["1", "true", "TRUE", "True"])
def test_disabled_in_any_case_builds_no_tracer(disabled: str, fake_tracer: pytest.MonkeyPatch) -> None:
    fake_tracer.setenv("AWS_LAMBDA_FUNCTION_NAME", "fn")
    fake_tracer.setenv("POWERTOOLS_TRACE_DISABLED", disabled)
    assert observability._make_tracer() is None


def test_outside_lambda_no_tracer_is_built(fake_tracer: pytest.MonkeyPatch) -> None:
    fake_tracer.setenv("POWERTOOLS_TRACE_DISABLED", "false")
    assert observability._make_tracer() is None


def test_trace_handler_wraps_only_when_a_tracer_exists(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(observability, "tracer", _FakeTracer())
    wrapped: Any = observability.trace_handler(len)
    assert wrapped == ("captured", len)
    monkeypatch.setattr(observability, "tracer", None)
    assert observability.trace_handler(len) is len
