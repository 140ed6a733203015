"""A request's time budget and the pace of paged AWS listings: the two limits every listing page must respect.

AWS's quota for each SMS Voice V2 operation is a per-account token bucket (1 request/s by default, "Quotas for
AWS End User Messaging SMS"), and the function is deployed with one botocore attempt, so two pages sent back to
back get the second throttled. Pages are therefore spaced to the configured rate (``awsRequestsPerSecond``), one
:class:`Pacer` per operation and container, and a page AWS throttles anyway (another caller took the token) is
sent again after one more interval, never answered to the caller as a retryable 429 that replays the same fate.
A :class:`Deadline` stops paging while there is still time to answer.
"""

from __future__ import annotations

import functools
import math
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Final

from sms_pool import bounds, config

# Spacing slightly over one token's refill time: a page sent exactly on the refill edge may find the bucket a
# hair short (clock skew between us and AWS), and a throttled page costs a whole interval.
_SLACK: Final = 1.05
# Kept free at the end of a request for the answer itself: Lambda's own shutdown of the invocation and the logs.
ANSWER_MARGIN_SECONDS: Final = 1.0


@dataclass(frozen=True, slots=True)
class Deadline:
    """A monotonic instant after which no further AWS listing page may start, and when the request began."""

    end: float
    start: float = field(default_factory=time.monotonic)

    def remaining(self) -> float:
        """Seconds left (negative once passed)."""
        return self.end - time.monotonic()


def request_deadline(remaining_ms: int, settings: config.Settings) -> Deadline:
    """The deadline for paging in a request with ``remaining_ms`` left (Lambda's ``get_remaining_time_in_millis``).

    Kept back: the worst case of the removal call that follows (every attempt waiting for both timeouts) and
    :data:`ANSWER_MARGIN_SECONDS`. The function's timeout is at most 28 s (``bounds.FUNCTION_TIMEOUT``), so over
    HTTP this also answers within API Gateway's 29 s.
    """
    reserve = bounds.worst_case_seconds(settings.connect_timeout, settings.read_timeout, settings.max_attempts)
    return Deadline(time.monotonic() + remaining_ms / 1000 - reserve - ANSWER_MARGIN_SECONDS)


def default_deadline() -> Deadline:
    """The deadline of a call made without a Lambda context: the function's default timeout from now."""
    return request_deadline(int(bounds.FUNCTION_TIMEOUT.default * 1000), config.settings())


def retry_after_seconds(rate: float) -> int:
    """Whole seconds a caller waits before a retry can send its next page (at least 1): what Retry-After says."""
    return max(1, math.ceil(_SLACK / rate))


class Pacer:
    """Spaces one operation's calls from this container to ``rate`` per second; thread-safe."""

    sleep: Callable[[float], None] = staticmethod(time.sleep)  # tests that queue AWS's answers replace it

    def __init__(self, rate: float) -> None:
        self.interval = _SLACK / rate
        self._next = 0.0
        self._lock = threading.Lock()

    def wait(self, deadline: Deadline) -> bool:
        """Sleep until this call's slot; False (without sleeping) if the slot comes after ``deadline``."""
        with self._lock:
            now = time.monotonic()
            start = max(now, self._next)
            if start > deadline.end:
                return False
            self._next = start + self.interval
        if start > now:
            self.sleep(start - now)
        return True

    def throttled(self) -> None:
        """AWS refused the last call: the next one waits a whole interval from now."""
        with self._lock:
            self._next = max(self._next, time.monotonic() + self.interval)


@functools.cache
def pacer(operation: str) -> Pacer:
    """The container's pacer for ``operation`` (AWS's quota is per operation), at the configured rate."""
    return Pacer(config.settings().aws_requests_per_second)
