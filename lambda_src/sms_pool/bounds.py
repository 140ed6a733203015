"""The bounds of every setting the function reads from its environment, in one place.

Used by the function at cold start (``sms_pool.config``) and by the CDK app at synth time
(``infra.settings``), so a value the stack accepts is a value the function accepts. Constants and pure
functions only: no imports beyond the standard library, nothing runs at import (cold start matters).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final


@dataclass(frozen=True, slots=True)
class Bound:
    """An inclusive range with a default, the environment variable and the CDK context key that set it."""

    env: str
    context: str
    low: float
    high: float
    default: float
    unit: str

    def error(self, value: float) -> str | None:
        """Why ``value`` is out of range, or None."""
        if self.low <= value <= self.high:
            return None
        return f"must be between {self.low:g} and {self.high:g} {self.unit}"


CONNECT_TIMEOUT: Final = Bound("SMS_POOL_CONNECT_TIMEOUT", "connectTimeout", 0.1, 10.0, 2.0, "seconds")
READ_TIMEOUT: Final = Bound("SMS_POOL_READ_TIMEOUT", "readTimeout", 0.1, 60.0, 5.0, "seconds")
MAX_ATTEMPTS: Final = Bound("SMS_POOL_MAX_ATTEMPTS", "maxAttempts", 1, 10, 3, "attempts")
# AWS's per-operation quota the function paces its paged listings to (docs/scale.md, "Real pool sizes").
AWS_REQUESTS_PER_SECOND: Final = Bound(
    "SMS_POOL_AWS_REQUESTS_PER_SECOND", "awsRequestsPerSecond", 0.1, 10_000, 1, "requests per second"
)

# API Gateway's REST integration gives up after 29 s (its default and, without a quota raise, maximum), so
# the function must have answered by then: the function timeout stays at most 28 s, and the function's AWS
# calls with all their retries must finish inside that timeout.
API_INTEGRATION_TIMEOUT_SECONDS: Final = 29
FUNCTION_TIMEOUT: Final = Bound("", "timeoutSeconds", 3, API_INTEGRATION_TIMEOUT_SECONDS - 1, 25, "seconds")


def worst_case_seconds(connect_timeout: float, read_timeout: float, max_attempts: int) -> float:
    """The longest the AWS call can take: every attempt waits for both timeouts."""
    return (connect_timeout + read_timeout) * max_attempts


def retry_budget_error(connect_timeout: float, read_timeout: float, max_attempts: int, budget: float) -> str | None:
    """Why the retries do not fit in ``budget`` seconds, or None."""
    worst = worst_case_seconds(connect_timeout, read_timeout, max_attempts)
    if worst < budget:
        return None
    return (
        f"(connect {connect_timeout:g}s + read {read_timeout:g}s) x {max_attempts} attempts = {worst:g}s "
        f"exceeds the {budget:g}s budget (it must stay below); lower the timeouts or the attempts"
    )
