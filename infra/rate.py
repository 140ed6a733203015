"""Load shaping derived from one number: AWS's DisassociateOriginationIdentity quota (requests/s).

AWS's default is 1 request per second per account and region ("Quotas for AWS End User Messaging SMS",
https://docs.aws.amazon.com/sms-voice/latest/userguide/quotas.html, SMS and Voice v2 API table). Every
layer that can send calls to AWS is sized from it here, so raising the quota is one context value
(``awsRequestsPerSecond``). The arithmetic is explained in docs/scale.md.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Final

# API Gateway's default account-level burst quota per region (also the highest stage burst this stack accepts).
MAX_STAGE_BURST: Final = 5_000


def stage_burst(rate: float) -> int:
    """API Gateway burst for a stage rate: one second of it (at least 1, at most :data:`MAX_STAGE_BURST`), so
    a burst never exceeds what AWS's own bucket accepts in that second."""
    return min(MAX_STAGE_BURST, max(1, math.ceil(rate)))


def function_max_attempts(stage_rate: float, aws_rps: float) -> int:
    """botocore attempts per call (standard mode): 1 while the stage admits no more than the quota, else 3.

    Behind a stage shaped to the quota every in-function retry is a call beyond what the stage admitted, so
    it competes with the next caller for the same tokens and feeds a throttling loop; measured in docs/scale.md
    (32 clients, 60 s: 3 attempts sent 1.95 calls/s to a 1 call/s quota and billed 1.3 s per removal, 1 attempt
    sent 1.0 calls/s and billed 42 ms). Callers retry instead: API callers after Retry-After with their
    Idempotency-Key, Step Functions with its Retry, where waiting bills no Lambda time. An unshaped stage
    keeps botocore's default of 3 attempts as the only retry in front of AWS.
    """
    return 1 if stage_rate <= aws_rps else 3


@dataclass(frozen=True, slots=True)
class MapPacing:
    """Inline Map shaping: ``max_concurrency`` iterations, each holding its slot ``wait_seconds`` after its
    call, so items start at most ``max_concurrency / wait_seconds`` per second (<= the quota)."""

    max_concurrency: int
    wait_seconds: int
    retry_interval_seconds: int
    retry_max_delay_seconds: int

    @property
    def items_per_second(self) -> float:
        """The ceiling on item starts per second this pacing allows."""
        return self.max_concurrency / self.wait_seconds


# Step Functions Retry: 1 + 5 retries; with backoff 2 from the interval the last wait is 16 x interval
# before capping, long enough for a burst from other callers of the same account quota to drain.
RETRY_MAX_ATTEMPTS = 5
RETRY_BACKOFF_RATE = 2.0
# INDEX_BUILDING (sms_pool.index): every retry continues the build by one invocation's worth of pages (about the
# function's timeout minus the removal's reserve, in seconds, at 1 page/s: ~17 pages, 1,700 numbers, by default),
# so retries come back at the answer's Retry-After, without backoff or jitter, and 10 of them index ~17,000
# numbers of one country (docs/scale.md).
INDEX_RETRY_MAX_ATTEMPTS = 10


def map_pacing(aws_rps: float) -> MapPacing:
    """The Map's concurrency and pacing for a quota of ``aws_rps`` requests per second.

    Wait states count whole seconds, so the slot count is the quota rounded down (at least 1) and the
    wait is the whole number of seconds that keeps ``slots / wait`` at or under the quota. A throttled
    item retries no sooner than 2 waits on average (full jitter over ``[0, interval x 2^n]``).
    """
    slots = max(1, math.floor(aws_rps))
    wait = max(1, math.ceil(slots / aws_rps))
    interval = 2 * wait
    return MapPacing(
        max_concurrency=slots,
        wait_seconds=wait,
        retry_interval_seconds=interval,
        retry_max_delay_seconds=max(30, 16 * interval),
    )


def retry_waits_seconds(pacing: MapPacing) -> float:
    """The longest total wait one Retry block of the bulk workflow can add to an item: every retry's delay at
    its cap (full jitter draws from [0, delay]), interval x backoff^n bounded by the max delay."""
    return sum(
        min(pacing.retry_interval_seconds * RETRY_BACKOFF_RATE**attempt, pacing.retry_max_delay_seconds)
        for attempt in range(RETRY_MAX_ATTEMPTS)
    )


def bulk_worst_case_seconds(
    items: int, pacing: MapPacing, attempt_seconds: int, retry_blocks: int, index_retry_seconds: int
) -> int:
    """How long a bulk run of ``items`` can take when every task uses every retry (docs/scale.md).

    The resolution step, then the items ``max_concurrency`` at a time; one task is at most ``1 + retry_blocks x
    RETRY_MAX_ATTEMPTS + INDEX_RETRY_MAX_ATTEMPTS`` attempts of ``attempt_seconds`` (the task timeout), the retry
    waits of each block (INDEX_BUILDING's at ``index_retry_seconds``, without backoff), and for an item the pacing
    wait. The state machine's TimeoutSeconds is this, so a run is never cut short by its own limit.
    """
    attempts = 1 + retry_blocks * RETRY_MAX_ATTEMPTS + INDEX_RETRY_MAX_ATTEMPTS
    per_task = (
        attempts * attempt_seconds
        + retry_blocks * retry_waits_seconds(pacing)
        + INDEX_RETRY_MAX_ATTEMPTS * index_retry_seconds
    )
    return math.ceil(per_task + math.ceil(items / pacing.max_concurrency) * (per_task + pacing.wait_seconds))
